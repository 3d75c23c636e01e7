/*
 * duv_value_build() and duv_value_vbuild(): every unit, nesting, and the
 * error paths (bad formats, NULL values, a pending exception), with N always
 * consumed.
 */
#include <check.h>
#include <duv.h>

#include "capi_fixture.h"
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The JSON text of v (which is released), compared with want. */
static void expect_json(duv_value_t *v, const char *want) {
  ck_assert_ptr_nonnull(v);
  duv_value_t *j = duv_json_stringify(rt, v);
  ck_assert_ptr_nonnull(j);
  ck_assert_str_eq(duv_string_get(rt, j, NULL), want);
  duv_value_release(rt, j);
  duv_value_release(rt, v);
}

/* globalThis[name] = v, consuming v. */
static void set_global(const char *name, duv_value_t *v) {
  global_set(name, v);
  duv_value_release(rt, v);
}

START_TEST(test_scalars) {
  ck_assert_ptr_eq(duv_value_build(rt, ""), duv_undefined(rt));
  ck_assert_ptr_eq(duv_value_build(rt, "_"), duv_undefined(rt));
  ck_assert_ptr_eq(duv_value_build(rt, "~"), duv_null(rt));
  ck_assert_ptr_eq(duv_value_build(rt, "?", 5), duv_boolean_new(rt, 1));
  ck_assert_ptr_eq(duv_value_build(rt, "?", 0), duv_boolean_new(rt, 0));
  expect_json(duv_value_build(rt, "d", 1.5), "1.5");
  expect_json(duv_value_build(rt, "f", (double)0.25f), "0.25");
  expect_json(duv_value_build(rt, "i", -3), "-3");
  expect_json(duv_value_build(rt, "I", 4000000000u), "4000000000");
  expect_json(duv_value_build(rt, "l", (int64_t)-9007199254740991LL), "-9007199254740991");
  expect_json(duv_value_build(rt, "k", (uint64_t)9007199254740991ULL), "9007199254740991");
  expect_json(duv_value_build(rt, "n", (size_t)42), "42");
  expect_json(duv_value_build(rt, " d ", 2.0), "2");
}
END_TEST

START_TEST(test_strings_and_bytes) {
  expect_json(duv_value_build(rt, "s", "h\xC3\xA9"), "\"h\xC3\xA9\"");
  ck_assert_ptr_eq(duv_value_build(rt, "s", (const char *)NULL), duv_null(rt));
  ck_assert_ptr_eq(duv_value_build(rt, "s#", (const char *)NULL, (size_t)3), duv_null(rt));
  set_global("s", duv_value_build(rt, "s#", "a\0b\xF0\x9F\x98\x80", (size_t)7));
  run_js("if (s !== 'a\\u0000b\\ud83d\\ude00') throw new Error(JSON.stringify(s));");
  unsigned char bytes[3] = {1, 2, 250};
  set_global("y", duv_value_build(rt, "y#", bytes, sizeof(bytes)));
  bytes[0] = 9; /* a copy: JS does not see this */
  run_js(
      "if (!(y instanceof Uint8Array) || y.length !== 3 || y[0] !== 1 || y[2] !== 250)"
      "  throw new Error('bad bytes');");
  set_global("e", duv_value_build(rt, "y#", NULL, (size_t)0));
  run_js("if (!(e instanceof Uint8Array) || e.length !== 0) throw new Error('bad empty');");
}
END_TEST

START_TEST(test_values_and_containers) {
  duv_value_t *o = duv_object_new(rt);
  duv_value_t *r = duv_value_build(rt, "O", o);
  ck_assert_int_eq(duv_value_strict_equals(rt, r, o), 1);
  duv_value_release(rt, r);
  /* N takes the reference: o must not be released by the caller after. */
  duv_value_t *n = duv_number_new(rt, 8);
  set_global("built", duv_value_build(rt, "{s:N, s:O, s:[i[s~]{}], s#:d}", "n", n, "o", o, "list",
                                      1, "x", "k\0ey", (size_t)4, 0.5));
  run_js(
      "if (built.n !== 8 || typeof built.o !== 'object' || built['k\\u0000ey'] !== 0.5 ||"
      "    JSON.stringify(built.list) !== '[1,[\"x\",null],{}]') throw new "
      "Error(JSON.stringify(built));");
  duv_value_release(rt, o);
  /* Several units at the top level make an array; separators are free. */
  expect_json(duv_value_build(rt, "i, i s", 1, 2, "3"), "[1,2,\"3\"]");
  expect_json(duv_value_build(rt, "[]"), "[]");
  expect_json(duv_value_build(rt, "{}"), "{}");
  expect_json(duv_value_build(rt, "[_~]"), "[null,null]");
}
END_TEST

static duv_value_t *my_build(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  duv_value_t *v = duv_value_vbuild(rt, format, ap);
  va_end(ap);
  return v;
}

START_TEST(test_vbuild) {
  expect_json(my_build("[d s]", 1.0, "a"), "[1,\"a\"]");
  expect_json(my_build("d", 4.0), "4");
  expect_json(my_build("i", 4), "4");
}
END_TEST

START_TEST(test_errors) {
  duv_value_t *n;
  /* Each failing build still consumes its N values, before and after the
   * failure. */
  n = duv_object_new(rt);
  ck_assert_ptr_null(duv_value_build(rt, "[N q]", n));
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"[N q]\": unknown format unit");
  n = duv_object_new(rt);
  ck_assert_ptr_null(duv_value_build(rt, "[O N]", (duv_value_t *)NULL, n));
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"[O N]\": a NULL value for 'O' or 'N'");
  n = duv_object_new(rt);
  ck_assert_ptr_null(duv_value_build(rt, "{i:N}", 1, n));
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"{i:N}\": object keys must be 's' or 's#'");
  n = duv_object_new(rt);
  ck_assert_ptr_null(duv_value_build(rt, "{s:i, s:N}", (const char *)NULL, 1, "k", n));
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"{s:i, s:N}\": an object key is NULL");
  ck_assert_ptr_null(duv_value_build(rt, "[i", 1));
  expect_error("Error", "ERR_INTERNAL_ASSERTION", "bad format string \"[i\": '[' without ']'");
  ck_assert_ptr_null(duv_value_build(rt, "{s}", "k"));
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"{s}\": an object key without a value");
  ck_assert_ptr_null(duv_value_build(rt, "i]", 1));
  expect_error("Error", "ERR_INTERNAL_ASSERTION", "bad format string \"i]\": unbalanced brackets");
  ck_assert_ptr_null(duv_value_build(rt, "y", "x"));
  expect_error("Error", "ERR_INTERNAL_ASSERTION", "bad format string \"y\": 'y' needs '#'");

  /* With an exception pending nothing is built, N is still consumed, and
   * the pending exception stays. */
  duv_error_set(rt, DUV_TYPE_ERROR, "ERR_X", "first");
  n = duv_object_new(rt); /* fails: an exception is pending */
  ck_assert_ptr_null(n);
  n = duv_number_new(rt, 1);
  ck_assert_ptr_null(duv_value_build(rt, "[N]", n));
  ck_assert_ptr_null(duv_value_build(rt, "d", 1.0));
  expect_error("TypeError", "ERR_X", "first");
}
END_TEST

/* N released its handle even though the build failed: nothing is held (the
 * fixture's debug mode counts every live handle). */
static void expect_released(duv_value_t *was) {
  (void)was;
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 0);
}

START_TEST(test_n_is_released) {
  duv_value_t *n = duv_string_new(rt, "x", 1);
  duv_value_t *v = duv_value_build(rt, "[N]", n); /* the array takes n's reference */
  ck_assert_ptr_nonnull(v);
  ck_assert_uint_eq(duv_debug_leaks(rt, NULL, NULL), 1);
  duv_value_release(rt, v);
  expect_released(n);

  /* Failure after the N unit. */
  n = duv_string_new(rt, "x", 1);
  ck_assert_ptr_null(duv_value_build(rt, "[N q]", n));
  duv_error_clear(rt);
  expect_released(n);
  /* Failure before it. */
  n = duv_string_new(rt, "x", 1);
  ck_assert_ptr_null(duv_value_build(rt, "[O N]", (duv_value_t *)NULL, n));
  duv_error_clear(rt);
  expect_released(n);
  /* With an exception pending. */
  n = duv_string_new(rt, "x", 1);
  duv_error_set(rt, DUV_ERROR, NULL, "pending");
  ck_assert_ptr_null(duv_value_build(rt, "{s:N}", "k", n));
  duv_error_clear(rt);
  expect_released(n);
}
END_TEST

int main(void) {
  Suite *s = suite_create("capi-build");
  TCase *tc = tcase_create("build");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_scalars);
  tcase_add_test(tc, test_strings_and_bytes);
  tcase_add_test(tc, test_values_and_containers);
  tcase_add_test(tc, test_vbuild);
  tcase_add_test(tc, test_errors);
  tcase_add_test(tc, test_n_is_released);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
