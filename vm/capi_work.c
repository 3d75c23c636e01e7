/*
 * Jobs on libuv's thread pool for the extension API (include/duv.h, "Work
 * on the thread pool"). A job record owns its callback handle until the
 * loop has run its completion; duv_runtime_free cancels the jobs that have
 * not started and waits for the others, so every completion runs exactly
 * once and nothing outlives the heap.
 */
#include <stdlib.h>

#include "capi.h"

_Static_assert(DUV_ECANCELED == UV_ECANCELED, "duv.h error codes are libuv's");

typedef struct duv__work {
  uv_work_t req;
  duv_runtime_t *rt;
  duv_work_execute_cb execute;
  duv_work_complete_cb complete;
  duv_value_t *callback;
  duv_deferred_t *deferred; /* duv_work_promise: the promise to settle */
  void *data;
  struct duv__work *next, *prev;
} work_rec;

static void unlink_work(duv__capi *c, work_rec *w) {
  if (w->prev)
    w->prev->next = w->next;
  else
    c->works = w->next;
  if (w->next) w->next->prev = w->prev;
}

static void work_execute(uv_work_t *req) {
  work_rec *w = req->data;
  w->execute(w->data);
}

static void work_done(uv_work_t *req, int status) {
  work_rec *w = req->data;
  duv_runtime_t *rt = w->rt;
  duk_context *ctx = rt->ctx;
  duv__loop_release(rt);
  unlink_work(rt->capi, w);
  /* The completion is C's: an exception left pending by host code before
   * is not this job's. */
  duv_error_clear(rt);
  duv_value_t *result = w->complete(rt, w->data, status);
  if (w->deferred != NULL) {
    if (rt->exiting) {
      duv_value_release(rt, result);
      duv_error_clear(rt);
      duv_deferred_free(rt, w->deferred);
    } else {
      if (result != NULL) {
        duv_promise_resolve(rt, w->deferred, result);
        duv_value_release(rt, result);
      } else {
        if (!duv_error_occurred(rt))
          duv_error_set(rt, DUV_TYPE_ERROR, NULL,
                        "the work's completion returned NULL without setting an exception");
        duv_promise_reject(rt, w->deferred, NULL);
      }
      /* Out of memory while settling: nothing is left to tell. */
      duv_error_clear(rt);
      /* The reactions run now, as after any callback from the loop. */
      duv__drain_ticks(rt);
    }
  } else if (w->callback == NULL || rt->exiting) {
    duv_value_release(rt, result);
    duv_error_clear(rt);
  } else {
    duv__capi_push(rt, w->callback);
    duk_push_undefined(ctx);
    int nargs;
    if (result == NULL) {
      if (!duv_error_occurred(rt))
        duv_error_set(rt, DUV_TYPE_ERROR, NULL,
                      "the work's completion returned NULL without setting an exception");
      duv__capi_push_pending(rt);
      nargs = 1;
    } else {
      duk_push_null(ctx);
      duv__capi_push(rt, result);
      duv_value_release(rt, result);
      nargs = 2;
    }
    /* As any callback from the loop: an error is uncaught, and the nextTick
     * and microtask queues run afterwards. */
    duv__call_method(rt, nargs);
    duk_pop(ctx);
  }
  duv_value_release(rt, w->callback);
  free(w);
}

static int queue(duv_runtime_t *rt, duv_work_execute_cb execute, duv_work_complete_cb complete,
                 duv_value_t *callback, duv_deferred_t *deferred, void *data) {
  if (duv_error_occurred(rt)) return -1;
  if (execute == NULL || complete == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                  "duv_work_queue needs both an execute and a complete function");
    return -1;
  }
  if (callback != NULL && duv_value_type(rt, callback) != DUV_TYPE_FUNCTION) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                  "The \"callback\" argument must be of type function");
    return -1;
  }
  work_rec *w = calloc(1, sizeof(*w));
  if (w == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return -1;
  }
  if (callback != NULL) {
    w->callback = duv_value_dup(rt, callback);
    if (w->callback == NULL) {
      free(w);
      return -1;
    }
  }
  w->rt = rt;
  w->deferred = deferred;
  w->execute = execute;
  w->complete = complete;
  w->data = data;
  w->req.data = w;
  int err = uv_queue_work(rt->loop, &w->req, work_execute, work_done);
  if (err != 0) {
    duv_value_release(rt, w->callback);
    free(w);
    duv_error_set(rt, DUV_ERROR, uv_err_name(err), "%s: %s, uv_queue_work", uv_err_name(err),
                  uv_strerror(err));
    return -1;
  }
  duv__loop_hold(rt);
  duv__capi *c = rt->capi;
  w->next = c->works;
  if (c->works) c->works->prev = w;
  c->works = w;
  return 0;
}

int duv_work_queue(duv_runtime_t *rt, duv_work_execute_cb execute, duv_work_complete_cb complete,
                   duv_value_t *callback, void *data) {
  return queue(rt, execute, complete, callback, NULL, data);
}

duv_value_t *duv_work_promise(duv_runtime_t *rt, duv_work_execute_cb execute,
                              duv_work_complete_cb complete, void *data) {
  if (duv_error_occurred(rt)) return NULL;
  duv_deferred_t *deferred;
  duv_value_t *promise = duv_promise_new(rt, &deferred);
  if (promise == NULL) return NULL;
  if (queue(rt, execute, complete, NULL, deferred, data) != 0) {
    duv_deferred_free(rt, deferred);
    duv_value_release(rt, promise);
    return NULL;
  }
  return promise;
}

void duv__capi_cancel_work(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  if (c == NULL) return;
  /* Jobs not yet started complete with UV_ECANCELED; running ones finish. */
  for (work_rec *w = c->works; w != NULL; w = w->next) uv_cancel((uv_req_t *)&w->req);
}
