/*
 * Node-style errors built from C: system errors from libuv codes and the
 * ERR_* argument errors. Every binding uses these, so messages read the same
 * everywhere.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

void duv__push_uv_error(duk_context *ctx, int uverr, const char *syscall, const char *path,
                        const char *dest) {
  const char *code = uv_err_name(uverr);
  const char *desc = uv_strerror(uverr);
  /* "ENOENT: no such file or directory, open 'x' -> 'y'" */
  duk_push_sprintf(ctx, "%s: %s, %s", code, desc, syscall);
  if (path != NULL) {
    duk_push_sprintf(ctx, " '%s'", path);
    duk_concat(ctx, 2);
  }
  if (dest != NULL) {
    duk_push_sprintf(ctx, " -> '%s'", dest);
    duk_concat(ctx, 2);
  }
  duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", duk_get_string(ctx, -1));
  duk_remove(ctx, -2);
  duk_push_int(ctx, uverr);
  duk_put_prop_string(ctx, -2, "errno");
  duk_push_string(ctx, code);
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, syscall);
  duk_put_prop_string(ctx, -2, "syscall");
  if (path != NULL) {
    duk_push_string(ctx, path);
    duk_put_prop_string(ctx, -2, "path");
  }
  if (dest != NULL) {
    duk_push_string(ctx, dest);
    duk_put_prop_string(ctx, -2, "dest");
  }
}

void duv__push_received(duk_context *ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  if (duk_is_undefined(ctx, idx)) {
    duk_push_string(ctx, "Received undefined");
  } else if (duk_is_null(ctx, idx)) {
    duk_push_string(ctx, "Received null");
  } else if (duk_is_function(ctx, idx)) {
    duk_get_prop_string(ctx, idx, "name");
    const char *name = duk_get_string(ctx, -1);
    if (name != NULL && *name)
      duk_push_sprintf(ctx, "Received function %s", name);
    else
      duk_push_string(ctx, "Received function ");
    duk_remove(ctx, -2);
  } else if (duk_is_object(ctx, idx) && !duk_is_buffer_data(ctx, idx)) {
    duk_get_prop_string(ctx, idx, "constructor");
    const char *name = NULL;
    if (duk_is_function(ctx, -1)) {
      duk_get_prop_string(ctx, -1, "name");
      name = duk_get_string(ctx, -1);
      duk_remove(ctx, -2);
    }
    if (name != NULL && *name)
      duk_push_sprintf(ctx, "Received an instance of %s", name);
    else
      duk_push_string(ctx, "Received [Object: null prototype]");
    duk_remove(ctx, -2);
  } else if (duk_is_string(ctx, idx)) {
    duk_size_t len;
    const char *s = duk_get_lstring(ctx, idx, &len);
    if (len > 28)
      duk_push_sprintf(ctx, "Received type string ('%.25s...')", s);
    else
      duk_push_sprintf(ctx, "Received type string ('%s')", s);
  } else if (duk_is_symbol(ctx, idx)) {
    duk_push_string(ctx, "Received type symbol");
  } else {
    const char *type = duk_is_number(ctx, idx) ? "number" : duk_is_boolean(ctx, idx) ? "boolean" : "object";
    duk_dup(ctx, idx);
    duk_push_sprintf(ctx, "Received type %s (%s)", type, duk_safe_to_string(ctx, -1));
    duk_remove(ctx, -2);
  }
}

duk_ret_t duv__throw_arg_type(duk_context *ctx, const char *name, const char *expected,
                              duk_idx_t value_idx) {
  duv__push_received(ctx, value_idx);
  return duv__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                         "The \"%s\" argument must be of type %s. %s", name, expected,
                         duk_get_string(ctx, -1));
}

duk_ret_t duv__throw_code(duk_context *ctx, duk_errcode_t err_type, const char *code,
                          const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  duk_push_error_object_va(ctx, err_type, fmt, ap);
  va_end(ap);
  duk_push_string(ctx, code);
  duk_put_prop_string(ctx, -2, "code");
  return duk_throw(ctx);
}

void duv__join_error_header(duk_context *ctx) {
  if (duk_get_length(ctx, -2) == 0) {
    duk_remove(ctx, -2);
  } else if (duk_get_length(ctx, -1) == 0) {
    duk_pop(ctx);
  } else {
    duk_push_string(ctx, ": ");
    duk_insert(ctx, -2);
    duk_concat(ctx, 3);
  }
}

void duv__put_functions(duk_context *ctx, const duk_function_list_entry *fns) {
  duk_put_function_list(ctx, -1, fns);
}
