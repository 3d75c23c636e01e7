/*
 * The pending exception of the extension API (include/duv.h, "Errors").
 *
 * duv_error_set() only records the type, code and message: the Error object
 * is made when something needs it (a throw into JavaScript, a fetch), so an
 * error that C sets and then clears costs next to nothing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi.h"

static void clear(duv__capi *c, duv_runtime_t *rt) {
  free(c->err_code);
  free(c->err_msg);
  c->err_code = NULL;
  c->err_msg = NULL;
  if (c->err_value != NULL) {
    duv_value_t *v = c->err_value;
    c->err_value = NULL;
    duv_value_release(rt, v);
  }
  c->err_state = DUV__ERR_NONE;
}

void duv_error_clear(duv_runtime_t *rt) { clear(rt->capi, rt); }

int duv_error_occurred(duv_runtime_t *rt) { return rt->capi->err_state != DUV__ERR_NONE; }

void duv_error_set(duv_runtime_t *rt, duv_error_type type, const char *code, const char *fmt, ...) {
  duv__capi *c = rt->capi;
  clear(c, rt);
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (msg != NULL) {
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  char *code_copy = code != NULL ? strdup(code) : NULL;
  if (msg == NULL || (code != NULL && code_copy == NULL)) {
    free(msg);
    free(code_copy);
    /* No memory for the message: the error says so instead. */
    type = DUV_RANGE_ERROR;
    msg = NULL;
    code_copy = NULL;
  }
  c->err_state = DUV__ERR_LAZY;
  c->err_type = type;
  c->err_code = code_copy;
  c->err_msg = msg;
}

static duk_errcode_t duk_type_of(duv_error_type t) {
  switch (t) {
    case DUV_EVAL_ERROR:
      return DUK_ERR_EVAL_ERROR;
    case DUV_RANGE_ERROR:
      return DUK_ERR_RANGE_ERROR;
    case DUV_REFERENCE_ERROR:
      return DUK_ERR_REFERENCE_ERROR;
    case DUV_SYNTAX_ERROR:
      return DUK_ERR_SYNTAX_ERROR;
    case DUV_TYPE_ERROR:
      return DUK_ERR_TYPE_ERROR;
    case DUV_URI_ERROR:
      return DUK_ERR_URI_ERROR;
    default:
      return DUK_ERR_ERROR;
  }
}

/* [ ] -> [ error ] from the lazy record. */
static duk_ret_t make_error(duk_context *ctx, void *udata) {
  duv__capi *c = udata;
  duk_push_error_object(ctx, duk_type_of(c->err_type), "%s", c->err_msg ? c->err_msg : "out of memory");
  if (c->err_code != NULL) {
    duk_push_string(ctx, c->err_code);
    duk_put_prop_string(ctx, -2, "code");
  }
  return 1;
}

void duv__capi_push_pending(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  duk_context *ctx = rt->ctx;
  if (c->err_state == DUV__ERR_VALUE) {
    duv__capi_push(rt, c->err_value);
  } else if (c->err_state == DUV__ERR_LAZY) {
    /* If making the Error object fails, what was thrown (out of memory) is
     * the error instead. */
    duk_safe_call(ctx, make_error, c, 0, 1);
  } else {
    duk_push_undefined(ctx);
  }
  clear(c, rt);
}

void duv__capi_set_pending_from_top(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  clear(c, rt);
  duv_value_t *v = duv__capi_pop_handle(rt);
  if (v == NULL) return; /* out of memory: a lazy RangeError is pending */
  c->err_state = DUV__ERR_VALUE;
  c->err_value = v;
}

duv_value_t *duv_error_fetch(duv_runtime_t *rt) {
  if (!duv_error_occurred(rt)) return NULL;
  duv__capi_push_pending(rt);
  duv_value_t *v = duv__capi_pop_handle(rt);
  return v;
}

void duv_error_restore(duv_runtime_t *rt, duv_value_t *exc) {
  duv__capi_push(rt, exc);
  duv__capi_set_pending_from_top(rt);
}

typedef struct {
  int err;
  const char *syscall, *path;
} uv_error_spec;

static duk_ret_t make_uv_error(duk_context *ctx, void *udata) {
  uv_error_spec *e = udata;
  duv__push_uv_error(ctx, e->err, e->syscall, e->path, NULL);
  return 1;
}

void duv_error_set_uv(duv_runtime_t *rt, int err, const char *syscall, const char *path) {
  uv_error_spec spec = {err, syscall ? syscall : "unknown", path};
  /* Made at once: the record of duv_error_set() has no room for errno,
   * syscall and path, and system errors are rarely cleared unseen. */
  if (duk_safe_call(rt->ctx, make_uv_error, &spec, 0, 1) != 0) {
    duk_pop(rt->ctx);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return;
  }
  duv__capi_set_pending_from_top(rt);
}

void duv_error_set_errno(duv_runtime_t *rt, int errnum, const char *syscall, const char *path) {
  /* libuv's codes are -errno on POSIX systems. */
  duv_error_set_uv(rt, -errnum, syscall, path);
}

duk_ret_t duv__capi_return(duv_runtime_t *rt, duv_value_t *v) {
  if (v == NULL) {
    duv__capi_push_pending(rt);
    return duk_throw(rt->ctx);
  }
  duv__capi_push(rt, v);
  duv_value_release(rt, v);
  return 1;
}
