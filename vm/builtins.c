/*
 * The table of builtins Duktape lacks, installed on every new runtime before
 * any JS runs. Each entry checks what Duktape already has before defining.
 */
#include "internal.h"

void duv__promise_init(duk_context *ctx);

const duv__builtin_init duv__builtins[] = {
    duv__promise_init, /* Promise, AggregateError */
    NULL};
