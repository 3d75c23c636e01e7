/*
 * Node-style argument messages for the extension API (vm/capi_msg.c), shared
 * by the value types (vm/capi_types.c) and the argument parser
 * (vm/capi_parse.c). They set the pending exception; none throws.
 */
#ifndef DUV_VM_CAPI_MSG_H
#define DUV_VM_CAPI_MSG_H

#include "capi.h"

/* 'The "name" argument must be <expected>. Received ...' (TypeError,
 * ERR_INVALID_ARG_TYPE) for the value at stack index idx; "property" instead
 * of "argument" when property is set; name NULL gives 'The value must be'.
 * prefix, when not NULL, goes first ("add: "). */
void duv__capi_type_error(duv_runtime_t *rt, duk_idx_t idx, const char *prefix, const char *name,
                          int property, const char *expected);

/* 'The value of "name" is out of range. It must be <range>. Received <n>'
 * (RangeError, ERR_OUT_OF_RANGE), with Node's rendering of n. */
void duv__capi_range_error(duv_runtime_t *rt, const char *prefix, const char *name,
                           const char *range, double n);

/* The checks of the integer readers: 0 when n is an integer within
 * [lo, hi], else a RangeError for it. */
int duv__capi_check_integer(duv_runtime_t *rt, const char *prefix, const char *name, double n,
                            double lo, double hi);

/* An internal-assertion Error (a bug of the caller: a bad format). */
void duv__capi_format_error(duv_runtime_t *rt, const char *format, const char *why);

#endif
