/*
 * The table of builtins Duktape lacks, installed on every new runtime before
 * any JS runs. Each entry checks what Duktape already has before defining.
 * The iterator intrinsics come first: the collections build on them.
 * All of them are C, so they add nothing to parse at start-up.
 */
#include "builtins.h"

void duv__promise_init(duk_context *ctx);

const duv__builtin_init duv__builtins[] = {
    duv__builtins_iterator_init, duv__builtins_collections_init,
    duv__builtins_weak_init,     duv__builtins_array_init,
    duv__builtins_object_init,   duv__builtins_string_init,
    duv__builtins_math_init,
    duv__stacktrace_setup,       duv__date_format_setup,
    duv__promise_init, /* Promise, AggregateError */
    NULL};
