/*
 * Jobs on the thread pool: execute off the loop, complete on it, the result
 * or error handed to an error-first callback; teardown with jobs in flight.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

typedef struct {
  long n;
  long sum;
  pthread_t ran_on;
  int fail;
  int *completions; /* counts completions, checked after teardown */
  int *cancelled;
} job;

static void sum_execute(void *data) {
  job *j = data;
  j->ran_on = pthread_self();
  for (long i = 1; i <= j->n; i++) j->sum += i;
}

static duv_value_t *sum_complete(duv_runtime_t *rt, void *data, int status) {
  job *j = data;
  if (j->completions) (*j->completions)++;
  if (status == DUV_ECANCELED && j->cancelled) (*j->cancelled)++;
  int fail = j->fail;
  long sum = j->sum, n = j->n;
  int ran_elsewhere = status == 0 && !pthread_equal(j->ran_on, pthread_self());
  free(j);
  if (status != 0) {
    duv_error_set(rt, DUV_ERROR, "ECANCELED", "cancelled");
    return NULL;
  }
  if (!ran_elsewhere) {
    duv_error_set(rt, DUV_ERROR, NULL, "execute ran on the loop thread");
    return NULL;
  }
  if (fail) {
    duv_error_set(rt, DUV_RANGE_ERROR, "ERR_JOB", "job %ld failed", n);
    return NULL;
  }
  return duv_number_new(rt, (double)sum);
}

static job *new_job(long n, int fail) {
  job *j = calloc(1, sizeof(*j));
  j->n = n;
  j->fail = fail;
  return j;
}

static duv_value_t *global_get(duv_runtime_t *rt, const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  return v;
}

START_TEST(test_results_reach_callbacks) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "globalThis.results = [];"
      "globalThis.cb = function (err, value) {"
      "  results.push(err ? err.code + ':' + err.message : value);"
      "  process.nextTick(function () { results.push('tick'); }); };",
      DUV_NTS, "t.js", 0), 0);
  duv_value_t *cb = global_get(rt, "cb");
  ck_assert_int_eq(duv_work_queue(rt, sum_execute, sum_complete, cb, new_job(100, 0)), 0);
  ck_assert_int_eq(duv_work_queue(rt, sum_execute, sum_complete, cb, new_job(10, 1)), 0);
  duv_value_release(rt, cb);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "var r = results.slice().sort().join(',');"
      "if (r !== '5050,ERR_JOB:job 10 failed,tick,tick') throw new Error(r);",
      DUV_NTS, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_many_jobs_without_callback) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  int completions = 0;
  for (int i = 0; i < 200; i++) {
    job *j = new_job(1000 + i, 0);
    j->completions = &completions;
    ck_assert_int_eq(duv_work_queue(rt, sum_execute, sum_complete, NULL, j), 0);
  }
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(completions, 200);
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_teardown_with_jobs_in_flight) {
  /* Freed at once: every job completes exactly once (cancelled or run), no
   * callback runs, nothing leaks (asan checks the job data). */
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_eval(rt, "globalThis.cb = function () { throw new Error('ran'); };",
                                    DUV_NTS, "t.js", 0), 0);
  duv_value_t *cb = global_get(rt, "cb");
  int completions = 0, cancelled = 0;
  for (int i = 0; i < 50; i++) {
    job *j = new_job(200000, 0);
    j->completions = &completions;
    j->cancelled = &cancelled;
    ck_assert_int_eq(duv_work_queue(rt, sum_execute, sum_complete, cb, j), 0);
  }
  duv_value_release(rt, cb);
  duv_runtime_free(rt);
  ck_assert_int_eq(completions, 50);
  ck_assert_int_ge(cancelled, 0);
}
END_TEST

START_TEST(test_bad_arguments) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  job *j = new_job(1, 0);
  ck_assert_int_eq(duv_work_queue(rt, NULL, sum_complete, NULL, j), -1);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_error_clear(rt);
  duv_value_t *n = duv_number_new(rt, 1);
  ck_assert_int_eq(duv_work_queue(rt, sum_execute, sum_complete, n, j), -1);
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_INVALID_ARG_TYPE");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  duv_value_release(rt, n);
  /* Neither function was called: the job is still ours. */
  free(j);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_promise_flavour) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  duv_value_t *ok = duv_work_promise(rt, sum_execute, sum_complete, new_job(4, 0));
  duv_value_t *bad = duv_work_promise(rt, sum_execute, sum_complete, new_job(3, 1));
  ck_assert_ptr_nonnull(ok);
  ck_assert_ptr_nonnull(bad);
  duv_value_t *g = duv_runtime_global(rt);
  ck_assert_int_eq(duv_object_set(rt, g, "ok", ok), 0);
  ck_assert_int_eq(duv_object_set(rt, g, "bad", bad), 0);
  duv_value_release(rt, g);
  duv_value_release(rt, ok);
  duv_value_release(rt, bad);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "globalThis.out = [];"
      "ok.then(function (v) { out.push('ok ' + v); });"
      "bad.then(null, function (e) { out.push(e.code + ' ' + e.message); });",
      DUV_NTS, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "var r = out.slice().sort().join('|'); if (r !== 'ERR_JOB job 3 failed|ok 10') throw new Error(r);",
      DUV_NTS, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  /* Pending promises at teardown: the jobs still complete once. */
  int completions = 0;
  job *j = new_job(100000, 0);
  j->completions = &completions;
  duv_value_t *p = duv_work_promise(rt, sum_execute, sum_complete, j);
  duv_value_release(rt, p);
  duv_runtime_free(rt);
  ck_assert_int_eq(completions, 1);
}
END_TEST

static Suite *work_suite(void) {
  Suite *s = suite_create("capi-work");
  TCase *tc = tcase_create("work");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_results_reach_callbacks);
  tcase_add_test(tc, test_many_jobs_without_callback);
  tcase_add_test(tc, test_teardown_with_jobs_in_flight);
  tcase_add_test(tc, test_bad_arguments);
  tcase_add_test(tc, test_promise_flavour);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(work_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
