/*
 * The global Promise, native: the constructor, then/catch/finally,
 * Promise.resolve/reject, and the jobs that run reactions (see vm/promise.h
 * for the layout). The combinators are in vm/promise_combinators.c, the
 * unhandled-rejection tracking in vm/promise_rejections.c.
 *
 * Follows the ECMAScript algorithms (27.2). Where the spec creates objects
 * nobody can observe, this does not: `then` on a native promise of the
 * intrinsic constructor stores its handlers in the record of the promise it
 * returns, so a reaction costs no closure and no capability; resolving a
 * promise with a native promise whose `then` is the intrinsic one links the
 * two directly instead of calling `then` with fresh resolving functions (the
 * lookups of `then` and `constructor` still happen as the spec orders).
 *
 * Duktape has no Symbol.species. SpeciesConstructor behaves as if %Promise%
 * had its standard @@species getter: a constructor whose prototype chain
 * reaches %Promise% (a subclass) is its own species; any other falls back to
 * %Promise%, as it does in engines where Function.prototype has no @@species.
 */
#include "promise.h"

#include <string.h>

/* A protected call into JS failed because process.exit() is unwinding the
 * runtime, not because of an exception: nothing may react to it. */
static inline int exiting(duk_context *ctx) { return duv__runtime(ctx)->exiting; }

/* ---- State ---- */

int duv__promise_get(duk_context *ctx, duv__promise_rt *ps, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return -1;
  idx = duk_normalize_index(ctx, idx);
  if (!duk_get_prop_heapptr(ctx, idx, ps->k_state)) {
    duk_pop(ctx);
    return -1;
  }
  /* Hidden properties are inherited like any other: Object.create(promise)
   * is not a promise. */
  duk_get_prototype(ctx, idx);
  if (duk_get_heapptr(ctx, -1) != ps->proto) {
    int inherited = duk_is_object(ctx, -1) && duk_has_prop_heapptr(ctx, -1, ps->k_state);
    duk_pop(ctx);
    if (inherited) {
      duk_pop(ctx);
      return -1;
    }
  } else {
    duk_pop(ctx);
  }
  return duv__promise_flags(ctx, -1);
}

/* Push a state record: the flags and, when given (not DUV__NO_DATA), the
 * handlers of a promise made by `then`. */
static void push_record(duk_context *ctx, int flags, duk_idx_t onf, duk_idx_t onr) {
  duk_push_bare_array(ctx);
  /* Writing the last slot first sizes the array part once: Duktape grows
   * it to just past the index written (small arrays are never abandoned),
   * where slot-by-slot writes would reallocate it three times. */
  duk_push_undefined(ctx);
  duk_put_prop_index(ctx, -2, DUV__PS_SLOTS - 1);
  duk_push_int(ctx, flags);
  duk_put_prop_index(ctx, -2, DUV__PS_FLAGS);
  if (flags & DUV__P_ONF) {
    duk_dup(ctx, onf);
    duk_put_prop_index(ctx, -2, DUV__PS_ONF);
  }
  if (flags & DUV__P_ONR) {
    duk_dup(ctx, onr);
    duk_put_prop_index(ctx, -2, DUV__PS_ONR);
  }
}

/* Push a new pending native promise with the intrinsic prototype. */
static void push_promise(duk_context *ctx, duv__promise_rt *ps, int flags, duk_idx_t onf,
                         duk_idx_t onr) {
  if (onf != DUV__NO_DATA) onf = duk_normalize_index(ctx, onf);
  if (onr != DUV__NO_DATA) onr = duk_normalize_index(ctx, onr);
  duk_push_bare_object(ctx);
  duk_push_heapptr(ctx, ps->proto);
  duk_set_prototype(ctx, -2);
  push_record(ctx, flags, onf, onr);
  duk_put_prop_heapptr(ctx, -2, ps->k_state);
}

/* Settle the pending promise p (record at rec) with the value at v: store
 * the result and queue a job per reaction, in order. */
static void settle(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec, int state,
                   duk_idx_t v) {
  p = duk_normalize_index(ctx, p);
  rec = duk_normalize_index(ctx, rec);
  v = duk_normalize_index(ctx, v);
  int flags = duv__promise_flags(ctx, rec);
  if ((flags & DUV__P_STATE) != DUV__P_PENDING) return;
  int kind = state == DUV__P_FULFILLED ? DUV__JOB_FULFILL : DUV__JOB_REJECT;
  duv__promise_set_flags(ctx, rec, (flags & ~(DUV__P_STATE | DUV__P_REACT | DUV__P_MORE)) | state);
  duk_dup(ctx, v);
  duk_put_prop_index(ctx, rec, DUV__PS_RESULT);
  if (flags & DUV__P_REACT) {
    duk_get_prop_index(ctx, rec, DUV__PS_REACT);
    duk_dup(ctx, v);
    duv__microtask_push(ctx, kind, 2);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, rec, DUV__PS_REACT);
  }
  if (flags & DUV__P_MORE) {
    duk_get_prop_index(ctx, rec, DUV__PS_MORE);
    duk_size_t n = duk_get_length(ctx, -1);
    for (duk_size_t i = 0; i < n; i++) {
      duk_get_prop_index(ctx, -1, (duk_uarridx_t)i);
      duk_dup(ctx, v);
      duv__microtask_push(ctx, kind, 2);
    }
    duk_pop(ctx);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, rec, DUV__PS_MORE);
  }
  if (state == DUV__P_REJECTED && !(flags & DUV__P_HANDLED)) duv__promise_track_reject(ctx, ps, p);
}

/* Functions run by duk_safe_call see the caller's whole frame: their
 * arguments are the topmost values. */
static duk_ret_t get_then_unsafe(duk_context *ctx, void *udata) {
  duv__promise_rt *ps = udata;
  duk_get_prop_heapptr(ctx, -1, ps->k_then);
  return 1;
}

/* The body of a promise's resolve function (27.2.1.3.2) after its
 * already-resolved check: p (record at rec) takes the value at v. */
static void resolve_record(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                           duk_idx_t v) {
  p = duk_normalize_index(ctx, p);
  rec = duk_normalize_index(ctx, rec);
  v = duk_normalize_index(ctx, v);
  if (duk_is_object(ctx, v)) {
    if (duk_get_heapptr(ctx, v) == duk_get_heapptr(ctx, p)) {
      duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "Chaining cycle detected for promise #<Promise>");
      settle(ctx, ps, p, rec, DUV__P_REJECTED, -1);
      duk_pop(ctx);
      return;
    }
    /* `then` is read once; a throwing getter rejects. */
    duk_dup(ctx, v);
    if (duk_safe_call(ctx, get_then_unsafe, ps, 1, 1) != 0) {
      if (exiting(ctx)) return;
      settle(ctx, ps, p, rec, DUV__P_REJECTED, -1);
      duk_pop(ctx);
      return;
    }
    if (duk_is_callable(ctx, -1)) {
      /* NewPromiseResolveThenableJob(p, v, then) */
      duk_dup(ctx, p);
      duk_dup(ctx, v);
      duk_dup(ctx, -3);
      duv__microtask_push(ctx, DUV__JOB_THENABLE, 3);
      duk_pop(ctx);
      return;
    }
    duk_pop(ctx);
  }
  settle(ctx, ps, p, rec, DUV__P_FULFILLED, v);
}

/* ---- Resolving functions (27.2.1.3) ----
 * The pair shares an internal array [promise]; emptying it is the
 * [[AlreadyResolved]] flag, and frees the promise from the functions. */

static int take_resolving_target(duk_context *ctx, duv__promise_rt *ps) {
  duv__push_function_data(ctx, ps);
  duk_get_prop_index(ctx, -1, 0);
  if (duk_is_undefined(ctx, -1)) return 0;
  duk_push_undefined(ctx);
  duk_put_prop_index(ctx, -3, 0);
  return 1;
}

static duk_ret_t resolve_function(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_set_top(ctx, 1);
  if (!take_resolving_target(ctx, ps)) return 0; /* [v data p] */
  duk_get_prop_heapptr(ctx, 2, ps->k_state);
  resolve_record(ctx, ps, 2, 3, 0);
  return 0;
}

static duk_ret_t reject_function(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_set_top(ctx, 1);
  if (!take_resolving_target(ctx, ps)) return 0;
  duk_get_prop_heapptr(ctx, 2, ps->k_state);
  settle(ctx, ps, 2, 3, DUV__P_REJECTED, 0);
  return 0;
}

/* Push resolve and reject functions for the native promise at p. */
static void push_resolving_functions(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p) {
  p = duk_normalize_index(ctx, p);
  duk_push_bare_array(ctx);
  duk_dup(ctx, p);
  duk_put_prop_index(ctx, -2, 0);
  duv__push_function(ctx, ps, resolve_function, 1, "", 1, -1);
  duv__push_function(ctx, ps, reject_function, 1, "", 1, -2);
  duk_remove(ctx, -3);
}

/* ---- Reactions ---- */

/* PerformPromiseThen's second half: add the reaction at r to the promise p
 * (record at rec), or queue its job when p is settled. */
static void add_reaction(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                         duk_idx_t r) {
  p = duk_normalize_index(ctx, p);
  rec = duk_normalize_index(ctx, rec);
  r = duk_normalize_index(ctx, r);
  int flags = duv__promise_flags(ctx, rec);
  int state = flags & DUV__P_STATE;
  if (state == DUV__P_PENDING) {
    if (!(flags & DUV__P_REACT)) {
      duk_dup(ctx, r);
      duk_put_prop_index(ctx, rec, DUV__PS_REACT);
      flags |= DUV__P_REACT;
    } else if (!(flags & DUV__P_MORE)) {
      duk_push_bare_array(ctx);
      duk_dup(ctx, r);
      duk_put_prop_index(ctx, -2, 0);
      duk_put_prop_index(ctx, rec, DUV__PS_MORE);
      flags |= DUV__P_MORE;
    } else {
      duk_get_prop_index(ctx, rec, DUV__PS_MORE);
      duk_dup(ctx, r);
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)duk_get_length(ctx, -2));
      duk_pop(ctx);
    }
  } else {
    if (state == DUV__P_REJECTED && !(flags & DUV__P_HANDLED))
      duv__promise_track_handle(ctx, ps, p, rec, flags);
    duk_dup(ctx, r);
    duk_get_prop_index(ctx, rec, DUV__PS_RESULT);
    duv__microtask_push(ctx, state == DUV__P_FULFILLED ? DUV__JOB_FULFILL : DUV__JOB_REJECT, 2);
  }
  duv__promise_set_flags(ctx, rec, flags | DUV__P_HANDLED);
}

/* SpeciesConstructor(o, %Promise%) as emulated here (see the top of the
 * file). Pushes the constructor; returns 1 when it is %Promise%. */
static int species_constructor(duk_context *ctx, duv__promise_rt *ps, duk_idx_t o) {
  duk_get_prop_heapptr(ctx, o, ps->k_constructor);
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_heapptr(ctx, ps->ctor);
    return 1;
  }
  if (!duk_is_object(ctx, -1)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "The .constructor property is not an object");
    (void)duk_throw(ctx);
  }
  if (duk_get_heapptr(ctx, -1) == ps->ctor) return 1;
  duk_dup_top(ctx);
  for (int depth = 0; depth < 1000; depth++) {
    duk_get_prototype(ctx, -1);
    duk_remove(ctx, -2);
    if (!duk_is_object(ctx, -1)) break;
    if (duk_get_heapptr(ctx, -1) == ps->ctor) {
      duk_pop(ctx);
      if (!duk_is_constructable(ctx, -1)) {
        duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR,
                           "object.constructor[Symbol.species] is not a constructor");
        (void)duk_throw(ctx);
      }
      return 0;
    }
  }
  duk_pop_2(ctx);
  duk_push_heapptr(ctx, ps->ctor);
  return 1;
}

/* The rest of Promise.prototype.then once the constructor (at c; intrinsic
 * says whether it is %Promise%) is known: pushes the promise returned. */
static void then_with(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                      duk_idx_t onf, duk_idx_t onr, duk_idx_t c, int intrinsic) {
  p = duk_normalize_index(ctx, p);
  rec = duk_normalize_index(ctx, rec);
  onf = duk_normalize_index(ctx, onf);
  onr = duk_normalize_index(ctx, onr);
  c = duk_normalize_index(ctx, c);
  if (intrinsic) {
    int flags =
        (duk_is_callable(ctx, onf) ? DUV__P_ONF : 0) | (duk_is_callable(ctx, onr) ? DUV__P_ONR : 0);
    push_promise(ctx, ps, flags, onf, onr);
    add_reaction(ctx, ps, p, rec, -1);
    return;
  }
  duv__promise_new_capability(ctx, ps, c);
  if (duk_is_callable(ctx, onf)) {
    duk_dup(ctx, onf);
    duk_put_prop_index(ctx, -2, 3);
  }
  if (duk_is_callable(ctx, onr)) {
    duk_dup(ctx, onr);
    duk_put_prop_index(ctx, -2, 4);
  }
  add_reaction(ctx, ps, p, rec, -1);
  duk_get_prop_index(ctx, -1, 0);
  duk_remove(ctx, -2);
}

/* Promise.prototype.then on the native promise p (record at rec). */
static void then_impl(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                      duk_idx_t onf, duk_idx_t onr) {
  p = duk_normalize_index(ctx, p);
  rec = duk_normalize_index(ctx, rec);
  onf = duk_normalize_index(ctx, onf);
  onr = duk_normalize_index(ctx, onr);
  int intrinsic = species_constructor(ctx, ps, p);
  then_with(ctx, ps, p, rec, onf, onr, -1, intrinsic);
  duk_remove(ctx, -2);
}

/* Call the function at fn with the value at v, protected: an error goes to
 * the uncaught-exception machinery (HostReportErrors for a job). */
static void call_reporting(duk_context *ctx, duk_idx_t fn, duk_idx_t v) {
  if (exiting(ctx)) return;
  v = duk_normalize_index(ctx, v);
  duk_dup(ctx, fn);
  duk_push_undefined(ctx);
  duk_dup(ctx, v);
  if (duk_pcall_method(ctx, 1) != 0) {
    duv__report_uncaught(duv__runtime(ctx));
    return;
  }
  duk_pop(ctx);
}

/* A reaction job for a capability record [promise, resolve, reject, onF,
 * onR] at base with the argument at base + 1. */
static void capability_job(duk_context *ctx, int kind, duk_idx_t base) {
  duk_idx_t arg = base + 1;
  duk_get_prop_index(ctx, base, kind == DUV__JOB_FULFILL ? 3 : 4);
  if (duk_is_undefined(ctx, -1)) {
    duk_get_prop_index(ctx, base, kind == DUV__JOB_FULFILL ? 1 : 2);
    call_reporting(ctx, -1, arg);
    return;
  }
  duk_push_undefined(ctx);
  duk_dup(ctx, arg);
  int rc = duk_pcall_method(ctx, 1);
  if (rc != 0 && exiting(ctx)) return;
  duk_get_prop_index(ctx, base, rc == 0 ? 1 : 2);
  call_reporting(ctx, -1, -2);
}

/* NewPromiseResolveThenableJob(p, thenable, then) at base. */
static duk_ret_t thenable_species_unsafe(duk_context *ctx, void *udata) {
  duk_push_boolean(ctx, species_constructor(ctx, udata, duk_get_top_index(ctx)));
  return 2;
}

static duk_ret_t thenable_then_unsafe(duk_context *ctx, void *udata) {
  /* [thenable rec onf onr c] */
  duk_idx_t b = duk_get_top(ctx) - 5;
  then_with(ctx, udata, b, b + 1, b + 2, b + 3, b + 4, 0);
  return 1;
}

static void thenable_job(duk_context *ctx, duv__promise_rt *ps, duk_idx_t base) {
  duk_idx_t p = base, thenable = base + 1, then = base + 2;
  duk_get_prop_heapptr(ctx, p, ps->k_state);
  duk_idx_t rec = duk_get_top_index(ctx);
  if (duk_get_heapptr(ctx, then) == ps->then_fn) {
    int tflags = duv__promise_get(ctx, ps, thenable);
    if (tflags >= 0) {
      duk_idx_t trec = duk_get_top_index(ctx);
      /* Promise.prototype.then reads thenable.constructor first. */
      duk_dup(ctx, thenable);
      if (duk_safe_call(ctx, thenable_species_unsafe, ps, 1, 2) != 0) {
        if (exiting(ctx)) return;
        settle(ctx, ps, p, rec, DUV__P_REJECTED, -2);
        return;
      }
      if (duk_get_boolean(ctx, -1)) {
        /* p follows thenable: a reaction with no handlers. */
        add_reaction(ctx, ps, thenable, trec, p);
        return;
      }
      /* A subclass: then() with fresh resolving functions for p. */
      duk_pop(ctx);
      duk_idx_t c = duk_get_top_index(ctx);
      push_resolving_functions(ctx, ps, p);
      duk_dup(ctx, thenable);
      duk_dup(ctx, trec);
      duk_dup(ctx, c + 1);
      duk_dup(ctx, c + 2);
      duk_dup(ctx, c);
      if (duk_safe_call(ctx, thenable_then_unsafe, ps, 5, 1) != 0) call_reporting(ctx, c + 2, -1);
      return;
    }
  }
  push_resolving_functions(ctx, ps, p);
  duk_idx_t fns = duk_get_top_index(ctx) - 1;
  duk_dup(ctx, then);
  duk_dup(ctx, thenable);
  duk_dup(ctx, fns);
  duk_dup(ctx, fns + 1);
  if (duk_pcall_method(ctx, 2) != 0) call_reporting(ctx, fns + 1, -1);
}

void duv__promise_job(duk_context *ctx, int kind, duk_idx_t base) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (kind == DUV__JOB_THENABLE) {
    thenable_job(ctx, ps, base);
    return;
  }
  if (duk_is_array(ctx, base)) {
    capability_job(ctx, kind, base);
    return;
  }
  /* A native promise: made by `then` (its record holds the handlers), or
   * following the promise that settled (no handlers). */
  duk_idx_t q = base, arg = base + 1;
  duk_get_prop_heapptr(ctx, q, ps->k_state);
  duk_idx_t rec = base + 2;
  int flags = duv__promise_flags(ctx, rec);
  if ((flags & DUV__P_STATE) != DUV__P_PENDING) return;
  int has = kind == DUV__JOB_FULFILL ? DUV__P_ONF : DUV__P_ONR;
  if (flags & has)
    duk_get_prop_index(ctx, rec, kind == DUV__JOB_FULFILL ? DUV__PS_ONF : DUV__PS_ONR);
  else
    duk_push_undefined(ctx);
  if (flags & (DUV__P_ONF | DUV__P_ONR)) {
    /* Handlers run once: let them go. */
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, rec, DUV__PS_ONF);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, rec, DUV__PS_ONR);
    duv__promise_set_flags(ctx, rec, flags & ~(DUV__P_ONF | DUV__P_ONR));
  }
  if (duk_is_undefined(ctx, -1)) {
    if (kind == DUV__JOB_FULFILL)
      resolve_record(ctx, ps, q, rec, arg);
    else
      settle(ctx, ps, q, rec, DUV__P_REJECTED, arg);
    return;
  }
  duk_push_undefined(ctx);
  duk_dup(ctx, arg);
  if (duk_pcall_method(ctx, 1) == 0)
    resolve_record(ctx, ps, q, rec, -1);
  else if (!exiting(ctx))
    settle(ctx, ps, q, rec, DUV__P_REJECTED, -1);
}

/* ---- Capabilities, PromiseResolve, Invoke ---- */

static duk_ret_t capability_executor(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_set_top(ctx, 2);
  duv__push_function_data(ctx, ps);
  for (int i = 1; i <= 2; i++) {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)i);
    if (!duk_is_undefined(ctx, -1)) {
      duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR,
                         "Promise executor has already been invoked with non-undefined arguments");
      return duk_throw(ctx);
    }
    duk_pop(ctx);
  }
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, 2, 1);
  duk_dup(ctx, 1);
  duk_put_prop_index(ctx, 2, 2);
  return 0;
}

void duv__promise_new_capability(duk_context *ctx, duv__promise_rt *ps, duk_idx_t c) {
  c = duk_normalize_index(ctx, c);
  if (!duk_is_constructable(ctx, c)) duv__throw_type_value(ctx, "%s is not a constructor", c, 0);
  if (duk_get_heapptr(ctx, c) == ps->ctor) {
    duk_push_bare_array(ctx);
    push_promise(ctx, ps, DUV__P_PENDING, DUV__NO_DATA, DUV__NO_DATA);
    push_resolving_functions(ctx, ps, -1);
    duk_put_prop_index(ctx, -4, 2);
    duk_put_prop_index(ctx, -3, 1);
    duk_put_prop_index(ctx, -2, 0);
    return;
  }
  duk_push_bare_array(ctx);
  duk_idx_t rec = duk_get_top_index(ctx);
  duk_dup(ctx, c);
  duv__push_function(ctx, ps, capability_executor, 2, "", 2, rec);
  duk_new(ctx, 1);
  duk_put_prop_index(ctx, rec, 0);
  for (int i = 1; i <= 2; i++) {
    duk_get_prop_index(ctx, rec, (duk_uarridx_t)i);
    if (!duk_is_callable(ctx, -1)) {
      duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR,
                         "Promise resolve or reject function is not callable");
      (void)duk_throw(ctx);
    }
    duk_pop(ctx);
  }
}

void duv__promise_resolve_with(duk_context *ctx, duv__promise_rt *ps, duk_idx_t c, duk_idx_t x) {
  c = duk_normalize_index(ctx, c);
  x = duk_normalize_index(ctx, x);
  if (duv__promise_get(ctx, ps, x) >= 0) {
    duk_pop(ctx);
    duk_get_prop_heapptr(ctx, x, ps->k_constructor);
    int same = duk_samevalue(ctx, -1, c);
    duk_pop(ctx);
    if (same) {
      duk_dup(ctx, x);
      return;
    }
  }
  if (duk_get_heapptr(ctx, c) == ps->ctor) {
    push_promise(ctx, ps, DUV__P_PENDING, DUV__NO_DATA, DUV__NO_DATA);
    duk_get_prop_heapptr(ctx, -1, ps->k_state);
    resolve_record(ctx, ps, -2, -1, x);
    duk_pop(ctx);
    return;
  }
  duv__promise_new_capability(ctx, ps, c);
  duk_get_prop_index(ctx, -1, 1);
  duk_push_undefined(ctx);
  duk_dup(ctx, x);
  duk_call_method(ctx, 1);
  duk_pop(ctx);
  duk_get_prop_index(ctx, -1, 0);
  duk_remove(ctx, -2);
}

void duv__promise_invoke_then(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t a,
                              duk_idx_t b) {
  p = duk_normalize_index(ctx, p);
  a = duk_normalize_index(ctx, a);
  if (b != DUV__NO_DATA) b = duk_normalize_index(ctx, b);
  if (duk_is_null_or_undefined(ctx, p)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "Cannot read properties of %s (reading 'then')",
                       duk_is_null(ctx, p) ? "null" : "undefined");
    (void)duk_throw(ctx);
  }
  duk_get_prop_heapptr(ctx, p, ps->k_then);
  if (!duk_is_callable(ctx, -1)) duv__throw_type_value(ctx, "%s is not a function", -1, 1);
  if (duk_get_heapptr(ctx, -1) == ps->then_fn && b != DUV__NO_DATA) {
    if (duv__promise_get(ctx, ps, p) >= 0) {
      then_impl(ctx, ps, p, -1, a, b);
      duk_remove(ctx, -2);
      duk_remove(ctx, -2);
      return;
    }
  }
  duk_dup(ctx, p);
  duk_dup(ctx, a);
  if (b != DUV__NO_DATA) duk_dup(ctx, b);
  duk_call_method(ctx, b != DUV__NO_DATA ? 2 : 1);
}

/* ---- The constructor and methods ---- */

static void refuse_construct(duk_context *ctx, const char *name) {
  if (duk_is_constructor_call(ctx)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "%s is not a constructor", name);
    (void)duk_throw(ctx);
  }
}

static duk_ret_t promise_constructor(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (!duk_is_constructor_call(ctx)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR,
                       "Promise constructor cannot be invoked without 'new'");
    return duk_throw(ctx);
  }
  duk_set_top(ctx, 1);
  if (!duk_is_callable(ctx, 0))
    return duv__throw_type_value(ctx, "Promise resolver %s is not a function", 0, 0);
  duk_push_this(ctx); /* 1: the new object, prototype from new.target */
  push_record(ctx, DUV__P_PENDING, DUV__NO_DATA, DUV__NO_DATA);
  duk_put_prop_heapptr(ctx, 1, ps->k_state);
  push_resolving_functions(ctx, ps, 1); /* 2, 3 */
  duk_dup(ctx, 0);
  duk_push_undefined(ctx);
  duk_dup(ctx, 2);
  duk_dup(ctx, 3);
  if (duk_pcall_method(ctx, 2) != 0) {
    /* process.exit() in the executor unwinds; anything else rejects. */
    if (exiting(ctx)) return duk_throw(ctx);
    duk_dup(ctx, 3);
    duk_push_undefined(ctx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
  duk_dup(ctx, 1);
  return 1;
}

static duk_ret_t promise_then(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  refuse_construct(ctx, "Promise.prototype.then");
  duk_set_top(ctx, 2);
  duk_push_this(ctx);
  if (duv__promise_get(ctx, ps, 2) < 0)
    return duv__throw_type_value(
        ctx, "Method Promise.prototype.then called on incompatible receiver %s", 2, 0);
  then_impl(ctx, ps, 2, 3, 0, 1);
  return 1;
}

static duk_ret_t promise_catch(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  refuse_construct(ctx, "Promise.prototype.catch");
  duk_set_top(ctx, 1);
  duk_push_this(ctx);
  duk_push_undefined(ctx);
  duv__promise_invoke_then(ctx, ps, 1, 2, 0);
  return 1;
}

/* thenFinally / catchFinally: data [onFinally, C]. */
static duk_ret_t value_thunk(duk_context *ctx) {
  duv__push_function_data(ctx, duv__promises(ctx));
  return 1;
}

static duk_ret_t thrower(duk_context *ctx) {
  duv__push_function_data(ctx, duv__promises(ctx));
  return duk_throw(ctx);
}

static duk_ret_t finally_reaction(duk_context *ctx, duk_c_function then_fn) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_set_top(ctx, 1);
  duv__push_function_data(ctx, ps); /* 1 */
  duk_get_prop_index(ctx, 1, 0);
  duk_push_undefined(ctx);
  duk_call_method(ctx, 0);                           /* 2: result */
  duk_get_prop_index(ctx, 1, 1);                     /* 3: C */
  duv__promise_resolve_with(ctx, ps, 3, 2);          /* 4 */
  duv__push_function(ctx, ps, then_fn, 0, "", 0, 0); /* 5 */
  duv__promise_invoke_then(ctx, ps, 4, 5, DUV__NO_DATA);
  return 1;
}

static duk_ret_t then_finally(duk_context *ctx) {
  return finally_reaction(ctx, value_thunk);
}
static duk_ret_t catch_finally(duk_context *ctx) {
  return finally_reaction(ctx, thrower);
}

static duk_ret_t promise_finally(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  refuse_construct(ctx, "Promise.prototype.finally");
  duk_set_top(ctx, 1);
  duk_push_this(ctx); /* 1 */
  if (!duk_is_object(ctx, 1)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "Promise.prototype.finally called on non-object");
    return duk_throw(ctx);
  }
  species_constructor(ctx, ps, 1); /* 2 */
  if (!duk_is_callable(ctx, 0)) {
    duk_dup(ctx, 0);
    duk_dup(ctx, 0);
  } else {
    duk_push_bare_array(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_index(ctx, -2, 0);
    duk_dup(ctx, 2);
    duk_put_prop_index(ctx, -2, 1); /* 3: data */
    duv__push_function(ctx, ps, then_finally, 1, "", 1, 3);
    duv__push_function(ctx, ps, catch_finally, 1, "", 1, 3);
    duk_remove(ctx, 3);
  }
  duv__promise_invoke_then(ctx, ps, 1, 3, 4);
  return 1;
}

static duk_ret_t promise_resolve(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  refuse_construct(ctx, "Promise.resolve");
  duk_set_top(ctx, 1);
  duk_push_this(ctx);
  if (!duk_is_object(ctx, 1)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "PromiseResolve called on non-object");
    return duk_throw(ctx);
  }
  duv__promise_resolve_with(ctx, ps, 1, 0);
  return 1;
}

static duk_ret_t promise_reject(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  refuse_construct(ctx, "Promise.reject");
  duk_set_top(ctx, 1);
  duk_push_this(ctx);
  if (!duk_is_object(ctx, 1)) {
    duv__push_js_error(ctx, DUK_ERR_TYPE_ERROR, "PromiseReject called on non-object");
    return duk_throw(ctx);
  }
  if (duk_get_heapptr(ctx, 1) == ps->ctor) {
    push_promise(ctx, ps, DUV__P_PENDING, DUV__NO_DATA, DUV__NO_DATA);
    duk_get_prop_heapptr(ctx, -1, ps->k_state);
    settle(ctx, ps, -2, -1, DUV__P_REJECTED, 0);
    duk_pop(ctx);
    return 1;
  }
  duv__promise_new_capability(ctx, ps, 1);
  duk_get_prop_index(ctx, -1, 2);
  duk_push_undefined(ctx);
  duk_dup(ctx, 0);
  duk_call_method(ctx, 1);
  duk_pop(ctx);
  duk_get_prop_index(ctx, -1, 0);
  return 1;
}

/* ---- Set-up ---- */

static void *keep(duk_context *ctx, duk_idx_t keep_idx) {
  void *p = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, keep_idx, (duk_uarridx_t)duk_get_length(ctx, keep_idx));
  return p;
}

static void *keep_string(duk_context *ctx, duk_idx_t keep_idx, const char *s) {
  duk_push_string(ctx, s);
  return keep(ctx, keep_idx);
}

/* Stash an intrinsic method read from a global constructor's prototype. */
static void stash_intrinsic(duk_context *ctx, const char *global, const char *method,
                            const char *key) {
  duk_get_global_string(ctx, global);
  duk_get_prop_string(ctx, -1, "prototype");
  duk_get_prop_string(ctx, -1, method);
  duv__stash_put(ctx, key);
  duk_pop_2(ctx);
}

static void define_method(duk_context *ctx, duv__promise_rt *ps, duk_idx_t obj, const char *name,
                          duk_c_function fn, int nargs, int length) {
  obj = duk_normalize_index(ctx, obj);
  duk_push_string(ctx, name);
  duv__push_function(ctx, ps, fn, nargs, name, length, DUV__NO_DATA);
  duk_def_prop(ctx, obj,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
}

void duv__promise_init(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duv__promise_rt *ps = duk_push_fixed_buffer(ctx, sizeof(*ps));
  memset(ps, 0, sizeof(*ps));
  duv__stash_put(ctx, "promiseState");
  rt->promises = ps;

  duk_push_bare_array(ctx); /* everything the cached pointers point at */
  duk_idx_t kept = duk_get_top_index(ctx);
  ps->k_state = keep_string(ctx, kept, DUK_HIDDEN_SYMBOL("promiseState"));
  ps->k_data = keep_string(ctx, kept, DUK_HIDDEN_SYMBOL("promiseData"));
  ps->k_index = keep_string(ctx, kept, DUK_HIDDEN_SYMBOL("promiseIndex"));
  ps->k_then = keep_string(ctx, kept, "then");
  ps->k_constructor = keep_string(ctx, kept, "constructor");
  duk_get_global_string(ctx, "Symbol");
  duk_get_prop_string(ctx, -1, "iterator");
  duk_remove(ctx, -2);
  ps->sym_iterator = keep(ctx, kept);
  stash_intrinsic(ctx, "Object", "toString", "objectToString");
  stash_intrinsic(ctx, "Error", "toString", "errorToString");
  stash_intrinsic(ctx, "Function", "toString", "functionToString");
  stash_intrinsic(ctx, "Symbol", "toString", "symbolToString");

  /* Promise and Promise.prototype */
  duk_push_c_function(ctx, promise_constructor, 1);
  duv__set_function_meta(ctx, -1, "Promise", 1);
  duk_idx_t ctor = duk_get_top_index(ctx);
  duk_dup(ctx, ctor);
  ps->ctor = keep(ctx, kept);
  duk_push_object(ctx);
  duk_idx_t proto = duk_get_top_index(ctx);
  duk_dup(ctx, proto);
  ps->proto = keep(ctx, kept);
  duk_push_string(ctx, "prototype");
  duk_dup(ctx, proto);
  duk_def_prop(ctx, ctor,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_CLEAR_CONFIGURABLE | DUK_DEFPROP_FORCE);
  duk_push_string(ctx, "constructor");
  duk_dup(ctx, ctor);
  duk_def_prop(ctx, proto,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  define_method(ctx, ps, proto, "then", promise_then, 2, 2);
  duk_get_prop_string(ctx, proto, "then");
  ps->then_fn = keep(ctx, kept);
  define_method(ctx, ps, proto, "catch", promise_catch, 1, 1);
  define_method(ctx, ps, proto, "finally", promise_finally, 1, 1);
  duk_get_global_string(ctx, "Symbol");
  duk_get_prop_string(ctx, -1, "toStringTag");
  duk_remove(ctx, -2);
  duk_push_string(ctx, "Promise");
  duk_def_prop(ctx, proto,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);

  duv__aggregate_error_init(ctx, ps, kept);
  duv__promise_combinators_init(ctx, ctor);
  define_method(ctx, ps, ctor, "resolve", promise_resolve, 1, 1);
  duk_get_prop_string(ctx, ctor, "resolve");
  ps->resolve_fn = keep(ctx, kept);
  define_method(ctx, ps, ctor, "reject", promise_reject, 1, 1);
  duv__promise_rejections_init(ctx, ps, kept);

  duk_push_global_object(ctx);
  duk_push_string(ctx, "Promise");
  duk_dup(ctx, ctor);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_pop_3(ctx);
  duv__stash_put(ctx, "promiseKept");
}
