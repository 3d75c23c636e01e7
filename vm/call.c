/*
 * Entering JavaScript from C: every entry is a protected call, an error that
 * escapes goes to Node's uncaught-exception machinery, and the outermost call
 * drains process.nextTick and the microtasks afterwards (Node's
 * InternalCallbackScope).
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Last resort when the JS reporter cannot run: print what Duktape knows. */
static void print_raw_error(duv_runtime_t *rt, duk_idx_t idx) {
  duk_context *ctx = rt->ctx;
  const char *text = duk_safe_to_stacktrace(ctx, idx);
  duv__write_stdio(rt, 2, text, strlen(text));
  duv__write_stdio(rt, 2, "\n", 1);
  duk_pop(ctx); /* duk_safe_to_stacktrace replaced the value with a string; drop its copy */
}

void duv__report_uncaught(duv_runtime_t *rt) { duv__report_uncaught_origin(rt, NULL); }

void duv__report_uncaught_origin(duv_runtime_t *rt, const char *origin) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting) {
    duk_pop(ctx);
    return;
  }
  duv__stash_get(ctx, DUV__STASH_UNCAUGHT);
  if (!duk_is_function(ctx, -1)) {
    /* Before the bootstrap installed the reporter. */
    duk_pop(ctx);
    print_raw_error(rt, -1);
    duv__request_exit(rt, 1);
    return;
  }
  duk_push_undefined(ctx);
  duk_dup(ctx, -3);
  if (origin != NULL) duk_push_string(ctx, origin);
  rt->call_depth++;
  int rc = duk_pcall_method(ctx, origin != NULL ? 2 : 1);
  rt->call_depth--;
  if (rc != 0) {
    /* An 'uncaughtException' listener threw: Node prints it and exits with 7. */
    if (!rt->exiting) {
      print_raw_error(rt, -1);
      duv__request_exit(rt, 7);
    } else {
      duk_pop(ctx);
    }
  } else {
    /* true: a listener handled it; false: exit 1; a number: that exit code
     * (7 when a listener threw, reported by the JS side). */
    if (duk_is_number(ctx, -1) && !rt->exiting)
      duv__request_exit(rt, duk_get_int(ctx, -1));
    else if (!duk_to_boolean(ctx, -1) && !rt->exiting)
      duv__request_exit(rt, 1);
    duk_pop(ctx);
  }
  duk_pop(ctx); /* the error */
}

int duv__call_method(duv_runtime_t *rt, int nargs) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting) {
    duk_pop_n(ctx, nargs + 2);
    duk_push_undefined(ctx);
    return -1;
  }
  if (rt->call_depth == 0) duv__limits_enter(rt);
  rt->call_depth++;
  int rc = duk_pcall_method(ctx, nargs);
  rt->call_depth--;
  if (rc != 0) {
    duv__report_uncaught(rt);
    duk_push_undefined(ctx);
  }
  if (rt->call_depth == 0) {
    duv__drain_ticks(rt);
    rt->timer_clock_fresh = 0; /* the turn is over */
    duv__limits_leave(rt);
  }
  return rc == 0 ? 0 : -1;
}

void duv__drain_ticks(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting || (!rt->tick_scheduled && !duv__microtasks_pending(rt) &&
                      !duv__promise_rejections_pending(rt)))
    return;
  rt->call_depth++;
  for (;;) {
    duv__stash_get(ctx, DUV__STASH_TICKS);
    duk_push_undefined(ctx);
    int rc = duk_pcall_method(ctx, 0);
    if (rc == 0) {
      duk_pop(ctx);
      break;
    }
    /* A tick threw: report it, then go on with the rest of the queue. */
    duv__report_uncaught(rt);
    if (rt->exiting) break;
  }
  rt->call_depth--;
}
