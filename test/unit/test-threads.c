/*
 * Eight runtimes on eight threads at once, each running timers, immediates,
 * promises, file reads through require(), thread-pool jobs and a channel
 * from another thread; no shared mutable state between them (run under the
 * ASan and TSan builds).
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

enum { RUNTIMES = 8 };

typedef struct {
  int id;
  int exit_code;
  long delivered;
} worker;

static void execute(void *data) {
  long *n = data;
  long sum = 0;
  for (long i = 0; i < *n; i++) sum += i;
  *n = sum;
}

static duv_value_t *complete(duv_runtime_t *rt, void *data, int status) {
  long v = *(long *)data;
  free(data);
  if (status != 0) return duv_undefined(rt);
  return duv_number_new(rt, (double)v);
}

static void deliver(duv_runtime_t *rt, void *ctx, void *item) {
  (void)rt, (void)item;
  ((worker *)ctx)->delivered++;
}

static void *poster(void *arg) {
  duv_async_t *a = arg;
  for (int i = 0; i < 100; i++) duv_async_post(a, NULL);
  duv_async_release(a);
  return NULL;
}

static void *run_one(void *arg) {
  worker *w = arg;
  char argv0[] = "duv-thread";
  const char *argv[] = {argv0};
  duv_config_t config;
  duv_config_init(&config);
  config.argc = 1;
  config.argv = argv;
  duv_runtime_t *rt = duv_runtime_new(&config);
  if (rt == NULL) {
    w->exit_code = -1;
    return NULL;
  }
  char src[2048];
  snprintf(src, sizeof(src),
           "var id = %d, m = require('%s/test/unit/fixtures/thread-module.js');"
           "var ticks = 0, done = [];"
           "var iv = setInterval(function () { if (++ticks === 20) clearInterval(iv); }, 1);"
           "setImmediate(function () { done.push('immediate'); });"
           "Promise.resolve(id).then(function (v) { done.push('promise ' + v); });"
           "globalThis.onJob = function (err, v) { done.push('job ' + v); };"
           "process.on('exit', function () {"
           "  if (ticks !== 20 || m.square(id) !== id * id || done.length !== 3) process.exitCode = 3;"
           "  else process.exitCode = 40 + id;"
           "});",
           w->id, getenv("DUV_TOP") ? getenv("DUV_TOP") : ".");
  if (duv_runtime_eval(rt, src, DUV_NTS, "thread.js", 0) != 0) {
    w->exit_code = -2;
    duv_runtime_free(rt);
    return NULL;
  }
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *cb = duv_object_get(rt, g, "onJob");
  long *n = malloc(sizeof(long));
  *n = 10000 + w->id;
  duv_work_queue(rt, execute, complete, cb, n);
  duv_value_release(rt, cb);
  duv_value_release(rt, g);
  duv_async_t *a = duv_async_new(rt, deliver, NULL, NULL, w);
  pthread_t th;
  pthread_create(&th, NULL, poster, a);
  duv_runtime_run(rt, DUV_RUN_DEFAULT);
  pthread_join(th, NULL);
  w->exit_code = duv_runtime_exit(rt);
  duv_runtime_free(rt);
  return NULL;
}

START_TEST(test_eight_runtimes_on_eight_threads) {
  pthread_t th[RUNTIMES];
  worker w[RUNTIMES];
  for (int i = 0; i < RUNTIMES; i++) {
    memset(&w[i], 0, sizeof(w[i]));
    w[i].id = i;
    pthread_create(&th[i], NULL, run_one, &w[i]);
  }
  for (int i = 0; i < RUNTIMES; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < RUNTIMES; i++) {
    ck_assert_msg(w[i].exit_code == 40 + i, "runtime %d exited %d", i, w[i].exit_code);
    ck_assert_int_eq(w[i].delivered, 100);
  }
}
END_TEST

static Suite *threads_suite(void) {
  Suite *s = suite_create("threads");
  TCase *tc = tcase_create("threads");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_eight_runtimes_on_eight_threads);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(threads_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
