/*
 * The table of builtins Duktape lacks, installed on every new runtime before
 * any JS runs. Each entry checks what Duktape already has before defining.
 * The iterator intrinsics come first: the collections build on them.
 */
#include "builtins.h"

const duv__builtin_init duv__builtins[] = {
    duv__builtins_iterator_init,
    duv__builtins_collections_init,
    duv__builtins_weak_init,
    NULL};
