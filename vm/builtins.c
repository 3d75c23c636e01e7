/*
 * The table of builtins Duktape lacks, installed on every new runtime before
 * any JS runs. Each entry checks what Duktape already has before defining.
 */
#include "internal.h"

const duv__builtin_init duv__builtins[] = {
    duv__stacktrace_setup,
    duv__date_format_setup,
    NULL};
