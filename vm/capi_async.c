/*
 * Channels from other threads into a runtime (include/duv.h, "Calling into
 * a runtime from other threads").
 *
 * A channel is a uv_async_t plus a mutex-protected queue. Its memory lives
 * until both the loop side has closed the handle and every thread has
 * released its reference, so a thread that still holds one after the
 * runtime is gone gets DUV_ECANCELED from post instead of a dangling
 * pointer. The loop side closes the handle when the references reach zero
 * (woken by the last release) or at the runtime's teardown.
 */
#include <stdlib.h>

#include "capi.h"

typedef struct item_node {
  struct item_node *next;
  void *item;
} item_node;

struct duv_async_s {
  uv_async_t handle;
  duv_runtime_t *rt; /* NULL once the handle is closed */
  duv_async_call_cb call;
  duv_async_drop_cb drop;
  duv_async_finalize_cb finalize;
  void *ctx;
  uv_mutex_t lock; /* guards everything below */
  item_node *head, *tail;
  int refs;
  int closing; /* no more posts; the loop side closes the handle */
  int closed;  /* the handle is closed: the memory goes with the last ref */
  struct duv_async_s *next, *prev; /* the runtime's open channels */
};

static void free_async(duv_async_t *a) {
  uv_mutex_destroy(&a->lock);
  free(a);
}

static item_node *take_all(duv_async_t *a) {
  uv_mutex_lock(&a->lock);
  item_node *n = a->head;
  a->head = a->tail = NULL;
  uv_mutex_unlock(&a->lock);
  return n;
}

static void on_closed(uv_handle_t *h) {
  duv_async_t *a = h->data;
  duv__loop_release(a->rt);
  if (a->finalize != NULL) a->finalize(a->ctx);
  uv_mutex_lock(&a->lock);
  a->closed = 1;
  a->rt = NULL;
  int last = a->refs == 0;
  uv_mutex_unlock(&a->lock);
  if (last) free_async(a);
}

/* Loop side: stop accepting posts, drop what was never delivered, close. */
static void close_channel(duv_async_t *a) {
  duv__capi *c = a->rt->capi;
  if (a->prev)
    a->prev->next = a->next;
  else
    c->asyncs = a->next;
  if (a->next) a->next->prev = a->prev;
  uv_mutex_lock(&a->lock);
  a->closing = 1;
  uv_mutex_unlock(&a->lock);
  for (item_node *n = take_all(a); n != NULL;) {
    item_node *next = n->next;
    if (a->drop != NULL) a->drop(a->ctx, n->item);
    free(n);
    n = next;
  }
  uv_close((uv_handle_t *)&a->handle, on_closed);
}

static void on_async(uv_async_t *h) {
  duv_async_t *a = h->data;
  duv_runtime_t *rt = a->rt;
  for (;;) {
    /* The queue is empty and no reference is left, checked together: any
     * post came before its poster's release, so nothing can arrive after. */
    uv_mutex_lock(&a->lock);
    item_node *n = a->head;
    a->head = a->tail = NULL;
    int done = n == NULL && a->refs == 0 && !a->closing;
    uv_mutex_unlock(&a->lock);
    if (n == NULL) {
      duv__drain_ticks(rt);
      if (done) close_channel(a);
      return;
    }
    /* Deliver in order. */
    while (n != NULL) {
      item_node *next = n->next;
      if (rt->exiting) {
        if (a->drop != NULL) a->drop(a->ctx, n->item);
      } else {
        duv_error_clear(rt);
        a->call(rt, a->ctx, n->item);
        if (duv_error_occurred(rt)) {
          duv__capi_push_pending(rt);
          duv__report_uncaught(rt);
        }
      }
      free(n);
      n = next;
    }
  }
}

duv_async_t *duv_async_new(duv_runtime_t *rt, duv_async_call_cb call, duv_async_drop_cb drop,
                           duv_async_finalize_cb finalize, void *ctx) {
  if (duv_error_occurred(rt)) return NULL;
  if (call == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "duv_async_new needs a call function");
    return NULL;
  }
  duv_async_t *a = calloc(1, sizeof(*a));
  if (a == NULL || uv_mutex_init(&a->lock) != 0) {
    free(a);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  int err = uv_async_init(rt->loop, &a->handle, on_async);
  if (err != 0) {
    free_async(a);
    duv_error_set(rt, DUV_ERROR, uv_err_name(err), "%s: %s, uv_async_init", uv_err_name(err),
                  uv_strerror(err));
    return NULL;
  }
  duv__loop_hold(rt);
  a->handle.data = a;
  a->rt = rt;
  a->call = call;
  a->drop = drop;
  a->finalize = finalize;
  a->ctx = ctx;
  a->refs = 1;
  duv__capi *c = rt->capi;
  a->next = c->asyncs;
  if (c->asyncs) c->asyncs->prev = a;
  c->asyncs = a;
  return a;
}

int duv_async_post(duv_async_t *a, void *item) {
  item_node *n = malloc(sizeof(*n));
  if (n == NULL) return UV_ENOMEM;
  n->next = NULL;
  n->item = item;
  uv_mutex_lock(&a->lock);
  if (a->closing) {
    uv_mutex_unlock(&a->lock);
    free(n);
    return DUV_ECANCELED;
  }
  if (a->tail)
    a->tail->next = n;
  else
    a->head = n;
  a->tail = n;
  /* Sent under the lock: the loop cannot close the handle meanwhile. */
  uv_async_send(&a->handle);
  uv_mutex_unlock(&a->lock);
  return 0;
}

void duv_async_retain(duv_async_t *a) {
  uv_mutex_lock(&a->lock);
  a->refs++;
  uv_mutex_unlock(&a->lock);
}

void duv_async_release(duv_async_t *a) {
  uv_mutex_lock(&a->lock);
  int last = --a->refs == 0;
  if (last && a->closed) {
    uv_mutex_unlock(&a->lock);
    free_async(a);
    return;
  }
  /* Wake the loop to deliver what is left and close. */
  if (last && !a->closing) uv_async_send(&a->handle);
  uv_mutex_unlock(&a->lock);
}

void duv_async_keep_alive(duv_async_t *a, int keep) {
  if (a->rt == NULL) return;
  if (keep)
    uv_ref((uv_handle_t *)&a->handle);
  else
    uv_unref((uv_handle_t *)&a->handle);
}

void duv__capi_close_asyncs(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  if (c == NULL) return;
  while (c->asyncs != NULL) close_channel(c->asyncs);
}
