/*
 * process.nextTick, in C: a call queues the callback, the number of
 * arguments and the arguments themselves flat on one JS array that
 * processTicksAndRejections (bindings/lib/internal/process/task_queues.js)
 * reads from its head. A native function counts its arguments without an
 * `arguments` object, and a flat entry needs no tock object or argument
 * array: a JS nextTick made three objects per call and cost 2 µs a tick,
 * with streams queueing three ticks per chunk.
 */
#include "internal.h"
#include "promise.h"

#define STASH_TICK_QUEUE "tickQueue"

/* nextTick(callback, ...args) */
static duk_ret_t next_tick(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_idx_t nargs = duk_get_top(ctx);
  if (!duk_is_function(ctx, 0)) return duv__throw_arg_type(ctx, "callback", "function", 0);
  /* Ticks queued once 'exit' is emitted never run (Node checks the same). */
  duk_push_heapptr(ctx, rt->process_obj);
  duk_bool_t exiting = duk_get_prop_literal(ctx, -1, "_exiting") && duk_to_boolean(ctx, -1);
  duk_pop_2(ctx);
  if (exiting) return 0;
  duk_push_heapptr(ctx, rt->tick_queue);
  duk_uarridx_t at = (duk_uarridx_t)duk_get_length(ctx, -1);
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, -2, at++);
  duk_push_uint(ctx, (duk_uint_t)(nargs - 1));
  duk_put_prop_index(ctx, -2, at++);
  for (duk_idx_t i = 1; i < nargs; i++) {
    duk_dup(ctx, i);
    duk_put_prop_index(ctx, -2, at++);
  }
  rt->tick_scheduled = 1;
  return 0;
}

void duv__next_tick_setup(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  /* A plain array: processTicksAndRejections slices it for ticks of more
   * than three arguments. */
  duk_push_array(ctx);
  rt->tick_queue = duk_get_heapptr(ctx, -1);
  duv__stash_put(ctx, STASH_TICK_QUEUE);
}

void duv__push_next_tick(duk_context *ctx) {
  duk_push_c_function(ctx, next_tick, DUK_VARARGS);
  duv__set_function_meta(ctx, -1, "nextTick", 1);
}
