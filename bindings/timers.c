/*
 * Native half of timers: one libuv timer per Timeout object. libuv orders
 * timers by expiry and then by start order, which gives Node's order for
 * timers created in sequence. The queue of setImmediate lives in JS
 * (bindings/lib/timers.js); C only learns how many are pending.
 */
#include <stdlib.h>

#include "internal.h"

void duv__immediate_update(duv_runtime_t *rt, int count, int ref_count);

typedef struct {
  duv__handle base;
  uv_timer_t timer;
} js_timer;

static void timer_free(duv__handle *h) { free(h); }

static void timer_cb(uv_timer_t *timer) {
  js_timer *t = (js_timer *)((duv__handle *)timer->data);
  duv_runtime_t *rt = t->base.rt;
  duk_context *ctx = rt->ctx;
  duv__stash_get(ctx, DUV__STASH_TIMEOUT);
  duk_push_undefined(ctx);
  if (!duv__handle_push(&t->base)) {
    duk_pop_2(ctx);
    return;
  }
  /* The object is on the stack now: it no longer needs the pin. */
  duv__handle_unpin(&t->base);
  duv__call_method(rt, 1);
  duk_pop(ctx);
}

static js_timer *timer_of(duk_context *ctx, duk_idx_t idx, int create) {
  js_timer *t = (js_timer *)duv__handle_get(ctx, idx);
  if (t != NULL || !create) return t;
  duv_runtime_t *rt = duv__runtime(ctx);
  if (rt->exiting) return NULL;
  t = calloc(1, sizeof(*t));
  if (t == NULL) {
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    return NULL;
  }
  uv_timer_init(rt->loop, &t->timer);
  duv__handle_init(rt, &t->base, (uv_handle_t *)&t->timer, idx, timer_free);
  return t;
}

/*
 * Timeouts count from the loop's cached time. It is refreshed at the first
 * timer of each turn (a callback from the loop, or the main script) rather
 * than at every timer: a main script that spent 40 ms loading modules gets
 * full-length timeouts, as in Node, and the timers of one turn share one base,
 * so timers of different lengths keep their order even when the clock ticks
 * between two setTimeout calls.
 */
static void refresh_clock(duv_runtime_t *rt) {
  if (rt->timer_clock_fresh) return;
  uv_update_time(rt->loop);
  rt->timer_clock_fresh = 1;
}

/* start(timeout, ms): (re)arm the timer, once. */
static duk_ret_t js_start(duk_context *ctx) {
  duk_require_object(ctx, 0);
  double ms = duk_require_number(ctx, 1);
  js_timer *t = timer_of(ctx, 0, 1);
  if (t == NULL) return 0;
  refresh_clock(duv__runtime(ctx));
  uv_timer_start(&t->timer, timer_cb, (uint64_t)ms, 0);
  duv__handle_pin(&t->base);
  return 0;
}

static duk_ret_t js_stop(duk_context *ctx) {
  js_timer *t = timer_of(ctx, 0, 0);
  if (t == NULL) return 0;
  uv_timer_stop(&t->timer);
  duv__handle_unpin(&t->base);
  return 0;
}

static duk_ret_t js_ref(duk_context *ctx) {
  js_timer *t = timer_of(ctx, 0, 0);
  if (t == NULL) return 0;
  if (duk_to_boolean(ctx, 1))
    uv_ref((uv_handle_t *)&t->timer);
  else
    uv_unref((uv_handle_t *)&t->timer);
  return 0;
}

static duk_ret_t js_has_ref(duk_context *ctx) {
  js_timer *t = timer_of(ctx, 0, 0);
  duk_push_boolean(ctx, t != NULL && uv_has_ref((uv_handle_t *)&t->timer));
  return 1;
}

static duk_ret_t js_immediate_info(duk_context *ctx) {
  duv__immediate_update(duv__runtime(ctx), duk_require_int(ctx, 0), duk_require_int(ctx, 1));
  return 0;
}

static duk_ret_t js_now(duk_context *ctx) {
  refresh_clock(duv__runtime(ctx));
  duk_push_number(ctx, (double)uv_now(duv__runtime(ctx)->loop));
  return 1;
}

void duv__binding_timers(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"start", js_start, 2},    {"stop", js_stop, 1},
      {"ref", js_ref, 2},        {"hasRef", js_has_ref, 1},
      {"immediateInfo", js_immediate_info, 2}, {"now", js_now, 0},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
