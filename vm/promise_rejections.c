/*
 * Unhandled rejections, as Node 20 does by default
 * (--unhandled-rejections=throw). A promise rejected while it has no handler
 * is remembered with a rejection id; a handler added later in the same tick
 * marks it handled. After the microtasks drain, the tick processor
 * (bindings/lib/internal/process/task_queues.js) calls processRejections,
 * which hands what is left to bindings/lib/internal/process/promises.js:
 * 'unhandledRejection' listeners, or an uncaught exception. A promise handled
 * after 'unhandledRejection' was emitted for it is reported again, for
 * 'rejectionHandled'.
 *
 * The lists are internal arrays used as queues: the pending list holds
 * [promise, id] pairs, the handled-late list [promise, id] pairs.
 */
#include "promise.h"

#define STASH_HANDLER "promiseRejectionHandler"

static void queue_pair(duk_context *ctx, void *list, uint32_t *tail, duk_idx_t p, duk_idx_t id) {
  p = duk_normalize_index(ctx, p);
  id = duk_normalize_index(ctx, id);
  duk_push_heapptr(ctx, list);
  duk_dup(ctx, p);
  duk_put_prop_index(ctx, -2, *tail * 2);
  duk_dup(ctx, id);
  duk_put_prop_index(ctx, -2, *tail * 2 + 1);
  duk_pop(ctx);
  (*tail)++;
}

/* Push the pair at the head of a list as [promise, id] values (2 pushes),
 * emptying its slots; resets the list when it is then empty. */
static void take_pair(duk_context *ctx, void *list, uint32_t *head, uint32_t *tail) {
  duk_push_heapptr(ctx, list);
  for (uint32_t i = 0; i < 2; i++) {
    duk_get_prop_index(ctx, -1 - (duk_idx_t)i, *head * 2 + i);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -3 - (duk_idx_t)i, *head * 2 + i);
  }
  (*head)++;
  if (*head == *tail) {
    *head = *tail = 0;
    duk_set_length(ctx, -3, 0);
  }
  duk_remove(ctx, -3);
}

void duv__promise_track_reject(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p) {
  p = duk_normalize_index(ctx, p);
  duk_push_uint(ctx, ++ps->last_uid);
  queue_pair(ctx, ps->pending, &ps->pending_tail, p, -1);
  duk_pop(ctx);
}

void duv__promise_track_handle(duk_context *ctx, duv__promise_rt *ps, duk_idx_t p, duk_idx_t rec,
                               int flags) {
  /* Not yet reported: the pending entry is skipped as the promise is now
   * handled. Reported: 'rejectionHandled' is due. */
  if (!(flags & DUV__P_WARNED)) return;
  p = duk_normalize_index(ctx, p);
  duk_get_prop_index(ctx, rec, DUV__PS_UID);
  queue_pair(ctx, ps->handled, &ps->handled_tail, p, -1);
  duk_pop(ctx);
}

int duv__promise_rejections_pending(duv_runtime_t *rt) {
  const duv__promise_rt *ps = rt->promises;
  return ps != NULL &&
         (ps->pending_head != ps->pending_tail || ps->handled_head != ps->handled_tail);
}

/* processRejections(): the tick drain's hook (vm/next_tick.c). Returns
 * whether anything ran that may have queued more ticks or microtasks. */
static duk_ret_t process_rejections(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (ps->pending_head == ps->pending_tail && ps->handled_head == ps->handled_tail) {
    duk_push_false(ctx);
    return 1;
  }
  duv__stash_get(ctx, STASH_HANDLER);
  if (!duk_is_function(ctx, -1)) {
    duk_push_false(ctx);
    return 1;
  }
  duk_push_undefined(ctx);
  duk_call_method(ctx, 0);
  duk_to_boolean(ctx, -1);
  return 1;
}

duk_ret_t duv__promise_process_rejections(duk_context *ctx, void *udata) {
  (void)udata;
  return process_rejections(ctx);
}

static duk_ret_t set_rejection_handler(duk_context *ctx) {
  duk_dup(ctx, 0);
  duv__stash_put(ctx, STASH_HANDLER);
  return 0;
}

/* nextHandledLate() -> [promise, id] of a promise handled after
 * 'unhandledRejection' was emitted for it, or null. */
static duk_ret_t next_handled_late(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (ps->handled_head == ps->handled_tail) {
    duk_push_null(ctx);
    return 1;
  }
  duk_push_array(ctx);
  take_pair(ctx, ps->handled, &ps->handled_head, &ps->handled_tail);
  duk_put_prop_index(ctx, -3, 1);
  duk_put_prop_index(ctx, -2, 0);
  return 1;
}

static duk_ret_t pending_count(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  duk_push_uint(ctx, ps->pending_tail - ps->pending_head);
  return 1;
}

/* nextUnhandled() -> [promise, reason] of the next promise still rejected
 * with no handler (now marked as reported), null when the next one got a
 * handler since, undefined when there is none. */
static duk_ret_t next_unhandled(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  if (ps->pending_head == ps->pending_tail) return 0;
  take_pair(ctx, ps->pending, &ps->pending_head, &ps->pending_tail); /* 0: p, 1: id */
  int flags = duv__promise_get(ctx, ps, 0);                          /* 2: rec */
  if (flags < 0 || (flags & DUV__P_HANDLED)) {
    duk_push_null(ctx);
    return 1;
  }
  duv__promise_set_flags(ctx, 2, flags | DUV__P_WARNED);
  duk_dup(ctx, 1);
  duk_put_prop_index(ctx, 2, DUV__PS_UID);
  duk_push_array(ctx);
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, -2, 0);
  duk_get_prop_index(ctx, 2, DUV__PS_RESULT);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

/* dropPending(n): forget the next n pending rejections unreported. */
static duk_ret_t drop_pending(duk_context *ctx) {
  duv__promise_rt *ps = duv__promises(ctx);
  uint32_t n = duk_get_uint(ctx, 0);
  for (; n > 0 && ps->pending_head != ps->pending_tail; n--) {
    take_pair(ctx, ps->pending, &ps->pending_head, &ps->pending_tail);
    duk_pop_2(ctx);
  }
  return 0;
}

/* triggerUncaughtException(err): an unhandled rejection raised as an
 * uncaught exception, origin 'unhandledRejection'. */
static duk_ret_t trigger_uncaught(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_dup(ctx, 0);
  duv__report_uncaught_origin(rt, "unhandledRejection");
  /* No listener: the runtime is exiting; unwind whatever called us. */
  if (rt->exiting) return duk_error(ctx, DUK_ERR_ERROR, "unhandled rejection");
  return 0;
}

/* getPromiseDetails(value) -> [state, result] of a native promise (state 0
 * pending, 1 fulfilled, 2 rejected; no result while pending), else
 * undefined. For util.inspect. */
static duk_ret_t get_promise_details(duk_context *ctx) {
  int flags = duv__promise_get(ctx, duv__promises(ctx), 0);
  if (flags < 0) return 0;
  int state = flags & DUV__P_STATE;
  duk_push_array(ctx);
  duk_push_int(ctx, state);
  duk_put_prop_index(ctx, -2, 0);
  if (state != DUV__P_PENDING) {
    duk_get_prop_index(ctx, 1, DUV__PS_RESULT);
    duk_put_prop_index(ctx, -2, 1);
  }
  return 1;
}

/* describe(value) -> V8's side-effect-free description of the value. */
static duk_ret_t describe(duk_context *ctx) {
  duv__push_value_summary(ctx, 0);
  return 1;
}

void duv__promise_rejections_init(duk_context *ctx, duv__promise_rt *ps, duk_idx_t keep) {
  duk_push_bare_array(ctx);
  ps->pending = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, keep, (duk_uarridx_t)duk_get_length(ctx, keep));
  duk_push_bare_array(ctx);
  ps->handled = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, keep, (duk_uarridx_t)duk_get_length(ctx, keep));
}

void duv__binding_promise(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"setRejectionHandler", set_rejection_handler, 1},
                                                {"nextHandledLate", next_handled_late, 0},
                                                {"pendingCount", pending_count, 0},
                                                {"nextUnhandled", next_unhandled, 0},
                                                {"dropPending", drop_pending, 1},
                                                {"triggerUncaughtException", trigger_uncaught, 1},
                                                {"describe", describe, 1},
                                                {"getPromiseDetails", get_promise_details, 1},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
