/*
 * Helpers of the Promise implementation: V8's value descriptions for error
 * messages, errors blamed on the calling script, built-in function objects
 * with their data, and iterating the argument of a combinator.
 */
#include <stdarg.h>
#include <string.h>

#include "promise.h"

/* Push the value of a data property (key at key_idx) found on the object at
 * idx or its prototypes without running getters (V8's GetDataProperty):
 * undefined when there is none or it is an accessor. */
static void push_data_property(duk_context *ctx, duk_idx_t idx, duk_idx_t key_idx) {
  idx = duk_normalize_index(ctx, idx);
  key_idx = duk_normalize_index(ctx, key_idx);
  duk_dup(ctx, idx);
  for (int depth = 0; depth < 100 && duk_is_object(ctx, -1); depth++) {
    duk_dup(ctx, key_idx);
    duk_get_prop_desc(ctx, -2, 0); /* [obj desc] */
    if (duk_is_object(ctx, -1)) {
      int data = duk_has_prop_literal(ctx, -1, "value");
      if (data)
        duk_get_prop_literal(ctx, -1, "value");
      else
        duk_push_undefined(ctx);
      duk_remove(ctx, -2);
      duk_remove(ctx, -2);
      return;
    }
    duk_pop(ctx);
    duk_get_prototype(ctx, -1);
    duk_remove(ctx, -2);
  }
  duk_pop(ctx);
  duk_push_undefined(ctx);
}

static void push_data_property_literal(duk_context *ctx, duk_idx_t idx, const char *key) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_string(ctx, key);
  push_data_property(ctx, idx, -1);
  duk_remove(ctx, -2);
}

/* Call the intrinsic at the top of the stash array slot with the value at idx
 * as `this`, protected; pushes the string result or NULL's fallback. */
static void push_intrinsic_string(duk_context *ctx, const char *stash_key, duk_idx_t idx,
                                  const char *fallback) {
  idx = duk_normalize_index(ctx, idx);
  duv__stash_get(ctx, stash_key);
  duk_dup(ctx, idx);
  if (duk_pcall_method(ctx, 0) != 0 || !duk_is_string(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, fallback);
  }
}

void duv__push_value_summary(duk_context *ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  /* Duktape's symbols are strings to duk_is_string: test them first. */
  if (duk_is_symbol(ctx, idx)) {
    push_intrinsic_string(ctx, "symbolToString", idx, "Symbol()");
    return;
  }
  if (duk_is_string(ctx, idx)) {
    duk_dup(ctx, idx);
    return;
  }
  if (duk_is_function(ctx, idx)) {
    push_intrinsic_string(ctx, "functionToString", idx, "function () {}");
    return;
  }
  if (!duk_is_object(ctx, idx)) {
    duk_dup(ctx, idx);
    duk_safe_to_string(ctx, -1);
    return;
  }
  push_data_property_literal(ctx, idx, "toString");
  duv__stash_get(ctx, "errorToString");
  int error_like = duk_is_error(ctx, idx) || duk_strict_equals(ctx, -1, -2);
  duk_pop(ctx);
  if (error_like) {
    duk_pop(ctx);
    push_data_property_literal(ctx, idx, "name");
    if (!duk_is_string(ctx, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "Error");
    }
    push_data_property_literal(ctx, idx, "message");
    if (!duk_is_string(ctx, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "");
    }
    duv__join_error_header(ctx);
    return;
  }
  duv__stash_get(ctx, "objectToString");
  int plain = duk_strict_equals(ctx, -1, -2);
  duk_pop_2(ctx);
  if (plain) {
    push_data_property_literal(ctx, idx, "constructor");
    if (duk_is_function(ctx, -1)) {
      push_data_property_literal(ctx, -1, "name");
      if (duk_is_string(ctx, -1) && duk_get_length(ctx, -1) > 0) {
        duk_push_sprintf(ctx, "#<%s>", duk_get_string(ctx, -1));
        duk_remove(ctx, -2);
        duk_remove(ctx, -2);
        return;
      }
      duk_pop(ctx);
    }
    duk_pop(ctx);
  }
  push_intrinsic_string(ctx, "objectToString", idx, "[object Object]");
}

void duv__push_type_summary(duk_context *ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  switch (duk_get_type(ctx, idx)) {
    case DUK_TYPE_UNDEFINED:
      duk_push_string(ctx, "undefined");
      break;
    case DUK_TYPE_NULL:
      duk_push_string(ctx, "object null");
      break;
    case DUK_TYPE_BOOLEAN:
      duk_push_string(ctx, duk_get_boolean(ctx, idx) ? "boolean true" : "boolean false");
      break;
    case DUK_TYPE_NUMBER:
      duk_dup(ctx, idx);
      duk_push_sprintf(ctx, "number %s", duk_to_string(ctx, -1));
      duk_remove(ctx, -2);
      break;
    case DUK_TYPE_STRING:
      if (duk_is_symbol(ctx, idx)) {
        duk_push_string(ctx, "symbol");
      } else {
        duk_push_sprintf(ctx, "string \"%s\"", duk_get_string(ctx, idx));
      }
      break;
    default:
      duk_push_string(ctx, duk_is_function(ctx, idx) ? "function" : "object");
      break;
  }
}

void duv__push_js_error(duk_context *ctx, duk_errcode_t type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  duk_push_error_object_va_raw(ctx, type, NULL, 0, fmt, ap);
  va_end(ap);
}

duk_ret_t duv__throw_type_value(duk_context *ctx, const char *fmt, duk_idx_t idx, int typed) {
  if (typed)
    duv__push_type_summary(ctx, idx);
  else
    duv__push_value_summary(ctx, idx);
  duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, fmt, duk_get_string(ctx, -1));
  return duk_throw(ctx);
}

void duv__set_function_meta(duk_context *ctx, duk_idx_t idx, const char *name, int length) {
  idx = duk_normalize_index(ctx, idx);
  const duk_uint_t flags = DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE |
                           DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE |
                           DUK_DEFPROP_FORCE;
  duk_push_literal(ctx, "length");
  duk_push_int(ctx, length);
  duk_def_prop(ctx, idx, flags);
  duk_push_literal(ctx, "name");
  duk_push_string(ctx, name);
  duk_def_prop(ctx, idx, flags);
}

void duv__push_function(duk_context *ctx, duv__promise_rt *ps, duk_c_function fn, int nargs,
                        const char *name, int length, duk_idx_t data_idx) {
  if (data_idx != DUV__NO_DATA) data_idx = duk_normalize_index(ctx, data_idx);
  duk_push_c_function(ctx, fn, nargs);
  duv__set_function_meta(ctx, -1, name, length);
  if (data_idx != DUV__NO_DATA) {
    duk_dup(ctx, data_idx);
    duk_put_prop_heapptr(ctx, -2, ps->k_data);
  }
}

void duv__push_function_data(duk_context *ctx, duv__promise_rt *ps) {
  duk_push_current_function(ctx);
  duk_get_prop_heapptr(ctx, -1, ps->k_data);
  duk_remove(ctx, -2);
}

/* ---- Iteration ---- */

/* Whether the object at idx is an arguments object or a typed array, the
 * index-by-index iterables Duktape has besides arrays and strings. */
static int indexed_iterable(duk_context *ctx, duk_idx_t idx) {
  if (duk_is_array(ctx, idx)) return 1;
  if (duk_is_buffer_data(ctx, idx)) {
    duk_get_prop_literal(ctx, idx, "BYTES_PER_ELEMENT");
    int typed = duk_is_number(ctx, -1);
    duk_pop(ctx);
    return typed;
  }
  push_intrinsic_string(ctx, "objectToString", idx, "");
  int args = strcmp(duk_get_string(ctx, -1), "[object Arguments]") == 0;
  duk_pop(ctx);
  return args;
}

void duv__iter_open(duk_context *ctx, duv__promise_rt *ps, duv__iter *it, duk_idx_t source) {
  memset(it, 0, sizeof(*it));
  it->source = duk_normalize_index(ctx, source);
  it->done = 1;
  if (!duk_is_null_or_undefined(ctx, it->source)) {
    duk_get_prop_heapptr(ctx, it->source, ps->sym_iterator);
    if (duk_is_callable(ctx, -1)) {
      duk_dup(ctx, it->source);
      duk_call_method(ctx, 0);
      if (!duk_is_object(ctx, -1)) {
        duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR,
                           "Result of the Symbol.iterator method is not an object");
        (void)duk_throw(ctx);
      }
      it->iter = duk_get_top_index(ctx);
      duk_get_prop_literal(ctx, it->iter, "next");
      it->next = duk_get_top_index(ctx);
      it->mode = DUV__ITER_PROTOCOL;
      it->done = 0;
      return;
    }
    int absent = duk_is_null_or_undefined(ctx, -1);
    duk_pop(ctx);
    if (absent) {
      if (duk_is_string(ctx, it->source) && !duk_is_symbol(ctx, it->source)) {
        it->mode = DUV__ITER_STRING;
        it->done = 0;
        return;
      }
      if (duk_is_object(ctx, it->source) && indexed_iterable(ctx, it->source)) {
        it->mode = DUV__ITER_INDEXED;
        it->done = 0;
        return;
      }
    }
  }
  duv__throw_type_value(ctx, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                        it->source, 1);
}

int duv__iter_step(duk_context *ctx, duv__iter *it) {
  if (it->mode == DUV__ITER_PROTOCOL) {
    it->done = 1;
    if (!duk_is_callable(ctx, it->next))
      duv__throw_type_value(ctx, "%s is not a function", it->next, 1);
    duk_dup(ctx, it->next);
    duk_dup(ctx, it->iter);
    duk_call_method(ctx, 0);
    if (!duk_is_object(ctx, -1))
      duv__throw_type_value(ctx, "Iterator result %s is not an object", -1, 0);
    duk_get_prop_literal(ctx, -1, "done");
    if (duk_to_boolean(ctx, -1)) {
      duk_pop_2(ctx);
      return 0;
    }
    duk_pop(ctx);
    duk_get_prop_literal(ctx, -1, "value");
    duk_remove(ctx, -2);
    it->done = 0;
    return 1;
  }
  duk_size_t len = duk_get_length(ctx, it->source);
  if (it->index >= len) {
    it->done = 1;
    return 0;
  }
  if (it->mode == DUV__ITER_INDEXED) {
    duk_get_prop_index(ctx, it->source, it->index++);
    return 1;
  }
  /* A string iterates by code points: a surrogate pair is one value. */
  duk_size_t n = 1;
  duk_codepoint_t c = duk_char_code_at(ctx, it->source, it->index);
  if (c >= 0xd800 && c <= 0xdbff && it->index + 1 < len) {
    duk_codepoint_t d = duk_char_code_at(ctx, it->source, it->index + 1);
    if (d >= 0xdc00 && d <= 0xdfff) n = 2;
  }
  duk_dup(ctx, it->source);
  duk_substring(ctx, -1, it->index, it->index + n);
  it->index += (uint32_t)n;
  return 1;
}

/* [iterator]: duk_safe_call runs this on the caller's frame. */
static duk_ret_t close_unsafe(duk_context *ctx, void *udata) {
  (void)udata;
  duk_idx_t iter = duk_get_top_index(ctx);
  duk_get_prop_literal(ctx, iter, "return");
  if (duk_is_null_or_undefined(ctx, -1)) return 0;
  duk_dup(ctx, iter);
  duk_call_method(ctx, 0);
  return 0;
}

void duv__iter_close(duk_context *ctx, duv__iter *it) {
  if (it->mode != DUV__ITER_PROTOCOL || it->done) return;
  it->done = 1;
  duk_dup(ctx, it->iter);
  duk_safe_call(ctx, close_unsafe, NULL, 1, 1);
  duk_pop(ctx);
}
