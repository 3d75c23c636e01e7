/*
 * More value types of the extension API (include/duv.h, "More value
 * types"): integers with range checks, arrays, property queries, JSON,
 * buffers, dates, error objects and promises. Everything that can allocate or
 * run JavaScript runs in one protected call.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi_msg.h"
#include "promise.h"

#define MAX_SAFE 9007199254740991.0

/* ---- integers ---- */

static int get_integer(duv_runtime_t *rt, duv_value_t *v, double lo, double hi, double *out) {
  double d;
  if (!DUV__TAGGED(v) && v->kind == DUV__V_NUMBER) {
    d = v->u.num;
  } else {
    duk_context *ctx = rt->ctx;
    duv__capi_push(rt, v);
    if (!duk_is_number(ctx, -1)) {
      duv__capi_type_error(rt, -1, NULL, NULL, 0, "of type number");
      duk_pop(ctx);
      return -1;
    }
    d = duk_get_number(ctx, -1);
    duk_pop(ctx);
  }
  if (duv__capi_check_integer(rt, NULL, "value", d, lo, hi) != 0) return -1;
  *out = d;
  return 0;
}

int duv_number_get_int32(duv_runtime_t *rt, duv_value_t *v, int32_t *out) {
  double d;
  if (get_integer(rt, v, -2147483648.0, 2147483647.0, &d) != 0) return -1;
  *out = (int32_t)d;
  return 0;
}

int duv_number_get_uint32(duv_runtime_t *rt, duv_value_t *v, uint32_t *out) {
  double d;
  if (get_integer(rt, v, 0, 4294967295.0, &d) != 0) return -1;
  *out = (uint32_t)d;
  return 0;
}

int duv_number_get_int64(duv_runtime_t *rt, duv_value_t *v, int64_t *out) {
  double d;
  if (get_integer(rt, v, -MAX_SAFE, MAX_SAFE, &d) != 0) return -1;
  *out = (int64_t)d;
  return 0;
}

/* ---- arrays and properties ---- */

int duv_value_is_array(duv_runtime_t *rt, duv_value_t *v) {
  if (!DUV__TAGGED(v) && v->kind != DUV__V_REF) return 0;
  duv__capi_push(rt, v);
  int is = duk_is_array(rt->ctx, -1);
  duk_pop(rt->ctx);
  return is;
}

/* Push v, run fn protected with that one value and udata, and turn its one
 * result into a handle. */
static duv_value_t *run1(duv_runtime_t *rt, duv_value_t *v, duk_safe_call_function fn,
                         void *udata) {
  if (duv_error_occurred(rt)) return NULL;
  int nargs = 0;
  if (v != NULL) {
    duv__capi_push(rt, v);
    nargs = 1;
  }
  if (duv__capi_protect(rt, fn, udata, nargs, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

/* The same for calls that give 0 / -1 (and an int result in *res). */
static int run0(duv_runtime_t *rt, duv_value_t *v, duk_safe_call_function fn, void *udata) {
  if (duv_error_occurred(rt)) return -1;
  duv__capi_push(rt, v);
  int rc = duv__capi_protect(rt, fn, udata, 1, 1);
  duk_pop(rt->ctx);
  return rc;
}

static duk_ret_t array_new_protected(duk_context *ctx, void *udata) {
  duk_push_array(ctx);
  duk_push_number(ctx, (double)*(size_t *)udata);
  duk_put_prop_string(ctx, -2, "length");
  return 1;
}

duv_value_t *duv_array_new(duv_runtime_t *rt, size_t len) {
  if (duv_error_occurred(rt)) return NULL;
  if ((double)len > 4294967295.0) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "Invalid array length");
    return NULL;
  }
  return run1(rt, NULL, array_new_protected, &len);
}

int duv_array_length(duv_runtime_t *rt, duv_value_t *arr, size_t *out) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, arr);
  if (!duk_is_array(ctx, -1)) {
    duv__capi_type_error(rt, -1, NULL, NULL, 0, "an instance of Array");
    duk_pop(ctx);
    return -1;
  }
  /* An array's length is an own data property: reading it runs no code. */
  *out = (size_t)duk_get_length(ctx, -1);
  duk_pop(ctx);
  return 0;
}

static duk_ret_t index_get_protected(duk_context *ctx, void *udata) {
  duk_get_prop_index(ctx, -1, *(uint32_t *)udata);
  return 1;
}

duv_value_t *duv_array_get(duv_runtime_t *rt, duv_value_t *arr, uint32_t index) {
  return run1(rt, arr, index_get_protected, &index);
}

typedef struct {
  uint32_t index;
  duv_value_t *value;
  duv_runtime_t *rt;
} index_set;

static duk_ret_t index_set_protected(duk_context *ctx, void *udata) {
  index_set *s = udata;
  duv__capi_push(s->rt, s->value);
  duk_put_prop_index(ctx, -2, s->index);
  return 0;
}

int duv_array_set(duv_runtime_t *rt, duv_value_t *arr, uint32_t index, duv_value_t *value) {
  index_set s = {index, value, rt};
  return run0(rt, arr, index_set_protected, &s);
}

/* [ obj ] -> [ keys ]: Object.keys, by the engine's own enumeration. */
static duk_ret_t keys_protected(duk_context *ctx, void *udata) {
  (void)udata;
  if (duk_is_null_or_undefined(ctx, -1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Cannot convert undefined or null to object");
  duk_to_object(ctx, -1);
  duk_push_array(ctx);
  duk_enum(ctx, -2, DUK_ENUM_OWN_PROPERTIES_ONLY);
  duk_uarridx_t i = 0;
  while (duk_next(ctx, -1, 0)) duk_put_prop_index(ctx, -3, i++);
  duk_pop(ctx);
  return 1;
}

duv_value_t *duv_object_keys(duv_runtime_t *rt, duv_value_t *obj) {
  return run1(rt, obj, keys_protected, NULL);
}

typedef struct {
  const char *key;
  int result;
} key_op;

/* [ obj ] -> [ ] */
static duk_ret_t has_protected(duk_context *ctx, void *udata) {
  key_op *k = udata;
  if (!duk_is_object(ctx, -1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in %s",
                     k->key, duk_safe_to_string(ctx, -1));
  duv__push_utf8(ctx, k->key, strlen(k->key));
  k->result = duk_has_prop(ctx, -2);
  return 0;
}

int duv_object_has(duv_runtime_t *rt, duv_value_t *obj, const char *key) {
  key_op k = {key, 0};
  if (run0(rt, obj, has_protected, &k) != 0) return -1;
  return k.result;
}

static duk_ret_t delete_protected(duk_context *ctx, void *udata) {
  key_op *k = udata;
  duv__push_utf8(ctx, k->key, strlen(k->key));
  duk_del_prop(ctx, -2); /* strict: throws when the property cannot go */
  return 0;
}

int duv_object_delete(duv_runtime_t *rt, duv_value_t *obj, const char *key) {
  key_op k = {key, 0};
  return run0(rt, obj, delete_protected, &k);
}

/* ---- JSON ---- */

typedef struct {
  const char *data;
  size_t len;
} bytes;

static duk_ret_t json_parse_protected(duk_context *ctx, void *udata) {
  bytes *b = udata;
  duv__push_utf8(ctx, b->data, b->len);
  duk_json_decode(ctx, -1);
  return 1;
}

duv_value_t *duv_json_parse(duv_runtime_t *rt, const char *utf8, size_t len) {
  bytes b = {utf8, len == DUV_NTS ? strlen(utf8) : len};
  return run1(rt, NULL, json_parse_protected, &b);
}

static duk_ret_t json_stringify_protected(duk_context *ctx, void *udata) {
  (void)udata;
  /* duk_json_encode gives undefined where JSON.stringify does. */
  duk_json_encode(ctx, -1);
  return 1;
}

duv_value_t *duv_json_stringify(duv_runtime_t *rt, duv_value_t *v) {
  return run1(rt, v, json_stringify_protected, NULL);
}

/* ---- buffers ---- */

static duk_ret_t buffer_new_protected(duk_context *ctx, void *udata) {
  duv__push_buffer(ctx, *(size_t *)udata);
  return 1;
}

duv_value_t *duv_buffer_new(duv_runtime_t *rt, size_t len, void **data) {
  duv_value_t *v = run1(rt, NULL, buffer_new_protected, &len);
  if (v != NULL && data != NULL) {
    duv__capi_push(rt, v);
    duk_size_t n;
    *data = duk_get_buffer_data(rt->ctx, -1, &n);
    duk_pop(rt->ctx);
  }
  return v;
}

int duv_buffer_view(duv_runtime_t *rt, duv_value_t *v, duv_buffer_view_t *out) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v);
  if (!duk_is_buffer_data(ctx, -1)) {
    duv__capi_type_error(rt, -1, NULL, NULL, 0,
                         "an instance of ArrayBuffer, Buffer, TypedArray, or DataView");
    duk_pop(ctx);
    return -1;
  }
  duk_size_t n;
  /* The bytes belong to the buffer, which the handle keeps alive. */
  out->data = duk_get_buffer_data(ctx, -1, &n);
  out->len = n;
  duk_pop(ctx);
  return 0;
}

/* ---- dates ---- */

static duk_ret_t date_new_protected(duk_context *ctx, void *udata) {
  duk_get_global_string(ctx, "Date");
  duk_push_number(ctx, *(double *)udata);
  duk_new(ctx, 1);
  return 1;
}

duv_value_t *duv_date_new(duv_runtime_t *rt, double ms) {
  return run1(rt, NULL, date_new_protected, &ms);
}

/* [ value ] -> [ ]: *udata = the time value, or a TypeError when the value is
 * not a Date (Date.prototype.getTime's own check). */
static duk_ret_t date_get_protected(duk_context *ctx, void *udata) {
  duk_get_global_string(ctx, "Date");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_get_prop_string(ctx, -1, "getTime");
  duk_dup(ctx, -4);
  duk_call_method(ctx, 0);
  *(double *)udata = duk_get_number(ctx, -1);
  return 0;
}

int duv_date_get(duv_runtime_t *rt, duv_value_t *v, double *ms) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v); /* [ v ] */
  double t = 0;
  int ok = duk_is_object(ctx, -1);
  if (ok) {
    /* [ v result ]: undefined on success, the error otherwise. */
    ok = duk_safe_call(ctx, date_get_protected, &t, 0, 1) == 0;
    duk_pop(ctx);
  }
  if (!ok) {
    duv__capi_type_error(rt, -1, NULL, NULL, 0, "an instance of Date");
    duk_pop(ctx);
    return -1;
  }
  duk_pop(ctx);
  *ms = t;
  return 0;
}

/* ---- error objects ---- */

duv_value_t *duv_error_new(duv_runtime_t *rt, duv_error_type type, const char *code,
                           const char *fmt, ...) {
  if (duv_error_occurred(rt)) return NULL;
  char stack_msg[256], *msg = stack_msg;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(stack_msg, sizeof(stack_msg), fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof(stack_msg)) {
    msg = malloc((size_t)n + 1);
    if (msg == NULL) {
      duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
      return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  /* The pending-exception machinery makes the object exactly as a thrown
   * duv_error_set() error would be. */
  duv_error_set(rt, type, code, "%s", msg);
  if (msg != stack_msg) free(msg);
  return duv_error_fetch(rt);
}

/* ---- promises ---- */

/* A deferred is the handle of the capability record [promise, resolve,
 * reject] that duv__promise_new_capability made. */
static duk_ret_t promise_new_protected(duk_context *ctx, void *udata) {
  (void)udata;
  duv__promise_rt *ps = duv__promises(ctx);
  duk_push_heapptr(ctx, ps->ctor);
  duv__promise_new_capability(ctx, ps, -1);
  duk_remove(ctx, -2);
  return 1;
}

duv_value_t *duv_promise_new(duv_runtime_t *rt, duv_deferred_t **deferred) {
  *deferred = NULL;
  duv_value_t *record = run1(rt, NULL, promise_new_protected, NULL);
  if (record == NULL) return NULL;
  duv_value_t *promise = duv_array_get(rt, record, 0);
  if (promise == NULL) {
    duv_value_release(rt, record);
    return NULL;
  }
  *deferred = (duv_deferred_t *)record;
  return promise;
}

/* Call slot `which` (1 resolve, 2 reject) of the record with value. */
static int settle(duv_runtime_t *rt, duv_deferred_t *deferred, int which, duv_value_t *value) {
  duv_value_t *record = (duv_value_t *)deferred;
  duv_value_t *fn = duv_array_get(rt, record, (uint32_t)which);
  duv_value_release(rt, record);
  if (fn == NULL) return -1;
  duv_value_t *r = duv_function_call(rt, fn, NULL, &value, 1);
  duv_value_release(rt, fn);
  if (r == NULL) return -1;
  duv_value_release(rt, r);
  return 0;
}

int duv_promise_resolve(duv_runtime_t *rt, duv_deferred_t *deferred, duv_value_t *value) {
  return settle(rt, deferred, 1, value);
}

int duv_promise_reject(duv_runtime_t *rt, duv_deferred_t *deferred, duv_value_t *reason) {
  if (reason != NULL) return settle(rt, deferred, 2, reason);
  if (!duv_error_occurred(rt)) {
    duv_deferred_free(rt, deferred);
    duv_error_set(rt, DUV_TYPE_ERROR, NULL,
                  "duv_promise_reject: no reason given and no exception pending");
    return -1;
  }
  duv_value_t *exc = duv_error_fetch(rt);
  if (exc == NULL) {
    duv_deferred_free(rt, deferred);
    return -1;
  }
  int rc = settle(rt, deferred, 2, exc);
  duv_value_release(rt, exc);
  return rc;
}

void duv_deferred_free(duv_runtime_t *rt, duv_deferred_t *deferred) {
  duv_value_release(rt, (duv_value_t *)deferred);
}
