/*
 * Channels from other threads into a runtime: every item delivered exactly
 * once and in each thread's order, the loop kept alive until the last
 * reference goes, and teardown while threads still post.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <duv.h>

enum { THREADS = 4, PER_THREAD = 500 };

typedef struct {
  duv_value_t *fn; /* JS function called with each item */
  long delivered, dropped;
  int finalized;
  long last_seen[THREADS];
  int out_of_order;
} channel_ctx;

typedef struct {
  duv_async_t *a;
  int id;
  long refused;
} poster;

static void call_item(duv_runtime_t *rt, void *ctx, void *item) {
  channel_ctx *c = ctx;
  long v = (long)(intptr_t)item;
  int thread = (int)(v / 100000), seq = (int)(v % 100000);
  if (seq <= c->last_seen[thread]) c->out_of_order = 1;
  c->last_seen[thread] = seq;
  c->delivered++;
  duv_value_t *arg = duv_number_new(rt, (double)v);
  duv_value_t *res = duv_function_call(rt, c->fn, NULL, &arg, 1);
  duv_value_release(rt, res);
  duv_value_release(rt, arg);
}

static void drop_item(void *ctx, void *item) {
  (void)item;
  ((channel_ctx *)ctx)->dropped++;
}

static void finalize(void *ctx) { ((channel_ctx *)ctx)->finalized++; }

static void *post_all(void *arg) {
  poster *p = arg;
  for (int i = 1; i <= PER_THREAD; i++) {
    if (duv_async_post(p->a, (void *)(intptr_t)(p->id * 100000L + i)) != 0) p->refused++;
  }
  duv_async_release(p->a);
  return NULL;
}

START_TEST(test_threads_post_in_order) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "globalThis.sum = 0; globalThis.ticks = 0;"
      "globalThis.onItem = function (v) { sum += v; if (v % 100000 === 1) process.nextTick(function () { ticks++; }); };",
      DUV_NTS, "t.js", 0), 0);
  duv_value_t *g = duv_runtime_global(rt);
  channel_ctx c = {0};
  memset(c.last_seen, 0, sizeof(c.last_seen));
  c.fn = duv_object_get(rt, g, "onItem");
  duv_async_t *a = duv_async_new(rt, call_item, drop_item, finalize, &c);
  ck_assert_ptr_nonnull(a);
  pthread_t th[THREADS];
  poster ps[THREADS];
  for (int i = 0; i < THREADS; i++) {
    ps[i].a = a;
    ps[i].id = i;
    ps[i].refused = 0;
    duv_async_retain(a);
    pthread_create(&th[i], NULL, post_all, &ps[i]);
  }
  duv_async_release(a); /* the threads' references keep it open */
  /* The loop runs until the last thread has released the channel. */
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  for (int i = 0; i < THREADS; i++) pthread_join(th[i], NULL);
  ck_assert_msg(c.delivered == THREADS * PER_THREAD, "delivered %ld dropped %ld refused %ld %ld %ld %ld fin %d", c.delivered, c.dropped, ps[0].refused, ps[1].refused, ps[2].refused, ps[3].refused, c.finalized);
  ck_assert_int_eq(c.out_of_order, 0);
  ck_assert_int_eq(c.finalized, 1);
  ck_assert_int_eq(c.dropped, 0);
  /* The JS side saw every item, and the ticks they scheduled ran. */
  long expected = 0;
  for (int t = 0; t < THREADS; t++)
    for (int i = 1; i <= PER_THREAD; i++) expected += t * 100000L + i;
  char check[200];
  snprintf(check, sizeof(check), "if (sum !== %ld || ticks !== %d) throw new Error(sum + ' ' + ticks);",
           expected, THREADS);
  ck_assert_int_eq(duv_runtime_eval(rt, check, DUV_NTS, "t.js", 0), 0);
  duv_value_release(rt, c.fn);
  duv_value_release(rt, g);
  duv_runtime_free(rt);
}
END_TEST

static _Atomic long posted_total;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *post_forever(void *arg) {
  poster *p = arg;
  /* Posts until the channel refuses (the runtime went away), throttled so
   * the queue stays small; gives up after 20 s (the test then fails). */
  double give_up = now_s() + 20;
  for (long i = 1; now_s() < give_up; i++) {
    if (duv_async_post(p->a, (void *)(intptr_t)(p->id * 100000L + (i % 99999) + 1)) != 0) {
      p->refused++;
      break;
    }
    posted_total++;
    if (i % 64 == 0) usleep(100);
  }
  duv_async_release(p->a);
  return NULL;
}

static void count_call(duv_runtime_t *rt, void *ctx, void *item) {
  (void)rt, (void)item;
  ((channel_ctx *)ctx)->delivered++;
}

START_TEST(test_teardown_while_threads_post) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  channel_ctx c = {0};
  duv_async_t *a = duv_async_new(rt, count_call, drop_item, finalize, &c);
  pthread_t th[2];
  poster ps[2];
  for (int i = 0; i < 2; i++) {
    ps[i].a = a;
    ps[i].id = i;
    ps[i].refused = 0;
    duv_async_retain(a);
    pthread_create(&th[i], NULL, post_forever, &ps[i]);
  }
  duv_async_release(a);
  /* Let both threads get going, then free the runtime under them. */
  while (posted_total < 1000) {
    duv_runtime_run(rt, DUV_RUN_NOWAIT);
    usleep(1000);
  }
  /* Freed with threads still posting: they get DUV_ECANCELED, what was
   * queued is dropped, and the channel's memory waits for their releases. */
  duv_runtime_free(rt);
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  ck_assert_int_eq(c.finalized, 1);
  ck_assert_int_eq(ps[0].refused + ps[1].refused, 2);
}
END_TEST

START_TEST(test_keep_alive_off_and_errors) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_ptr_null(duv_async_new(rt, NULL, NULL, NULL, NULL));
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_error_clear(rt);
  channel_ctx c = {0};
  duv_async_t *a = duv_async_new(rt, count_call, NULL, finalize, &c);
  duv_async_keep_alive(a, 0);
  /* Not kept alive: the loop ends with the channel still open. */
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_async_post(a, (void *)1), 0);
  duv_async_keep_alive(a, 1);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_ONCE), 1);
  ck_assert_int_eq(c.delivered, 1);
  duv_async_release(a);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(c.finalized, 1);
  duv_runtime_free(rt);
}
END_TEST

static Suite *async_suite(void) {
  Suite *s = suite_create("capi-async");
  TCase *tc = tcase_create("async");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_threads_post_in_order);
  tcase_add_test(tc, test_teardown_while_threads_post);
  tcase_add_test(tc, test_keep_alive_off_and_errors);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(async_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
