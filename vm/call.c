/*
 * Entering JavaScript from C: every entry is a protected call, an error that
 * escapes goes to Node's uncaught-exception machinery, and the outermost call
 * drains process.nextTick and the microtasks afterwards (Node's
 * InternalCallbackScope).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The host's handler for a raw report: the text as UTF-8 with a newline. */
static int raw_to_host(duv_runtime_t *rt, const char *text, size_t len) {
  size_t utf8_len;
  char *utf8 = duv__cesu8_to_utf8(text, len, &utf8_len);
  if (utf8 == NULL && utf8_len == (size_t)-1) return 0;
  if (utf8 != NULL) {
    text = utf8;
    len = utf8_len;
  }
  char *line = malloc(len + 2);
  int handled = 0;
  if (line != NULL) {
    memcpy(line, text, len);
    memcpy(line + len, "\n", 2);
    handled = duv__host_uncaught(rt, -2, line);
    free(line);
  }
  free(utf8);
  return handled;
}

/* Last resort when the JS reporter cannot run: what Duktape knows, given to
 * the host's handler or printed. Pops the error at the top; returns 1 when
 * the host's handler dealt with it. Nothing here may throw: the memory cap
 * may be what made the reporter fail. */
static int report_raw_error(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  if (rt->uncaught != NULL && duk_check_stack(ctx, 4)) {
    duk_dup(ctx, -1); /* duk_safe_to_stacktrace replaces the value with a string */
    const char *text = duk_safe_to_stacktrace(ctx, -1);
    size_t len = strlen(text);
    int handled = raw_to_host(rt, text, len);
    if (!handled && !rt->exiting) {
      duv__write_stdio(rt, 2, text, len);
      duv__write_stdio(rt, 2, "\n", 1);
    }
    duk_pop_2(ctx);
    return handled;
  }
  const char *text = duk_safe_to_stacktrace(ctx, -1);
  duv__write_stdio(rt, 2, text, strlen(text));
  duv__write_stdio(rt, 2, "\n", 1);
  duk_pop(ctx); /* duk_safe_to_stacktrace replaced the value with a string; drop its copy */
  return 0;
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
    if (!report_raw_error(rt) && !rt->exiting) duv__request_exit(rt, 1);
    return;
  }
  duk_push_undefined(ctx);
  duk_dup(ctx, -3);
  if (origin != NULL) duk_push_string(ctx, origin);
  rt->call_depth++;
  int rc = duk_pcall_method(ctx, origin != NULL ? 2 : 1);
  rt->call_depth--;
  if (rc != 0) {
    /* The reporter itself failed (an 'uncaughtExceptionMonitor' listener
     * threw, memory ran out): exit code 7, Node's code for a failing
     * exception handler. */
    if (!rt->exiting) {
      if (!report_raw_error(rt) && !rt->exiting) duv__request_exit(rt, 7);
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

