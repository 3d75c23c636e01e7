/*
 * Limits a host puts on scripts: a heap cap that fails as a catchable JS
 * error, a time limit per entry into JS, and an interrupt from another
 * thread; after each, the runtime runs the next script.
 */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <duv.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static duv_runtime_t *limited(size_t memory, uint32_t ms) {
  duv_config_t config;
  duv_config_init(&config);
  config.memory_limit = memory;
  config.time_limit_ms = ms;
  return duv_runtime_new(&config);
}

static void expect_code(duv_runtime_t *rt, const char *code) {
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *c = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, c, NULL), code);
  duv_value_release(rt, c);
  duv_value_release(rt, err);
}

static int eval(duv_runtime_t *rt, const char *src) {
  return duv_runtime_eval(rt, src, DUV_NTS, "limits.js", 0);
}

START_TEST(test_memory_cap) {
  duv_runtime_t *rt = limited(16u << 20, 0);
  ck_assert_ptr_nonnull(rt);
  /* An allocation storm fails as an error the script catches (Duktape's
   * "alloc failed"). */
  ck_assert_int_eq(eval(rt,
      "var hoard = [], caught = null;"
      "try { for (;;) hoard.push(new Array(10000).join('x') + hoard.length); }"
      "catch (e) { caught = e; }"
      "if (!(caught instanceof Error) || caught.message !== 'alloc failed') throw new Error('no alloc error: ' + caught);"
      "hoard = null;"), 0);
  /* The runtime goes on, and its heap stays under the cap. */
  ck_assert_int_eq(eval(rt,
      "var used = process.memoryUsage().heapUsed;"
      "if (used > 16 * 1024 * 1024) throw new Error('over the cap: ' + used);"
      "var s = []; for (var i = 0; i < 1000; i++) s.push(i); if (s.length !== 1000) throw 0;"), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_memory_cap_too_small) {
  /* Not even the bootstrap fits: creation fails cleanly. */
  ck_assert_ptr_null(limited(64 * 1024, 0));
}
END_TEST

START_TEST(test_time_limit) {
  duv_runtime_t *rt = limited(0, 50);
  double t0 = now_ms();
  /* A loop whose catch blocks try to swallow the stop. */
  ck_assert_int_eq(eval(rt, "for (;;) { try { while (true) {} } catch (e) {} finally { } }"), -1);
  double took = now_ms() - t0;
  /* Loose upper bound: a loaded CI machine; the latency is measured, not asserted. */
  ck_assert_msg(took >= 45 && took < 300, "stopped after %.1f ms", took);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  expect_code(rt, "ERR_SCRIPT_EXECUTION_TIMEOUT");
  /* The next script runs, with a fresh budget. */
  ck_assert_int_eq(eval(rt, "globalThis.ok = 1 + 1;"), 0);
  /* A runaway timer callback: duv_runtime_run reports it, the rest goes on. */
  ck_assert_int_eq(eval(rt, "globalThis.after = 0;"
                            "setTimeout(function () { for (;;) {} }, 1);"
                            "setTimeout(function () { after = 1; }, 5);"), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), -1);
  expect_code(rt, "ERR_SCRIPT_EXECUTION_TIMEOUT");
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(eval(rt, "if (after !== 1) throw new Error('later timer');"), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

static void *interrupt_later(void *arg) {
  usleep(30 * 1000);
  duv_runtime_interrupt(arg);
  return NULL;
}

START_TEST(test_interrupt_from_thread) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  pthread_t th;
  pthread_create(&th, NULL, interrupt_later, rt);
  double t0 = now_ms();
  ck_assert_int_eq(eval(rt, "var n = 0; for (;;) n++;"), -1);
  double took = now_ms() - t0;
  pthread_join(th, NULL);
  ck_assert_msg(took >= 25 && took < 300, "stopped after %.1f ms", took);
  expect_code(rt, "ERR_SCRIPT_EXECUTION_INTERRUPTED");
  ck_assert_int_eq(eval(rt, "if (n <= 0) throw new Error('did not run');"), 0);
  /* Requested while idle: the next script to run is stopped. */
  duv_runtime_interrupt(rt);
  ck_assert_int_eq(eval(rt, "for (;;) {}"), -1);
  expect_code(rt, "ERR_SCRIPT_EXECUTION_INTERRUPTED");
  ck_assert_int_eq(eval(rt, "1"), 0);
  duv_runtime_free(rt);
}
END_TEST

static Suite *limits_suite(void) {
  Suite *s = suite_create("limits");
  TCase *tc = tcase_create("limits");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_memory_cap);
  tcase_add_test(tc, test_memory_cap_too_small);
  tcase_add_test(tc, test_time_limit);
  tcase_add_test(tc, test_interrupt_from_thread);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(limits_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
