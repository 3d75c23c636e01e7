/*
 * Promise.all, allSettled, any and race (27.2.4), and the global
 * AggregateError that Promise.any rejects with.
 *
 * The combinators share one internal record per call,
 * [values, resolve-or-reject, remaining, called], that their element
 * functions reach through their data; each element function also carries its
 * index. `called` holds the [[AlreadyCalled]] flags by index, so the two
 * functions allSettled makes for one element share theirs.
 */
#include "promise.h"

enum { ALL, ALL_SETTLED, ANY, RACE };
enum { R_VALUES, R_SETTLE, R_REMAINING, R_CALLED };

/* ---- AggregateError ---- */

static void define_hidden_value(duk_context *ctx, duk_idx_t obj, const char *key, duk_idx_t v) {
  obj = duk_normalize_index(ctx, obj);
  v = duk_normalize_index(ctx, v);
  duk_push_string(ctx, key);
  duk_dup(ctx, v);
  duk_def_prop(ctx, obj,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
}

void duv__push_aggregate_error(duk_context *ctx, duv__promise_rt *ps, duk_idx_t errors,
                               const char *message) {
  errors = duk_normalize_index(ctx, errors);
  duv__push_js_error(ctx, DUK_ERR_ERROR, "%s", message);
  duk_push_heapptr(ctx, ps->aggregate);
  duk_set_prototype(ctx, -2);
  define_hidden_value(ctx, -1, "errors", errors);
}

/* AggregateError(errors, message, options), with or without new. */
static duk_ret_t aggregate_error(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_set_top(ctx, 3);
  if (duk_is_undefined(ctx, 1)) {
    /* Duktape stores the error code as the message of a message-less error. */
    duk_push_error_object_raw(ctx, DUK_ERR_ERROR, NULL, 0, NULL);
    duk_del_prop_literal(ctx, -1, "message");
  } else {
    duk_dup(ctx, 1);
    duv__push_js_error(ctx, DUK_ERR_ERROR, "%s", duk_to_string(ctx, -1));
    duk_remove(ctx, -2);
  }
  duk_idx_t err = duk_get_top_index(ctx);
  /* The prototype: new.target's (the default instance has it), else ours. */
  if (duk_is_constructor_call(ctx)) {
    duk_push_this(ctx);
    duk_get_prototype(ctx, -1);
    duk_remove(ctx, -2);
  } else {
    duk_push_heapptr(ctx, ps->aggregate);
  }
  duk_set_prototype(ctx, err);
  if (duk_is_object(ctx, 2) && duk_has_prop_literal(ctx, 2, "cause")) {
    duk_get_prop_literal(ctx, 2, "cause");
    define_hidden_value(ctx, err, "cause", -1);
    duk_pop(ctx);
  }
  duv__iter it;
  duv__iter_open(ctx, ps, &it, 0);
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; duv__iter_step(ctx, &it); i++) duk_put_prop_index(ctx, -2, i);
  define_hidden_value(ctx, err, "errors", -1);
  duk_dup(ctx, err);
  return 1;
}

void duv__aggregate_error_init(duk_context *ctx, duv__promise_rt *ps, duk_idx_t keep) {
  duk_push_c_function(ctx, aggregate_error, 3);
  duv__set_function_meta(ctx, -1, "AggregateError", 2);
  duk_get_global_string(ctx, "Error");
  duk_set_prototype(ctx, -2);
  duk_push_object(ctx); /* the prototype */
  duk_get_global_string(ctx, "Error");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_set_prototype(ctx, -3);
  duk_pop(ctx);
  define_hidden_value(ctx, -1, "constructor", -2);
  duk_push_string(ctx, "AggregateError");
  define_hidden_value(ctx, -2, "name", -1);
  duk_pop(ctx);
  duk_push_string(ctx, "");
  define_hidden_value(ctx, -2, "message", -1);
  duk_pop(ctx);
  duk_push_string(ctx, "prototype");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_CLEAR_CONFIGURABLE | DUK_DEFPROP_FORCE);
  ps->aggregate = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, keep, (duk_uarridx_t)duk_get_length(ctx, keep));
  duk_push_global_object(ctx);
  define_hidden_value(ctx, -1, "AggregateError", -2);
  duk_pop_2(ctx);
}

/* ---- Element functions ---- */

/* The common part: checks and sets [[AlreadyCalled]], stores the value at v
 * as element `index`, and when it was the last one settles the result with
 * `settle(values)` (for any: an AggregateError of them). */
static duk_ret_t element(duk_context *ctx, int kind, duk_idx_t v) {
  duv__promise_rt *ps = duv__promises(ctx);
  v = duk_normalize_index(ctx, v);
  duk_push_current_function(ctx);
  duk_get_prop_heapptr(ctx, -1, ps->k_data); /* R */
  duk_get_prop_heapptr(ctx, -2, ps->k_index);
  duk_uarridx_t index = duk_get_uint(ctx, -1);
  duk_pop(ctx);
  duk_idx_t r = duk_get_top_index(ctx);
  duk_get_prop_index(ctx, r, R_CALLED);
  duk_get_prop_index(ctx, -1, index);
  if (duk_to_boolean(ctx, -1)) return 0;
  duk_pop(ctx);
  duk_push_true(ctx);
  duk_put_prop_index(ctx, -2, index);
  duk_pop(ctx);
  duk_get_prop_index(ctx, r, R_VALUES);
  duk_dup(ctx, v);
  duk_put_prop_index(ctx, -2, index);
  duk_get_prop_index(ctx, r, R_REMAINING);
  duk_uint_t remaining = duk_get_uint(ctx, -1) - 1;
  duk_pop(ctx);
  duk_push_uint(ctx, remaining);
  duk_put_prop_index(ctx, r, R_REMAINING);
  if (remaining != 0) return 0;
  duk_get_prop_index(ctx, r, R_SETTLE);
  duk_push_undefined(ctx);
  if (kind == ANY)
    duv__push_aggregate_error(ctx, ps, -3, "All promises were rejected");
  else
    duk_dup(ctx, -3);
  duk_call_method(ctx, 1);
  return 1;
}

static duk_ret_t all_resolve_element(duk_context *ctx) {
  return element(ctx, ALL, 0);
}
static duk_ret_t any_reject_element(duk_context *ctx) {
  return element(ctx, ANY, 0);
}

static duk_ret_t settled_element(duk_context *ctx, const char *status, const char *key) {
  duk_push_object(ctx);
  duk_push_string(ctx, status);
  duk_put_prop_string(ctx, -2, "status");
  duk_dup(ctx, 0);
  duk_put_prop_string(ctx, -2, key);
  return element(ctx, ALL_SETTLED, -1);
}

static duk_ret_t settled_fulfilled(duk_context *ctx) {
  return settled_element(ctx, "fulfilled", "value");
}
static duk_ret_t settled_rejected(duk_context *ctx) {
  return settled_element(ctx, "rejected", "reason");
}

static void push_element_function(duk_context *ctx, duv__promise_rt *ps, duk_c_function fn,
                                  duk_idx_t r, duk_uarridx_t index) {
  duv__push_function(ctx, ps, fn, 1, "", 1, r);
  duk_push_uint(ctx, index);
  duk_put_prop_heapptr(ctx, -2, ps->k_index);
}

/* ---- The combinators ---- */

typedef struct {
  duv__promise_rt *ps;
  int kind;
  duv__iter it;
  int opened;
} combinator_state;

/* [C, capability, iterable, box] -> the loop of PerformPromiseAll & co. The
 * iterator goes into box[0] so that the caller can close it after an error. */
static duk_ret_t combinator_body(duk_context *ctx, void *udata) {
  combinator_state *st = udata;
  duv__promise_rt *ps = st->ps;
  int kind = st->kind;
  /* duk_safe_call runs this on the caller's frame: the arguments are the
   * topmost values, from b. */
  duk_idx_t b = duk_get_top(ctx) - 4;
  duk_idx_t c = b, cap = b + 1, box = b + 3, presolve = b + 4, r = b + 5, res = b + 6, rej = b + 7;
  duk_get_prop_literal(ctx, c, "resolve");
  if (!duk_is_callable(ctx, presolve)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "resolve is not a function");
    return duk_throw(ctx);
  }
  int fast_resolve =
      duk_get_heapptr(ctx, presolve) == ps->resolve_fn && duk_get_heapptr(ctx, c) == ps->ctor;
  /* R = [values, resolve or reject, remaining, called] */
  duk_push_bare_array(ctx);
  duk_push_array(ctx);
  duk_put_prop_index(ctx, r, R_VALUES);
  duk_get_prop_index(ctx, cap, kind == ANY ? 2 : 1);
  duk_put_prop_index(ctx, r, R_SETTLE);
  duk_push_uint(ctx, 1);
  duk_put_prop_index(ctx, r, R_REMAINING);
  duk_push_bare_array(ctx);
  duk_put_prop_index(ctx, r, R_CALLED);
  duk_get_prop_index(ctx, cap, 1); /* res */
  duk_get_prop_index(ctx, cap, 2); /* rej */

  duv__iter_open(ctx, ps, &st->it, b + 2);
  st->opened = 1;
  if (st->it.mode == DUV__ITER_PROTOCOL) {
    duk_dup(ctx, st->it.iter);
    duk_put_prop_index(ctx, box, 0);
  }
  duk_idx_t loop_top = duk_get_top(ctx);
  for (duk_uarridx_t index = 0; duv__iter_step(ctx, &st->it); index++) {
    duk_idx_t v = loop_top;
    if (kind != RACE) {
      duk_get_prop_index(ctx, r, R_VALUES);
      duk_push_undefined(ctx);
      duk_put_prop_index(ctx, -2, index);
      duk_pop(ctx);
    }
    if (fast_resolve) {
      duv__promise_resolve_with(ctx, ps, c, v);
    } else {
      duk_dup(ctx, presolve);
      duk_dup(ctx, c);
      duk_dup(ctx, v);
      duk_call_method(ctx, 1);
    }
    duk_idx_t next = v + 1;
    switch (kind) {
      case ALL:
        push_element_function(ctx, ps, all_resolve_element, r, index);
        duk_dup(ctx, rej);
        break;
      case ALL_SETTLED:
        push_element_function(ctx, ps, settled_fulfilled, r, index);
        push_element_function(ctx, ps, settled_rejected, r, index);
        break;
      case ANY:
        duk_dup(ctx, res);
        push_element_function(ctx, ps, any_reject_element, r, index);
        break;
      default:
        duk_dup(ctx, res);
        duk_dup(ctx, rej);
        break;
    }
    if (kind != RACE) {
      duk_get_prop_index(ctx, r, R_REMAINING);
      duk_uint_t remaining = duk_get_uint(ctx, -1) + 1;
      duk_pop(ctx);
      duk_push_uint(ctx, remaining);
      duk_put_prop_index(ctx, r, R_REMAINING);
    }
    duv__promise_invoke_then(ctx, ps, next, next + 1, next + 2);
    duk_set_top(ctx, loop_top);
  }
  if (kind == RACE) return 0;
  duk_get_prop_index(ctx, r, R_REMAINING);
  duk_uint_t remaining = duk_get_uint(ctx, -1) - 1;
  duk_pop(ctx);
  duk_push_uint(ctx, remaining);
  duk_put_prop_index(ctx, r, R_REMAINING);
  if (remaining != 0) return 0;
  duk_get_prop_index(ctx, r, R_VALUES);
  if (kind == ANY) {
    duv__push_aggregate_error(ctx, ps, -1, "All promises were rejected");
    return duk_throw(ctx);
  }
  duk_dup(ctx, res);
  duk_push_undefined(ctx);
  duk_dup(ctx, -3);
  duk_call_method(ctx, 1);
  return 0;
}

static duk_ret_t combinator(duk_context *ctx, int kind, const char *name) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (duk_is_constructor_call(ctx)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "%s is not a constructor", name);
    return duk_throw(ctx);
  }
  duk_set_top(ctx, 1);
  duk_push_this(ctx); /* 1: C */
  if (!duk_is_object(ctx, 1)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "%s called on non-object", name);
    return duk_throw(ctx);
  }
  duv__promise_new_capability(ctx, ps, 1); /* 2 */
  duk_push_bare_array(ctx);                /* 3: box for the iterator */
  combinator_state st = {ps, kind, {0}, 0};
  duk_dup(ctx, 1);
  duk_dup(ctx, 2);
  duk_dup(ctx, 0);
  duk_dup(ctx, 3);
  if (duk_safe_call(ctx, combinator_body, &st, 4, 1) != 0) {
    if (duv__runtime(ctx)->exiting) return duk_throw(ctx);
    if (st.opened && st.it.mode == DUV__ITER_PROTOCOL && !st.it.done) {
      duv__iter it = st.it;
      duk_get_prop_index(ctx, 3, 0);
      it.iter = duk_get_top_index(ctx);
      duv__iter_close(ctx, &it);
      duk_pop(ctx);
    }
    /* IfAbruptRejectPromise */
    duk_get_prop_index(ctx, 2, 2);
    duk_push_undefined(ctx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
  duk_get_prop_index(ctx, 2, 0);
  return 1;
}

static duk_ret_t promise_all(duk_context *ctx) {
  return combinator(ctx, ALL, "Promise.all");
}
static duk_ret_t promise_all_settled(duk_context *ctx) {
  return combinator(ctx, ALL_SETTLED, "Promise.allSettled");
}
static duk_ret_t promise_any(duk_context *ctx) {
  return combinator(ctx, ANY, "Promise.any");
}
static duk_ret_t promise_race(duk_context *ctx) {
  return combinator(ctx, RACE, "Promise.race");
}

void duv__promise_combinators_init(duk_context *ctx, duk_idx_t ctor) {
  duv__promise_rt *ps = duv__promises(ctx);
  static const struct {
    const char *name;
    duk_c_function fn;
  } fns[] = {{"all", promise_all},
             {"allSettled", promise_all_settled},
             {"any", promise_any},
             {"race", promise_race}};
  ctor = duk_normalize_index(ctx, ctor);
  for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++) {
    duk_push_string(ctx, fns[i].name);
    duv__push_function(ctx, ps, fns[i].fn, 1, fns[i].name, 1, DUV__NO_DATA);
    duk_def_prop(ctx, ctor,
                 DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                     DUK_DEFPROP_SET_CONFIGURABLE);
  }
}
