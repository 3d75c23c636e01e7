/*
 * The microtask queue: a ring of functions kept in a stash array, run after
 * the nextTick queue (see processTicksAndRejections in bindings/lib/internal/
 * process/task_queues.js) until empty, including microtasks queued by
 * microtasks.
 */
#include "internal.h"

static duk_ret_t queue_microtask(duk_context *ctx) {
  if (!duk_is_function(ctx, 0))
    return duv__throw_arg_type(ctx, "callback", "function", 0);
  duk_dup(ctx, 0);
  duv__microtask_enqueue(ctx);
  return 0;
}

static duk_ret_t run_microtasks(duk_context *ctx) {
  duv__microtasks_run(duv__runtime(ctx));
  return 0;
}

void duv__microtask_setup(duk_context *ctx) {
  duk_push_array(ctx);
  duv__stash_put(ctx, DUV__STASH_MICROTASKS);
  duk_push_global_object(ctx);
  duk_push_c_function(ctx, queue_microtask, 1);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "queueMicrotask");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_put_prop_string(ctx, -2, "queueMicrotask");
  duk_pop(ctx);
  /* runMicrotasks for the tick processor. */
  duk_push_c_function(ctx, run_microtasks, 0);
  duv__stash_put(ctx, "runMicrotasks");
}

void duv__microtask_enqueue(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duv__stash_get(ctx, DUV__STASH_MICROTASKS);
  duk_insert(ctx, -2);
  duk_put_prop_index(ctx, -2, rt->microtask_tail++);
  duk_pop(ctx);
}

int duv__microtasks_pending(duv_runtime_t *rt) { return rt->microtask_head != rt->microtask_tail; }

void duv__microtasks_run(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  if (rt->microtask_head == rt->microtask_tail) return;
  duv__stash_get(ctx, DUV__STASH_MICROTASKS);
  while (rt->microtask_head != rt->microtask_tail && !rt->exiting) {
    uint32_t i = rt->microtask_head++;
    duk_get_prop_index(ctx, -1, i);
    duk_del_prop_index(ctx, -2, i);
    duk_push_undefined(ctx);
    rt->call_depth++;
    int rc = duk_pcall_method(ctx, 0);
    rt->call_depth--;
    if (rc != 0)
      duv__report_uncaught(rt);
    else
      duk_pop(ctx);
  }
  if (rt->microtask_head == rt->microtask_tail) {
    rt->microtask_head = rt->microtask_tail = 0;
    duk_set_length(ctx, -1, 0);
  }
  duk_pop(ctx);
}
