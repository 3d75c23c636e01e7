/*
 * process.nextTick and the drain that runs after every callback from C
 * (Node's processTicksAndRejections).
 *
 * nextTick, in C, queues the callback, the number of arguments and the
 * arguments themselves flat on one JS array that runTicks
 * (bindings/lib/internal/process/task_queues.js) reads from its head. A
 * native function counts its arguments without an `arguments` object, and a
 * flat entry needs no tock object or argument array: a JS nextTick made
 * three objects per call and cost 2 µs a tick, with streams queueing three
 * ticks per chunk.
 *
 * The drain is Node's loop: the whole tick queue, then the microtasks, again
 * while either has work, then the promise rejection hook, again if it ran
 * anything. Kept in C, it calls into JS only for ticks and rejections that
 * are there: it was a JS loop making three native calls per drain.
 */
#include "internal.h"
#include "promise.h"

#define STASH_TICK_QUEUE "tickQueue"

/* nextTick(callback, ...args) */
static duk_ret_t next_tick(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_idx_t nargs = duk_get_top(ctx);
  if (!duk_is_function(ctx, 0)) {
    duk_set_top(ctx, 1); /* nextTick(): the value received is undefined */
    return duv__throw_arg_type(ctx, "callback", "function", 0);
  }
  /* Ticks queued once 'exit' is emitted never run (Node checks the same). */
  duk_push_heapptr(ctx, rt->process_obj);
  duk_bool_t exiting = duk_get_prop_literal(ctx, -1, "_exiting") && duk_to_boolean(ctx, -1);
  duk_pop_2(ctx);
  if (exiting) return 0;
  duk_push_heapptr(ctx, rt->tick_queue);
  duk_uarridx_t at = (duk_uarridx_t)duk_get_length(ctx, -1);
  /* The entry takes slots at .. at + nargs. Writing the last one first
   * grows the array once: if that fails (out of memory) nothing is queued,
   * and the writes into the slots before it allocate nothing. */
  if (nargs == 1)
    duk_push_uint(ctx, 0); /* the count is the last slot */
  else
    duk_dup(ctx, nargs - 1); /* the last argument is */
  duk_put_prop_index(ctx, -2, at + (duk_uarridx_t)nargs);
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, -2, at);
  duk_push_uint(ctx, (duk_uint_t)(nargs - 1));
  duk_put_prop_index(ctx, -2, at + 1);
  for (duk_idx_t i = 1; i < nargs - 1; i++) {
    duk_dup(ctx, i);
    duk_put_prop_index(ctx, -2, at + 1 + (duk_uarridx_t)i);
  }
  rt->tick_scheduled = 1;
  return 0;
}

void duv__next_tick_setup(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  /* A plain array: runTicks slices it for ticks of more than three
   * arguments. */
  duk_push_array(ctx);
  rt->tick_queue = duk_get_heapptr(ctx, -1);
  duv__stash_put(ctx, STASH_TICK_QUEUE);
}

void duv__push_next_tick(duk_context *ctx) {
  duk_push_c_function(ctx, next_tick, DUK_VARARGS);
  duv__set_function_meta(ctx, -1, "nextTick", 1);
}

/* runTicks empties the queue (length 0) once it has read it to the end; a
 * tick that throws leaves the rest queued. */
static int ticks_queued(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  duk_push_heapptr(ctx, rt->tick_queue);
  int queued = duk_get_length(ctx, -1) != 0;
  duk_pop(ctx);
  if (!queued) rt->tick_scheduled = 0;
  return queued;
}

/* One step of the drain: 1 when it ran something, 0 when nothing waits, -1
 * with the error on the stack when what it ran threw. */
static int drain_step(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  if (rt->tick_scheduled && ticks_queued(rt)) {
    duv__stash_get(ctx, DUV__STASH_TICKS);
    duk_push_undefined(ctx);
    if (duk_pcall_method(ctx, 0) != 0) return -1;
    duk_pop(ctx);
    return 1;
  }
  if (duv__microtasks_pending(rt)) {
    duv__microtasks_run(rt);
    return 1;
  }
  if (duv__promise_rejections_pending(rt)) {
    if (duk_safe_call(ctx, duv__promise_process_rejections, NULL, 0, 1) != 0) return -1;
    int ran = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    return ran;
  }
  return 0;
}

void duv__drain_ticks(duv_runtime_t *rt) {
  if (rt->exiting || (!rt->tick_scheduled && !duv__microtasks_pending(rt) &&
                      !duv__promise_rejections_pending(rt)))
    return;
  rt->call_depth++;
  int rc;
  while (!rt->exiting && (rc = drain_step(rt)) != 0) {
    /* A tick threw: report it, then go on with the rest of the queue. */
    if (rc < 0) duv__report_uncaught(rt);
  }
  rt->call_depth--;
}

/* processTicksAndRejections() for JS (timers.js between immediates): the
 * same drain, but an error propagates to the caller. */
static duk_ret_t drain_ticks_js(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  int rc;
  while (!rt->exiting && (rc = drain_step(rt)) != 0) {
    if (rc < 0) return duk_throw(ctx);
  }
  return 0;
}

void duv__push_drain_ticks(duk_context *ctx) {
  duk_push_c_function(ctx, drain_ticks_js, 0);
  duv__set_function_meta(ctx, -1, "processTicksAndRejections", 0);
}
