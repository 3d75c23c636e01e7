/*
 * Limits on what a script may take: the time of one entry into JavaScript,
 * an interrupt from any thread, and (in vm/runtime.c's allocator) the heap's
 * size.
 *
 * Duktape calls duv__exec_should_stop() every 256K bytecode instructions
 * (DUK_USE_EXEC_TIMEOUT_CHECK); once it says yes it keeps throwing from every
 * catch point until the script has unwound, so a script cannot catch its
 * own stop. While a stop is under way the runtime is marked exiting, which
 * keeps every other path from running JS; the outermost entry point then
 * turns the stop into an exception the host fetches and clears the mark.
 */
#include <stdatomic.h>

#include "capi.h"
#include "internal.h"

static int stop(duv_runtime_t *rt, int reason) {
  rt->stop_reason = reason;
  rt->exiting = 1;
  return 1;
}

int duv__exec_should_stop(void *udata) {
  duv_runtime_t *rt = udata;
  if (rt == NULL) return 0;
  if (rt->exiting) return 1;
  if (atomic_load_explicit(&rt->interrupt_requested, memory_order_relaxed))
    return stop(rt, DUV__STOP_INTERRUPT);
  if (rt->deadline_ns != 0 && uv_hrtime() >= rt->deadline_ns) return stop(rt, DUV__STOP_TIMEOUT);
  return 0;
}

void duv_runtime_interrupt(duv_runtime_t *rt) {
  atomic_store_explicit(&rt->interrupt_requested, 1, memory_order_relaxed);
}

void duv__limits_enter(duv_runtime_t *rt) {
  if (rt->time_limit_ns != 0) rt->deadline_ns = uv_hrtime() + rt->time_limit_ns;
}

void duv__limits_leave(duv_runtime_t *rt) {
  rt->deadline_ns = 0;
  if (rt->stop_reason == DUV__STOP_NONE) return;
  int reason = rt->stop_reason;
  rt->stop_reason = DUV__STOP_NONE;
  rt->exiting = 0;
  atomic_store_explicit(&rt->interrupt_requested, 0, memory_order_relaxed);
  if (reason == DUV__STOP_TIMEOUT)
    duv_error_set(rt, DUV_ERROR, "ERR_SCRIPT_EXECUTION_TIMEOUT",
                  "Script execution timed out after %llums",
                  (unsigned long long)(rt->time_limit_ns / 1000000u));
  else
    duv_error_set(rt, DUV_ERROR, "ERR_SCRIPT_EXECUTION_INTERRUPTED",
                  "Script execution was interrupted");
  if (rt->in_loop) {
    rt->stopped_by_limit = 1;
    uv_stop(rt->loop);
  }
}
