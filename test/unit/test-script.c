/*
 * Compiled scripts: compile once and run many times; bytecode dumped,
 * loaded into another runtime, and refused when its stamp differs.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

static void expect_code(duv_runtime_t *rt, const char *code) {
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *c = duv_object_get(rt, err, "code");
  ck_assert_msg(duv_value_type(rt, c) == DUV_TYPE_STRING, "no code");
  ck_assert_str_eq(duv_string_get(rt, c, NULL), code);
  duv_value_release(rt, c);
  duv_value_release(rt, err);
}

START_TEST(test_compile_once_run_many) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  duv_value_t *s = duv_script_compile(rt, "globalThis.n = (globalThis.n || 0) + 1;"
                                          "setTimeout(function () { globalThis.t = n; }, 1);",
                                      DUV_NTS, "counter.js");
  ck_assert_ptr_nonnull(s);
  for (int i = 0; i < 5; i++) ck_assert_int_eq(duv_script_run(rt, s), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_runtime_eval(rt, "if (n !== 5 || t !== 5) throw new Error(n + ' ' + t);",
                                    DUV_NTS, "t.js", 0), 0);
  /* Errors: a syntax error, and a value that is not a script. */
  ck_assert_ptr_null(duv_script_compile(rt, "var = ;", DUV_NTS, "bad.js"));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "SyntaxError");
  duv_value_release(rt, name);
  duv_value_release(rt, err);
  duv_value_t *num = duv_number_new(rt, 1);
  ck_assert_int_eq(duv_script_run(rt, num), -1);
  expect_code(rt, "ERR_INVALID_ARG_TYPE");
  duv_value_release(rt, num);
  /* A script that throws is an uncaught error, as duv_runtime_eval's. */
  duv_value_t *thrower = duv_script_compile(rt, "throw new Error('from a script')", DUV_NTS, "th.js");
  ck_assert_int_eq(duv_script_run(rt, thrower), -1);
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_value_release(rt, thrower);
  duv_value_release(rt, s);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_bytecode_round_trip) {
  duv_runtime_t *a = duv_runtime_new(NULL);
  duv_value_t *s = duv_script_compile(a,
      "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }"
      "globalThis.result = fib(15) + ' \\ud83d\\ude00';", DUV_NTS, "shipped.js");
  void *bytes = NULL;
  size_t len = 0;
  ck_assert_int_eq(duv_script_dump(a, s, &bytes, &len), 0);
  ck_assert_uint_gt(len, 20);
  ck_assert_int_eq(memcmp(bytes, "DUVBC", 5), 0);
  duv_value_release(a, s);
  duv_runtime_free(a);

  /* Another runtime loads and runs it. */
  duv_runtime_t *b = duv_runtime_new(NULL);
  duv_value_t *loaded = duv_script_load(b, bytes, len);
  ck_assert_ptr_nonnull(loaded);
  ck_assert_int_eq(duv_script_run(b, loaded), 0);
  ck_assert_int_eq(duv_runtime_eval(b, "if (result !== '610 \\ud83d\\ude00') throw new Error(result);",
                                    DUV_NTS, "t.js", 0), 0);
  /* Stack traces keep the file name. */
  ck_assert_int_eq(duv_runtime_eval(b,
      "try { fib(null.x); } catch (e) { if (String(e.stack).indexOf('t.js') < 0) throw e; }",
      DUV_NTS, "t.js", 0), 0);
  duv_value_release(b, loaded);

  /* Another version's stamp is refused, naming both. */
  char *bad = malloc(len);
  memcpy(bad, bytes, len);
  memcpy(bad + 6, "duv 9", 5); /* "duv 0.1.0 / ..." -> "duv 9.1.0 / ..." */
  ck_assert_ptr_null(duv_script_load(b, bad, len));
  duv_value_t *err = duv_error_fetch(b);
  duv_value_t *msg = duv_object_get(b, err, "message");
  ck_assert_msg(strstr(duv_string_get(b, msg, NULL), "duv 9.1.0") != NULL &&
                    strstr(duv_string_get(b, msg, NULL), "cannot be loaded by duv 0.1.0") != NULL,
                "%s", duv_string_get(b, msg, NULL));
  duv_value_release(b, msg);
  duv_value_release(b, err);
  /* Not bytecode at all, and truncated. */
  ck_assert_ptr_null(duv_script_load(b, "hello world", 11));
  duv_value_t *e2 = duv_error_fetch(b);
  duv_value_t *c2 = duv_object_get(b, e2, "code");
  ck_assert_str_eq(duv_string_get(b, c2, NULL), "ERR_DUV_BYTECODE");
  duv_value_release(b, c2);
  duv_value_release(b, e2);
  ck_assert_ptr_null(duv_script_load(b, bytes, 8));
  duv_error_clear(b);
  free(bad);
  free(bytes);
  duv_runtime_free(b);
}
END_TEST

static Suite *script_suite(void) {
  Suite *s = suite_create("script");
  TCase *tc = tcase_create("script");
  tcase_add_test(tc, test_compile_once_run_many);
  tcase_add_test(tc, test_bytecode_round_trip);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(script_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
