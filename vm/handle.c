/*
 * Lifetimes of libuv handles wrapped by JS objects.
 *
 * The JS object owns the handle: its finalizer closes it, and the handle's
 * memory is freed only in the close callback. While the handle is active
 * (a pending timer, a listening socket) the object is pinned in the stash so
 * the garbage collector cannot take it, nor the callback it will run. At
 * teardown every handle still open is closed before the heap is destroyed, and
 * the objects that outlive it forget their handle so that their finalizers,
 * which run when the heap is destroyed, do nothing.
 */
#include <stdlib.h>

#include "internal.h"

#define HANDLE_PTR_KEY DUK_HIDDEN_SYMBOL("handle")

static void handle_closed(uv_handle_t *uv) {
  duv__handle *h = uv->data;
  duv__loop_release(h->rt);
  h->on_close(h);
}

static void close_handle(duv__handle *h) {
  if (h->closing) return;
  h->closing = 1;
  duv__handle_unpin(h);
  /* Unlink now: the struct is freed in the close callback. */
  if (h->prev)
    h->prev->next = h->next;
  else
    h->rt->handles = h->next;
  if (h->next) h->next->prev = h->prev;
  h->next = h->prev = NULL;
  uv_close(h->uv, handle_closed);
}

static duk_ret_t handle_finalizer(duk_context *ctx) {
  duk_get_prop_string(ctx, 0, HANDLE_PTR_KEY);
  duv__handle *h = duk_get_pointer(ctx, -1);
  if (h != NULL) {
    h->object = NULL;
    close_handle(h);
  }
  return 0;
}

void duv__handle_init(duv_runtime_t *rt, duv__handle *h, uv_handle_t *uv, duk_idx_t idx,
                      void (*on_close)(duv__handle *h)) {
  duk_context *ctx = rt->ctx;
  idx = duk_require_normalize_index(ctx, idx);
  h->rt = rt;
  h->uv = uv;
  duv__loop_hold(rt);
  uv->data = h;
  h->on_close = on_close;
  h->object = duk_get_heapptr(ctx, idx);
  h->pin_id = 0;
  h->closing = 0;
  h->prev = NULL;
  h->next = rt->handles;
  if (rt->handles) rt->handles->prev = h;
  rt->handles = h;
  duk_push_pointer(ctx, h);
  duk_put_prop_string(ctx, idx, HANDLE_PTR_KEY);
  duk_push_c_function(ctx, handle_finalizer, 1);
  duk_set_finalizer(ctx, idx);
}

duv__handle *duv__handle_get(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return NULL;
  duk_get_prop_string(ctx, idx, HANDLE_PTR_KEY);
  duv__handle *h = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  return h;
}

/* Pins are slots of a stash object keyed by a per-runtime counter. */
void duv__handle_pin(duv__handle *h) {
  if (h->pin_id != 0 || h->object == NULL) return;
  duk_context *ctx = h->rt->ctx;
  static const uint32_t first = 1;
  duv__stash_get(ctx, DUV__STASH_HANDLES);
  duk_get_prop_string(ctx, -1, "next");
  uint32_t id = duk_is_number(ctx, -1) ? (uint32_t)duk_get_uint(ctx, -1) : first;
  duk_pop(ctx);
  if (id == 0) id = first;
  duk_push_uint(ctx, id + 1);
  duk_put_prop_string(ctx, -2, "next");
  duk_push_heapptr(ctx, h->object);
  duk_put_prop_index(ctx, -2, id);
  duk_pop(ctx);
  h->pin_id = id;
}

void duv__handle_unpin(duv__handle *h) {
  if (h->pin_id == 0) return;
  duk_context *ctx = h->rt->ctx;
  duv__stash_get(ctx, DUV__STASH_HANDLES);
  duk_del_prop_index(ctx, -1, h->pin_id);
  duk_pop(ctx);
  h->pin_id = 0;
}

int duv__handle_push(duv__handle *h) {
  if (h->object == NULL) return 0;
  duk_push_heapptr(h->rt->ctx, h->object);
  return 1;
}

void duv__handles_close_all(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  while (rt->handles != NULL) {
    duv__handle *h = rt->handles;
    if (h->object != NULL) {
      /* The object may outlive the handle until the heap goes: detach it. */
      duk_push_heapptr(ctx, h->object);
      duk_push_pointer(ctx, NULL);
      duk_put_prop_string(ctx, -2, HANDLE_PTR_KEY);
      duk_pop(ctx);
      h->object = NULL;
    }
    close_handle(h);
  }
}
