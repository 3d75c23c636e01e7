/*
 * EventEmitter.prototype.emit's common case in C. In Duktape a JS function
 * that reads `arguments` pays for a whole arguments object on every call
 * (about 0.6 us, five times the call itself), and emit needs its arguments
 * however many there are; a native function sees them on its value stack for
 * nothing. The fast path handles emitting to listeners that are there; the
 * rest ('error', capture of rejections, no _events) goes to the JS emit in
 * bindings/lib/events.js, which keeps every rule in one place.
 */
#include "internal.h"

#define SLOW_KEY DUK_HIDDEN_SYMBOL("emitSlow")
#define CAPTURE_KEY DUK_HIDDEN_SYMBOL("emitCapture")

/* [ args... ] -> calls the JS emit with the same this and arguments. */
static duk_ret_t emit_slow(duk_context *ctx, duk_idx_t nargs) {
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, SLOW_KEY);
  duk_remove(ctx, -2);
  duk_push_this(ctx);
  for (duk_idx_t i = 0; i < nargs; i++) duk_dup(ctx, i);
  duk_call_method(ctx, nargs);
  return 1;
}

static duk_ret_t js_emit(duk_context *ctx) {
  duk_idx_t nargs = duk_get_top(ctx);
  if (nargs == 0) return emit_slow(ctx, nargs);
  /* 'error' has its own rules (monitor, throwing when unhandled). */
  if (duk_is_string(ctx, 0)) {
    duk_size_t len;
    const char *type = duk_get_lstring(ctx, 0, &len);
    if (len == 5 && type[0] == 'e' && type[1] == 'r' && type[2] == 'r' && type[3] == 'o' && type[4] == 'r')
      return emit_slow(ctx, nargs);
  }
  duk_push_this(ctx);                    /* [ args this ] */
  if (!duk_is_object(ctx, -1)) return emit_slow(ctx, nargs);
  duk_idx_t self = duk_get_top_index(ctx);
  duk_get_prop_literal(ctx, self, "_events"); /* [ args this events ] */
  if (!duk_is_object(ctx, -1)) {
    if (duk_is_undefined(ctx, -1)) {
      duk_push_false(ctx);
      return 1;
    }
    return emit_slow(ctx, nargs);
  }
  duk_dup(ctx, 0);
  duk_get_prop(ctx, -2);                 /* [ args this events handler ] */
  if (duk_is_undefined(ctx, -1)) {
    duk_push_false(ctx);
    return 1;
  }
  /* captureRejections looks at each listener's result: the JS path. */
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, CAPTURE_KEY);
  duk_get_prop(ctx, self);
  int capture = duk_is_boolean(ctx, -1) && duk_get_boolean(ctx, -1);
  duk_pop_2(ctx);
  if (capture) return emit_slow(ctx, nargs);

  duk_idx_t handler = duk_get_top_index(ctx);
  if (duk_is_function(ctx, handler)) {
    duk_dup(ctx, handler);
    duk_dup(ctx, self);
    for (duk_idx_t i = 1; i < nargs; i++) duk_dup(ctx, i);
    duk_call_method(ctx, nargs - 1);
    duk_push_true(ctx);
    return 1;
  }
  if (!duk_is_array(ctx, handler)) return emit_slow(ctx, nargs);
  /* A copy: listeners added or removed while emitting do not change this
   * emit, as in Node. */
  duk_size_t count = duk_get_length(ctx, handler);
  duk_push_array(ctx);
  duk_idx_t copy = duk_get_top_index(ctx);
  for (duk_size_t i = 0; i < count; i++) {
    duk_get_prop_index(ctx, handler, (duk_uarridx_t)i);
    duk_put_prop_index(ctx, copy, (duk_uarridx_t)i);
  }
  for (duk_size_t i = 0; i < count; i++) {
    duk_get_prop_index(ctx, copy, (duk_uarridx_t)i);
    duk_dup(ctx, self);
    for (duk_idx_t a = 1; a < nargs; a++) duk_dup(ctx, a);
    duk_call_method(ctx, nargs - 1);
    duk_pop(ctx);
  }
  duk_push_true(ctx);
  return 1;
}

/* makeEmit(slowEmit, kCapture) -> the emit function. */
static duk_ret_t js_make_emit(duk_context *ctx) {
  duk_require_function(ctx, 0);
  duk_push_c_function(ctx, js_emit, DUK_VARARGS);
  duk_dup(ctx, 0);
  duk_put_prop_string(ctx, -2, SLOW_KEY);
  duk_dup(ctx, 1);
  duk_put_prop_string(ctx, -2, CAPTURE_KEY);
  /* Node's emit: name 'emit', length 1. */
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "emit");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WRITABLE |
                            DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_string(ctx, "length");
  duk_push_int(ctx, 1);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WRITABLE |
                            DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

void duv__binding_events(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"makeEmit", js_make_emit, 2}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
