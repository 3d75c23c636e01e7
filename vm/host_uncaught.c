/*
 * The host's handler for uncaught errors (duv_config_t.uncaught). The JS
 * reporter (bindings/lib/internal/process/report.js) calls it through the
 * process binding's hostUncaught() after the 'uncaughtException' listeners,
 * in place of printing its report; vm/call.c calls it when the reporter
 * itself cannot run. Runtimes without a handler never get hostUncaught, so
 * their reporter takes the path it always took.
 */
#include <stdlib.h>

#include "capi.h"
#include "internal.h"

/* Errors thrown by JS that the handler runs come back to it nested; past
 * this depth (a handler that keeps failing) the default applies, so the C
 * stack stays bounded. */
#define MAX_DEPTH 8

int duv__host_uncaught(duv_runtime_t *rt, duk_idx_t idx, const char *report) {
  if (rt->uncaught == NULL || rt->uncaught_depth >= MAX_DEPTH) return 0;
  duk_context *ctx = rt->ctx;
  idx = duk_normalize_index(ctx, idx);
  /* The handler starts with no exception pending, so that its duv_* calls
   * work; one pending now is set aside on the value stack and restored. */
  int had_pending = duv_error_occurred(rt);
  if (had_pending) duv__capi_push_pending(rt);
  duk_dup(ctx, idx);
  duv_value_t *error = duv__capi_pop_handle(rt);
  int rc = 1; /* no memory for the handle: the default */
  if (error != NULL) {
    rt->uncaught_depth++;
    rc = rt->uncaught(rt->uncaught_data, rt, error, report);
    rt->uncaught_depth--;
    duv_value_release(rt, error);
  }
  /* What the handler left pending is dropped: its return value decides. */
  duv_error_clear(rt);
  if (had_pending) duv__capi_set_pending_from_top(rt);
  return rc == 0;
}

/* hostUncaught(err, report) -> true when the host's handler dealt with the
 * error, false for the default report. */
static duk_ret_t js_host_uncaught(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_size_t len;
  const char *text = duk_to_lstring(ctx, 1, &len);
  /* Duktape keeps strings in CESU-8; the host gets UTF-8. */
  size_t utf8_len;
  char *utf8 = duv__cesu8_to_utf8(text, len, &utf8_len);
  int handled = 0;
  if (utf8 != NULL || utf8_len != (size_t)-1)
    handled = duv__host_uncaught(rt, 0, utf8 ? utf8 : text);
  free(utf8);
  /* process.exit(), a limit's stop or a nested default in JS the handler
   * ran: the runtime is exiting, and the reporter is unwound too. */
  if (rt->exiting) return duk_error(ctx, DUK_ERR_ERROR, "exiting");
  duk_push_boolean(ctx, handled);
  return 1;
}

void duv__host_uncaught_binding(duk_context *ctx) {
  if (duv__runtime(ctx)->uncaught == NULL) return;
  duk_push_c_function(ctx, js_host_uncaught, 2);
  duk_put_prop_string(ctx, -2, "hostUncaught");
}
