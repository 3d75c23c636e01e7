/*
 * fs.watch (uv_fs_event): a libuv handle wrapped by the JS watcher object
 * (vm/handle.c). A started watcher is pinned so it outlives its last
 * reference; stop() lets it go, and the object's finalizer closes the
 * handle. fs.watchFile polls from JS with a timer and counted stat requests
 * (uv_fs_poll's own stat requests would be on the loop uncounted).
 */
#include <stdlib.h>
#include <string.h>

#include "fs.h"

typedef struct {
  duv__handle base;
  union {
    uv_fs_event_t event;
  } u;
} watcher;

static void watcher_free(duv__handle *h) { free(h); }

static watcher *watcher_of(duk_context *ctx, duk_idx_t idx) {
  watcher *w = (watcher *)duv__handle_get(ctx, idx);
  if (w != NULL) return w;
  duv_runtime_t *rt = duv__runtime(ctx);
  w = calloc(1, sizeof(*w));
  if (w == NULL) {
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    return NULL;
  }
  uv_fs_event_init(rt->loop, &w->u.event);
  duv__handle_init(rt, &w->base, (uv_handle_t *)&w->u, idx, watcher_free);
  return w;
}

/* [ ... ] -> [ ... obj.onchange obj ] or 0 when the object is gone. */
static int push_onchange(watcher *w) {
  duk_context *ctx = w->base.rt->ctx;
  if (w->base.rt->exiting || !duv__handle_push(&w->base)) return 0;
  duk_get_prop_string(ctx, -1, "onchange");
  duk_swap_top(ctx, -2);
  return 1;
}

typedef struct {
  const char *filename;
  int events, status;
} event_args;

static duk_ret_t build_event(duk_context *ctx, void *udata) {
  event_args *a = udata;
  if (a->status < 0) {
    duv__push_uv_error(ctx, a->status, "watch", NULL, NULL);
    duk_push_undefined(ctx);
    duk_push_undefined(ctx);
    return 3;
  }
  duk_push_null(ctx);
  duk_push_string(ctx, (a->events & UV_RENAME) ? "rename" : "change");
  if (a->filename != NULL)
    duv__push_utf8(ctx, a->filename, strlen(a->filename));
  else
    duk_push_null(ctx);
  return 3;
}

static void event_cb(uv_fs_event_t *handle, const char *filename, int events, int status) {
  watcher *w = (watcher *)((duv__handle *)handle->data);
  duv_runtime_t *rt = w->base.rt;
  if (!push_onchange(w)) return;
  event_args a = {filename, events, status};
  if (duk_safe_call(rt->ctx, build_event, &a, 0, 3) != 0) {
    duk_pop_2(rt->ctx);
    duk_pop_2(rt->ctx);
    duv__report_uncaught(rt);
    return;
  }
  /* onchange(err, eventType, filename) */
  duv__call_method(rt, 3);
  duk_pop(rt->ctx);
}

/* watchStart(obj, path, recursive) -> 0 or throws */
static duk_ret_t js_watch_start(duk_context *ctx) {
  const char *path = duv__push_fs_path(ctx, 1, FS_READ);
  unsigned flags = duk_to_boolean(ctx, 2) ? UV_FS_EVENT_RECURSIVE : 0;
  watcher *w = watcher_of(ctx, 0);
  int rc = uv_fs_event_start(&w->u.event, event_cb, path, flags);
  if (rc < 0) {
    duv__fs_push_error(ctx, rc, "watch", 1, -1);
    return duk_throw(ctx);
  }
  duv__handle_pin(&w->base);
  return 0;
}

/* watcherStop(obj) */
static duk_ret_t js_watcher_stop(duk_context *ctx) {
  watcher *w = (watcher *)duv__handle_get(ctx, 0);
  if (w == NULL || w->base.closing) return 0;
  uv_fs_event_stop(&w->u.event);
  duv__handle_unpin(&w->base);
  return 0;
}

/* watcherRef(obj, ref) */
static duk_ret_t js_watcher_ref(duk_context *ctx) {
  watcher *w = (watcher *)duv__handle_get(ctx, 0);
  if (w == NULL || w->base.closing) return 0;
  if (duk_to_boolean(ctx, 1))
    uv_ref(w->base.uv);
  else
    uv_unref(w->base.uv);
  return 0;
}

void duv__fs_watch_init(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"watchStart", js_watch_start, 3},
                                                {"watcherStop", js_watcher_stop, 1},
                                                {"watcherRef", js_watcher_ref, 2},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
