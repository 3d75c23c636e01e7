/*
 * The extension API's debug mode: leaked handles are reported with where they
 * were made, and using or releasing a released handle aborts with a report.
 */
#include <check.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <duv.h>

static duv_runtime_t *new_rt(unsigned flags) {
  duv_config_t config;
  duv_config_init(&config);
  config.flags = flags;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  return rt;
}

static char seen[8192];
static void collect(void *ud, const char *site) {
  (void)ud;
  strncat(seen, site, sizeof(seen) - strlen(seen) - 1);
}

/* Kept out of line, and not static, so that backtrace_symbols() names it in
 * the recorded backtrace (the unit tests link with -rdynamic). */
duv_value_t *leaky_helper(duv_runtime_t *rt);
__attribute__((noinline)) duv_value_t *leaky_helper(duv_runtime_t *rt) {
  duv_value_t *v = duv_string_new(rt, "forgotten", DUV_NTS);
  __asm__ volatile("" ::: "memory"); /* not a tail call: keep this frame */
  return v;
}

START_TEST(test_leak_found_with_site) {
  duv_runtime_t *rt = new_rt(DUV_RUNTIME_DEBUG);
  duv_value_t *kept = duv_object_new(rt);
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 1);
  duv_value_release(rt, kept);
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 0);

  duv_value_t *leaked = leaky_helper(rt);
  ck_assert_ptr_nonnull(leaked);
  seen[0] = '\0';
  ck_assert_uint_eq(duv_debug_leaks(rt, collect, NULL), 1);
  ck_assert_msg(strstr(seen, "leaky_helper") != NULL, "site lacks the creating function:\n%s", seen);
  ck_assert_msg(strstr(seen, "duv_string_new") != NULL, "site lacks the API call:\n%s", seen);

  /* Freeing the runtime reports the leak on stderr. */
  char path[] = "/tmp/duv-debug-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  int saved = dup(2);
  dup2(fd, 2);
  duv_runtime_free(rt);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  char report[8192] = {0};
  ck_assert_int_ge(pread(fd, report, sizeof(report) - 1, 0), 0);
  close(fd);
  unlink(path);
  ck_assert_msg(strstr(report, "1 handle not released") != NULL, "report: %s", report);
  ck_assert_msg(strstr(report, "leaky_helper") != NULL, "report: %s", report);
}
END_TEST

START_TEST(test_no_report_when_clean) {
  duv_runtime_t *rt = new_rt(DUV_RUNTIME_DEBUG);
  duv_value_t *n = duv_number_new(rt, 1);
  duv_value_release(rt, n);
  /* A pending exception is duv's own, not a leak. */
  duv_error_set(rt, DUV_ERROR, NULL, "pending");
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 0);
  duv_error_clear(rt);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_use_after_release_aborts) {
  duv_runtime_t *rt = new_rt(DUV_RUNTIME_DEBUG);
  duv_value_t *o = duv_object_new(rt);
  duv_value_release(rt, o);
  duv_value_t *other = duv_object_new(rt); /* debug mode never reuses o's entry */
  ck_assert_ptr_ne(other, o);
  duv_value_type(rt, o); /* aborts */
}
END_TEST

START_TEST(test_double_release_aborts) {
  duv_runtime_t *rt = new_rt(DUV_RUNTIME_DEBUG);
  duv_value_t *n = duv_number_new(rt, 3);
  duv_value_release(rt, n);
  duv_value_release(rt, n); /* aborts */
}
END_TEST

START_TEST(test_env_var_turns_it_on) {
  setenv("DUV_DEBUG", "1", 1);
  duv_runtime_t *rt = duv_runtime_new(NULL);
  unsetenv("DUV_DEBUG");
  duv_value_t *o = duv_object_new(rt);
  duv_value_release(rt, o);
  duv_value_release(rt, o); /* aborts: debug mode is on */
}
END_TEST

START_TEST(test_off_still_counts) {
  duv_runtime_t *rt = new_rt(0);
  duv_value_t *o = duv_object_new(rt);
  seen[0] = '\0';
  ck_assert_uint_eq(duv_debug_leaks(rt, collect, NULL), 1);
  ck_assert_str_eq(seen, "(debug mode is off)");
  /* Off, a double release is ignored rather than corrupting the table. */
  duv_value_release(rt, o);
  duv_value_release(rt, o);
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_old_config_size_accepted) {
  /* A host built against a header without `flags` passes a smaller struct. */
  duv_config_t config;
  duv_config_init(&config);
  config.struct_size = offsetof(duv_config_t, flags);
  config.flags = DUV_RUNTIME_DEBUG; /* past the struct the host knows: ignored */
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  duv_value_t *o = duv_object_new(rt);
  duv_value_release(rt, o);
  duv_value_release(rt, o); /* debug is off: no abort */
  duv_runtime_free(rt);
}
END_TEST

static Suite *debug_suite(void) {
  Suite *s = suite_create("capi-debug");
  TCase *tc = tcase_create("debug");
  tcase_add_test(tc, test_leak_found_with_site);
  tcase_add_test(tc, test_no_report_when_clean);
  tcase_add_test_raise_signal(tc, test_use_after_release_aborts, SIGABRT);
  tcase_add_test_raise_signal(tc, test_double_release_aborts, SIGABRT);
  tcase_add_test_raise_signal(tc, test_env_var_turns_it_on, SIGABRT);
  tcase_add_test(tc, test_off_still_counts);
  tcase_add_test(tc, test_old_config_size_accepted);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(debug_suite());
  /* The abort tests need a process each. */
  srunner_set_fork_status(sr, CK_FORK);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
