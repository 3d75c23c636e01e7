/*
 * include/duv_check.h, the Check fixture for C projects that drive
 * JavaScript: passing assertions, and failing ones caught with their file
 * and line (run as a sub-suite whose failures are counted).
 */
#include <duv_check.h>

START_TEST(test_passes) {
  ck_assert_js("Math.max(1, 2) === 2");
  ck_assert_js("[1, 2, 3].map(function (x) { return x * 2; }).join() === '2,4,6'");
  ck_assert_js_throws("null.x", "TypeError");
  ck_assert_js_throws("process.chdir('/no/such/dir')", "ENOENT");
  /* Handles taken and given back: no leak. */
  duv_value_t *n = duv_number_new(duv_check_runtime, 1);
  duv_value_release(duv_check_runtime, n);
}
END_TEST

/* Each of these must fail; the outer test counts and reads the failures. */
START_TEST(fails_false) { ck_assert_js("1 === 2"); }
END_TEST
START_TEST(fails_throw) { ck_assert_js("undefinedThing + 1"); }
END_TEST
START_TEST(fails_no_throw) { ck_assert_js_throws("1 + 1", "TypeError"); }
END_TEST
START_TEST(fails_wrong_error) { ck_assert_js_throws("throw new RangeError('r')", "TypeError"); }
END_TEST
START_TEST(fails_leak) { duv_object_new(duv_check_runtime); }
END_TEST

START_TEST(test_failures_are_reported) {
  Suite *s = suite_create("inner");
  TCase *tc = tcase_create("inner");
  duv_check_add_fixture(tc);
  tcase_add_test(tc, fails_false);
  tcase_add_test(tc, fails_throw);
  tcase_add_test(tc, fails_no_throw);
  tcase_add_test(tc, fails_wrong_error);
  tcase_add_test(tc, fails_leak);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_set_fork_status(sr, CK_FORK);
  srunner_run_all(sr, CK_SILENT);
  ck_assert_int_eq(srunner_ntests_failed(sr), 5);
  TestResult **results = srunner_failures(sr);
  char all[4096] = "";
  for (int i = 0; i < 5; i++) {
    char one[512];
    snprintf(one, sizeof(one), "%s:%d %s\n", tr_lfile(results[i]), tr_lno(results[i]), tr_msg(results[i]));
    strncat(all, one, sizeof(all) - strlen(all) - 1);
  }
  free(results);
  srunner_free(sr);
  ck_assert_msg(strstr(all, "'1 === 2' is false") != NULL, "%s", all);
  ck_assert_msg(strstr(all, "'undefinedThing + 1' threw ReferenceError") != NULL, "%s", all);
  ck_assert_msg(strstr(all, "did not throw (wanted TypeError)") != NULL, "%s", all);
  ck_assert_msg(strstr(all, "threw RangeError: r, wanted TypeError") != NULL, "%s", all);
  ck_assert_msg(strstr(all, "1 handle(s) not released") != NULL, "%s", all);
  /* Failures point at the test's own lines, not at the header's. */
  ck_assert_msg(strstr(all, "test-check-fixture.c:") != NULL, "%s", all);
}
END_TEST

static Suite *fixture_suite(void) {
  Suite *s = suite_create("check-fixture");
  TCase *tc = tcase_create("fixture");
  duv_check_add_fixture(tc);
  tcase_add_test(tc, test_passes);
  suite_add_tcase(s, tc);
  TCase *outer = tcase_create("reports");
  tcase_add_test(outer, test_failures_are_reported);
  suite_add_tcase(s, outer);
  /* duv's own timer tests, run as Check tests. */
  TCase *files = tcase_create("js-files");
  tcase_set_timeout(files, 60);
  duv_check_add_fixture(files);
  /* Outside a running test Check's assertions cannot be used. */
  if (duv_check_add_js_dir(files, "test/js/timers") <= 3 ||
      duv_check_add_js_dir(files, "test/js/no-such-dir") != -1) {
    fprintf(stderr, "duv_check_add_js_dir did not find the timer tests (run from the top folder)\n");
    exit(EXIT_FAILURE);
  }
  suite_add_tcase(s, files);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(fixture_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
