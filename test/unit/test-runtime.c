/*
 * The runtime lifecycle through the public API only: create, evaluate, run,
 * exit codes, several runtimes at once, teardown with work still pending.
 */
#include <check.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

static duv_runtime_t *new_rt(void) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_ptr_nonnull(rt);
  return rt;
}

START_TEST(test_version) {
  ck_assert_str_eq(duv_version(), "0.1.0");
}
END_TEST

START_TEST(test_create_eval_free) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "var x = 1 + 1; if (x !== 2) throw 0;", (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_uncaught_error_sets_exit_code) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "throw new Error('x')", (size_t)-1, "t.js", 0), -1);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 1);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_syntax_error) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "var = ;", (size_t)-1, "bad.js", 0), -1);
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_process_exit_code) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "process.exit(7); throw 0", (size_t)-1, "t.js", 0), -1);
  /* Nothing runs after process.exit(). */
  ck_assert_int_eq(duv_runtime_eval(rt, "process.exitCode = 0", (size_t)-1, "t.js", 0), -1);
  ck_assert_int_eq(duv_runtime_exit(rt), 7);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_exit_code_from_listener) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "process.on('exit', function (c) { process.exitCode = c + 5; });"
                                        "process.exitCode = 2;", (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 7);
  /* 'exit' is emitted once. */
  ck_assert_int_eq(duv_runtime_exit(rt), 7);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_run_once_and_nowait) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt, "globalThis.n = 0; setTimeout(function () { n++; }, 1);"
                                        "setTimeout(function () { n++; if (n !== 2) throw 0; }, 30);",
                                    (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_NOWAIT), 1);
  int rounds = 0;
  while (duv_runtime_run(rt, DUV_RUN_ONCE) != 0) rounds++;
  ck_assert_int_ge(rounds, 1);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_before_exit_can_schedule_more) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt,
      "var rounds = 0; process.on('beforeExit', function () {"
      "  if (++rounds < 3) setTimeout(function () {}, 1); });"
      "process.on('exit', function () { process.exitCode = rounds; });",
      (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 3);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_many_runtimes_are_independent) {
  enum { N = 8 };
  duv_runtime_t *rts[N];
  for (int i = 0; i < N; i++) {
    rts[i] = new_rt();
    char src[128];
    snprintf(src, sizeof(src), "globalThis.id = %d; setTimeout(function () { process.exitCode = id; }, %d);", i, 1 + i);
    ck_assert_int_eq(duv_runtime_eval(rts[i], src, (size_t)-1, "t.js", 0), 0);
  }
  /* Interleave their loops: no runtime sees another's globals or timers. */
  int busy = 1;
  while (busy) {
    busy = 0;
    for (int i = 0; i < N; i++) busy |= duv_runtime_run(rts[i], DUV_RUN_NOWAIT);
  }
  for (int i = 0; i < N; i++) {
    ck_assert_int_eq(duv_runtime_exit(rts[i]), i);
    duv_runtime_free(rts[i]);
  }
}
END_TEST

START_TEST(test_free_with_pending_timers) {
  /* Teardown closes every handle first; asan checks nothing leaks. */
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt,
      "for (var i = 0; i < 100; i++) setTimeout(function () {}, 100000 + i);"
      "setInterval(function () {}, 5); setImmediate(function () {});"
      "var t = setTimeout(function () {}, 1); t.unref();",
      (size_t)-1, "t.js", 0), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_config_argv) {
  const char *argv[] = {"/usr/bin/host", "script.js", "a"};
  duv_config_t config;
  duv_config_init(&config);
  config.argc = 3;
  config.argv = argv;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "if (process.argv.length !== 3 || process.argv[1] !== 'script.js' || process.argv[2] !== 'a'"
      " || process.argv0 !== '/usr/bin/host') throw new Error(JSON.stringify(process.argv));",
      (size_t)-1, "t.js", 0), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_config_bad_size) {
  duv_config_t config;
  duv_config_init(&config);
  config.struct_size = 3;
  ck_assert_ptr_null(duv_runtime_new(&config));
  config.struct_size = sizeof(config) + 64;
  ck_assert_ptr_null(duv_runtime_new(&config));
}
END_TEST

START_TEST(test_free_null) {
  duv_runtime_free(NULL);
}
END_TEST

static duv_value_t *stop_native(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                size_t argc) {
  (void)self, (void)argv, (void)argc;
  duv_runtime_stop(rt);
  return duv_undefined(rt);
}

START_TEST(test_backend_and_stop) {
  duv_runtime_t *rt = new_rt();
  ck_assert_int_ge(duv_runtime_backend_fd(rt), 0);
  ck_assert_int_eq(duv_runtime_backend_timeout(rt), 0); /* nothing left: the loop is done */
  ck_assert_int_eq(duv_runtime_eval(rt, "globalThis.t = setTimeout(function () {}, 200);",
                                    (size_t)-1, "t.js", 0), 0);
  /* Right after a script the loop may still say 0 (work to look at); after a
   * tick it knows the next timer. */
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_NOWAIT), 1);
  int ms = duv_runtime_backend_timeout(rt);
  ck_assert_msg(ms > 100 && ms <= 200, "timeout %d", ms);
  ck_assert_int_eq(duv_runtime_eval(rt, "setImmediate(function () {});", (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_backend_timeout(rt), 0); /* an immediate is due now */
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_NOWAIT), 1);
  ck_assert_int_eq(duv_runtime_eval(rt, "clearTimeout(t);", (size_t)-1, "t.js", 0), 0);

  /* A native function stops the run from inside a callback: run returns 1
   * while the interval remains, and no 'beforeExit' is emitted. */
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *fn = duv_function_new(rt, "stopRun", stop_native, 0, NULL);
  ck_assert_int_eq(duv_object_set(rt, g, "stopRun", fn), 0);
  duv_value_release(rt, fn);
  duv_value_release(rt, g);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "globalThis.ticks = 0; globalThis.before = 0;"
      "process.on('beforeExit', function () { before++; });"
      "globalThis.iv = setInterval(function () { if (++ticks === 3) stopRun(); }, 1);",
      (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 1);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "if (ticks !== 3 || before !== 0) throw new Error(ticks + ' ' + before); clearInterval(iv);",
      (size_t)-1, "t.js", 0), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_host_poll_loop) {
  /* A host that owns the waiting: poll() on the backend fd with the
   * backend timeout, then a non-waiting tick, as a frame loop would. */
  duv_runtime_t *rt = new_rt();
  ck_assert_int_eq(duv_runtime_eval(rt,
      "globalThis.order = [];"
      "setTimeout(function () { order.push('t20'); }, 20);"
      "setTimeout(function () { order.push('t5'); setImmediate(function () { order.push('i'); }); }, 5);",
      (size_t)-1, "t.js", 0), 0);
  int frames = 0;
  while (duv_runtime_run(rt, DUV_RUN_NOWAIT) != 0 && frames < 1000) {
    struct pollfd pfd = {.fd = duv_runtime_backend_fd(rt), .events = POLLIN};
    int timeout = duv_runtime_backend_timeout(rt);
    poll(&pfd, 1, timeout < 0 || timeout > 16 ? 16 : timeout); /* at most a 60 Hz frame */
    frames++;
  }
  ck_assert_int_lt(frames, 1000);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "if (order.join() !== 't5,i,t20') throw new Error(order.join());", (size_t)-1, "t.js", 0), 0);
  duv_runtime_free(rt);
}
END_TEST

static Suite *runtime_suite(void) {
  Suite *s = suite_create("runtime");
  TCase *tc = tcase_create("lifecycle");
  tcase_add_test(tc, test_version);
  tcase_add_test(tc, test_create_eval_free);
  tcase_add_test(tc, test_uncaught_error_sets_exit_code);
  tcase_add_test(tc, test_syntax_error);
  tcase_add_test(tc, test_process_exit_code);
  tcase_add_test(tc, test_exit_code_from_listener);
  tcase_add_test(tc, test_run_once_and_nowait);
  tcase_add_test(tc, test_before_exit_can_schedule_more);
  tcase_add_test(tc, test_many_runtimes_are_independent);
  tcase_add_test(tc, test_free_with_pending_timers);
  tcase_add_test(tc, test_config_argv);
  tcase_add_test(tc, test_config_bad_size);
  tcase_add_test(tc, test_free_null);
  tcase_add_test(tc, test_backend_and_stop);
  tcase_add_test(tc, test_host_poll_loop);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(runtime_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
