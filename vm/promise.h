/*
 * Internal to vm/promise*.c and vm/microtask.c: how a native Promise is laid
 * out and the operations the files share.
 *
 * A native promise is an ordinary object with one hidden-symbol property
 * (unreachable from JS), set when it is created: its state record, an
 * internal array. Keeping the mutable state out of the promise object itself
 * means Object.freeze(promise) cannot break it. The record holds the flags,
 * the result and, while the promise is pending, its reactions. A reaction is
 * either another native promise (the one `then` returned, whose record holds
 * the handlers; or a promise being resolved by this one, which has none) or,
 * when `then` ran for a foreign constructor, a capability record array
 * [promise, resolve, reject, onFulfilled, onRejected].
 *
 * Functions made here (resolving functions, element functions, ...) get their
 * data the same way: hidden properties written once at creation, pointing at
 * internal arrays that hold whatever changes.
 */
#ifndef DUV_VM_PROMISE_H
#define DUV_VM_PROMISE_H

#include "internal.h"

/* Slots of a promise's state record. */
enum {
  DUV__PS_FLAGS = 0,
  DUV__PS_RESULT,
  DUV__PS_REACT, /* the first reaction */
  DUV__PS_MORE,  /* an array of further reactions */
  DUV__PS_ONF,   /* handlers of a promise made by `then` */
  DUV__PS_ONR,
  DUV__PS_UID, /* rejection id, once 'unhandledRejection' was emitted */
  DUV__PS_SLOTS
};

/* The flags word of a promise. */
enum {
  DUV__P_PENDING = 0,
  DUV__P_FULFILLED = 1,
  DUV__P_REJECTED = 2,
  DUV__P_STATE = 3,        /* mask of the three above */
  DUV__P_HANDLED = 1 << 2, /* [[PromiseIsHandled]] */
  DUV__P_ONF = 1 << 3,     /* an onFulfilled handler is stored */
  DUV__P_ONR = 1 << 4,     /* an onRejected handler is stored */
  DUV__P_REACT = 1 << 5,   /* the first reaction is stored */
  DUV__P_MORE = 1 << 6,    /* an array of further reactions is stored */
  DUV__P_WARNED = 1 << 7   /* 'unhandledRejection' was emitted for it */
};

/* Per-runtime state: cached heap pointers of the hidden keys, property names
 * and intrinsics, all kept alive by an array in the heap stash. */
typedef struct duv__promise_rt {
  void *k_state, *k_data, *k_index; /* hidden keys */
  void *k_then, *k_constructor;     /* plain keys */
  void *ctor;                       /* %Promise% */
  void *proto;                      /* %Promise.prototype% */
  void *then_fn;                    /* %Promise.prototype.then% */
  void *resolve_fn;                 /* %Promise.resolve% */
  void *aggregate;                  /* %AggregateError.prototype% */
  void *sym_iterator;               /* Symbol.iterator */

  /* Unhandled rejections (vm/promise_rejections.c): promises rejected with
   * no handler ([promise, uid] pairs), and promises handled after
   * 'unhandledRejection' was emitted. Internal arrays used as queues. */
  void *pending;
  uint32_t pending_head, pending_tail;
  void *handled;
  uint32_t handled_head, handled_tail;
  uint32_t last_uid;
} duv__promise_rt;

static inline duv__promise_rt *duv__promises(duk_context *ctx) {
  return duv__runtime(ctx)->promises;
}

/* If the value at idx is a native promise, push its state record and return
 * its flags; otherwise push nothing and return -1. */
int duv__promise_get(duk_context *ctx, duv__promise_rt *ps, duk_idx_t idx);
static inline int duv__promise_flags(duk_context *ctx, duk_idx_t rec) {
  duk_get_prop_index(ctx, rec, DUV__PS_FLAGS);
  int f = duk_get_int(ctx, -1);
  duk_pop(ctx);
  return f;
}
static inline void duv__promise_set_flags(duk_context *ctx, duk_idx_t rec, int flags) {
  rec = duk_normalize_index(ctx, rec);
  duk_push_int(ctx, flags);
  duk_put_prop_index(ctx, rec, DUV__PS_FLAGS);
}

/* NewPromiseCapability(C) for the constructor at c: pushes the record array
 * [promise, resolve, reject]. Throws as the spec does. */
void duv__promise_new_capability(duk_context *ctx, duv__promise_rt *ps, duk_idx_t c);
/* PromiseResolve(C, x): pushes the promise. May throw. */
void duv__promise_resolve_with(duk_context *ctx, duv__promise_rt *ps, duk_idx_t c, duk_idx_t x);
/* Invoke(p, "then", a[, b]): pushes the result; b < 0 passes one argument.
 * May throw. */
void duv__promise_invoke_then(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t a,
                              duk_idx_t b);

/* Run a promise job whose values are at base.. (vm/microtask.c). */
void duv__promise_job(duk_context *ctx, int kind, duk_idx_t base);

/* HostPromiseRejectionTracker (vm/promise_rejections.c) for the promise at p
 * whose record is at rec: rejected with no handler / a handler added after
 * that. */
void duv__promise_track_reject(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p);
void duv__promise_track_handle(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                               int flags);
void duv__promise_rejections_init(duk_context *ctx, duv__promise_rt *ps, duk_idx_t keep);

/* Combinators and AggregateError (vm/promise_combinators.c). */
void duv__aggregate_error_init(duk_context *ctx, duv__promise_rt *ps, duk_idx_t keep);
void duv__promise_combinators_init(duk_context *ctx, duk_idx_t ctor);
/* Push a new AggregateError with the errors array at idx and a message. */
void duv__push_aggregate_error(duk_context *ctx, duv__promise_rt *ps, duk_idx_t errors,
                               const char *message);

/* Iterating an argument as the combinators do: the iteration protocol when
 * the value has Symbol.iterator; else arrays, strings, typed arrays and
 * arguments objects index by index (Duktape's own arrays are not iterable
 * yet). */
typedef struct {
  duk_idx_t source; /* the iterable */
  duk_idx_t iter;   /* the iterator, for the protocol */
  duk_idx_t next;   /* its next method */
  int mode;         /* DUV__ITER_* */
  uint32_t index;   /* position, for index-by-index modes */
  int done;         /* [[Done]]: no IteratorClose needed after an error */
} duv__iter;
enum { DUV__ITER_PROTOCOL, DUV__ITER_INDEXED, DUV__ITER_STRING };
/* GetIterator: pushes the iterator and next method for the protocol (nothing
 * otherwise). Throws a TypeError when the value is not iterable. */
void duv__iter_open(duk_context *ctx, duv__promise_rt *ps, duv__iter *it, duk_idx_t source);
/* IteratorStep and IteratorValue: pushes the next value and returns 1, or
 * returns 0 at the end. Errors propagate with it->done set. */
int duv__iter_step(duk_context *ctx, duv__iter *it);
/* IteratorClose after an error: calls return(), ignoring what it does. */
void duv__iter_close(duk_context *ctx, duv__iter *it);

/* V8's side-effect-free description of a value (%NoSideEffectsToString):
 * "#<Object>", "[object Array]", "function f() {...}", "Error: boom", "42". */
void duv__push_value_summary(duk_context *ctx, duk_idx_t idx);
/* V8's typed description used in "... is not a function / iterable":
 * "number 5", "string \"x\"", "object null", "undefined", "object". */
void duv__push_type_summary(duk_context *ctx, duk_idx_t idx);
/* Push an error of the given type (DUK_ERR_*) with a printf-style message,
 * blaming the calling JavaScript (no C file and line in its stack). */
void duv__push_js_error(duk_context *ctx, duk_errcode_t type, const char *fmt, ...);
/* Throw a TypeError whose message is fmt with its one %s replaced by the
 * summary of the value at idx (the type summary when typed is set). */
duk_ret_t duv__throw_type_value(duk_context *ctx, const char *fmt, duk_idx_t idx, int typed);

/* Give a built-in function its `name` and `length`. */
void duv__set_function_meta(duk_context *ctx, duk_idx_t idx, const char *name, int length);
/* Push a native function with `length` and `name` as built-ins have them and
 * the value at data_idx (DUV__NO_DATA for none) under the hidden data key. */
#define DUV__NO_DATA ((duk_idx_t)0x7fffffff)
void duv__push_function(duk_context *ctx, duv__promise_rt *ps, duk_c_function fn, int nargs,
                        const char *name, int length, duk_idx_t data_idx);
/* Push the data of the native function being called. */
void duv__push_function_data(duk_context *ctx, duv__promise_rt *ps);

#endif
