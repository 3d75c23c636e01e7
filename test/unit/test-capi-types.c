/*
 * The extension API's further value types: integer readers, arrays,
 * property queries, JSON, buffers, dates, error objects and promises.
 */
#include <check.h>
#include <duv.h>

#include "capi_fixture.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static duv_value_t *js(const char *expr) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *f = duv_object_get(rt, g, "__expr");
  duv_value_release(rt, g);
  ck_assert_ptr_nonnull(f);
  duv_value_t *src = duv_string_new(rt, expr, DUV_NTS);
  duv_value_t *v = duv_function_call(rt, f, NULL, &src, 1);
  duv_value_release(rt, src);
  duv_value_release(rt, f);
  ck_assert_msg(v != NULL, "JS failed: %s", expr);
  return v;
}

static void fixture(void) {
  setup();
  run_js("globalThis.__expr = function (s) { return (0, eval)('(' + s + ')'); };");
}

START_TEST(test_integers) {
  duv_value_t *v = duv_number_new(rt, -2147483648.0);
  int32_t i = 0;
  uint32_t u = 0;
  int64_t l = 0;
  ck_assert_int_eq(duv_number_get_int32(rt, v, &i), 0);
  ck_assert_int_eq(i, INT32_MIN);
  ck_assert_int_eq(duv_number_get_uint32(rt, v, &u), -1);
  expect_error("RangeError", "ERR_OUT_OF_RANGE",
               "The value of \"value\" is out of range. It must be >= 0 && <= 4294967295. Received "
               "-2147483648");
  ck_assert_int_eq(duv_number_get_int64(rt, v, &l), 0);
  ck_assert(l == INT32_MIN);
  duv_value_release(rt, v);

  v = duv_number_new(rt, 4294967295.0);
  ck_assert_int_eq(duv_number_get_uint32(rt, v, &u), 0);
  ck_assert_uint_eq(u, UINT32_MAX);
  i = 7;
  ck_assert_int_eq(duv_number_get_int32(rt, v, &i), -1);
  ck_assert_int_eq(i, 7); /* untouched */
  expect_error("RangeError", "ERR_OUT_OF_RANGE",
               "The value of \"value\" is out of range. It must be >= -2147483648 && <= "
               "2147483647. Received 4294967295");
  duv_value_release(rt, v);

  v = duv_number_new(rt, 9007199254740992.0);
  ck_assert_int_eq(duv_number_get_int64(rt, v, &l), -1);
  expect_error("RangeError", "ERR_OUT_OF_RANGE",
               "The value of \"value\" is out of range. It must be >= -9007199254740991 && <= "
               "9007199254740991. Received 9_007_199_254_740_992");
  duv_value_release(rt, v);
  v = duv_number_new(rt, -9007199254740991.0);
  ck_assert_int_eq(duv_number_get_int64(rt, v, &l), 0);
  ck_assert(l == -9007199254740991LL);
  duv_value_release(rt, v);

  v = duv_number_new(rt, -0.5);
  ck_assert_int_eq(duv_number_get_int32(rt, v, &i), -1);
  expect_error("RangeError", "ERR_OUT_OF_RANGE",
               "The value of \"value\" is out of range. It must be an integer. Received -0.5");
  duv_value_release(rt, v);
  v = duv_number_new(rt, -0.0); /* -0 is an integer */
  ck_assert_int_eq(duv_number_get_int32(rt, v, &i), 0);
  ck_assert_int_eq(i, 0);
  duv_value_release(rt, v);

  v = duv_string_new(rt, "2", 1);
  ck_assert_int_eq(duv_number_get_int32(rt, v, &i), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be of type number. Received type string ('2')");
  ck_assert_int_eq(duv_number_get_uint32(rt, duv_null(rt), &u), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be of type number. Received null");
  ck_assert_int_eq(duv_number_get_int64(rt, duv_boolean_new(rt, 1), &l), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be of type number. Received type boolean (true)");
  duv_value_release(rt, v);
}
END_TEST

static duv_value_t *int_of(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                           size_t argc) {
  int32_t i;
  if (argc < 1 || duv_number_get_int32(rt, argv[0], &i) < 0) return NULL;
  return duv_value_build(rt, "i", (int)i * 2);
}

START_TEST(test_integers_of_arguments) {
  duv_value_t *f = duv_function_new(rt, "intOf", int_of, 1, NULL);
  global_set("intOf", f);
  duv_value_release(rt, f);
  run_js(
      "if (intOf(-21) !== -42) throw new Error('value');"
      "try { intOf(1e10); throw new Error('no throw'); } catch (e) {"
      "  if (e.code !== 'ERR_OUT_OF_RANGE' || !(e instanceof RangeError)) throw e; }"
      "try { intOf([]); throw new Error('no throw'); } catch (e) {"
      "  if (e.message !== 'The value must be of type number. Received an instance of Array') "
      "throw e; }");
}
END_TEST

START_TEST(test_arrays) {
  duv_value_t *a = duv_array_new(rt, 3);
  ck_assert_ptr_nonnull(a);
  ck_assert_int_eq(duv_value_is_array(rt, a), 1);
  size_t len = 0;
  ck_assert_int_eq(duv_array_length(rt, a, &len), 0);
  ck_assert_uint_eq(len, 3);
  duv_value_t *x = duv_array_get(rt, a, 1);
  ck_assert_ptr_eq(x, duv_undefined(rt));
  duv_value_t *n = duv_number_new(rt, 5);
  ck_assert_int_eq(duv_array_set(rt, a, 4, n), 0); /* grows */
  duv_value_release(rt, n);
  ck_assert_int_eq(duv_array_length(rt, a, &len), 0);
  ck_assert_uint_eq(len, 5);
  x = duv_array_get(rt, a, 4);
  double d = 0;
  ck_assert_int_eq(duv_number_get(rt, x, &d), 0);
  ck_assert(d == 5);
  duv_value_release(rt, x);
  global_set("arr", a);
  run_js(
      "if (arr.length !== 5 || arr[4] !== 5 || (1 in arr)) throw new Error('bad array');"
      "Object.freeze(arr);");
  ck_assert_int_eq(duv_array_set(rt, a, 0, duv_null(rt)), -1);
  expect_error("TypeError", NULL, NULL);
  duv_value_release(rt, a);

  duv_value_t *o = duv_object_new(rt);
  ck_assert_int_eq(duv_value_is_array(rt, o), 0);
  ck_assert_int_eq(duv_value_is_array(rt, duv_null(rt)), 0);
  ck_assert_int_eq(duv_array_length(rt, o, &len), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be an instance of Array. Received an instance of Object");
  duv_value_release(rt, o);
  ck_assert_ptr_null(duv_array_get(rt, duv_undefined(rt), 0));
  expect_error("TypeError", NULL, NULL);
  if (sizeof(size_t) > 4) {
    ck_assert_ptr_null(duv_array_new(rt, (size_t)1 << 33));
    expect_error("RangeError", NULL, "Invalid array length");
  }
  /* An array-like works with get. */
  duv_value_t *s = js("'abc'");
  x = duv_array_get(rt, s, 2);
  ck_assert_str_eq(duv_string_get(rt, x, NULL), "c");
  duv_value_release(rt, x);
  duv_value_release(rt, s);
}
END_TEST

START_TEST(test_keys_has_delete) {
  duv_value_t *o =
      js("(function () { var o = Object.create({ inherited: 1 }); o.a = 1; o.b = 2;"
         " Object.defineProperty(o, 'hidden', { value: 3 });"
         " Object.defineProperty(o, 'fixed', { value: 4, enumerable: true }); return o; })()");
  duv_value_t *k = duv_object_keys(rt, o);
  duv_value_t *j = duv_json_stringify(rt, k);
  ck_assert_str_eq(duv_string_get(rt, j, NULL), "[\"a\",\"b\",\"fixed\"]");
  duv_value_release(rt, j);
  duv_value_release(rt, k);

  ck_assert_int_eq(duv_object_has(rt, o, "a"), 1);
  ck_assert_int_eq(duv_object_has(rt, o, "inherited"), 1);
  ck_assert_int_eq(duv_object_has(rt, o, "hidden"), 1);
  ck_assert_int_eq(duv_object_has(rt, o, "nope"), 0);
  ck_assert_int_eq(duv_object_delete(rt, o, "a"), 0);
  ck_assert_int_eq(duv_object_has(rt, o, "a"), 0);
  ck_assert_int_eq(duv_object_delete(rt, o, "a"), 0); /* already gone */
  ck_assert_int_eq(duv_object_delete(rt, o, "fixed"), -1);
  expect_error("TypeError", NULL, NULL);
  ck_assert_int_eq(duv_object_has(rt, o, "fixed"), 1);
  duv_value_release(rt, o);

  duv_value_t *s = js("'ab'");
  ck_assert_int_eq(duv_object_has(rt, s, "length"), -1); /* `in` needs an object */
  expect_error("TypeError", NULL, NULL);
  k = duv_object_keys(rt, s);
  j = duv_json_stringify(rt, k);
  ck_assert_str_eq(duv_string_get(rt, j, NULL), "[\"0\",\"1\"]");
  duv_value_release(rt, j);
  duv_value_release(rt, k);
  duv_value_release(rt, s);
  ck_assert_ptr_null(duv_object_keys(rt, duv_null(rt)));
  expect_error("TypeError", NULL, "Cannot convert undefined or null to object");
  ck_assert_int_eq(duv_object_delete(rt, duv_undefined(rt), "x"), -1);
  expect_error("TypeError", NULL, NULL);

  /* A Proxy's traps run, and what they throw is passed on. */
  duv_value_t *p = js("new Proxy({}, { has: function () { throw new RangeError('trap'); } })");
  ck_assert_int_eq(duv_object_has(rt, p, "x"), -1);
  expect_error("RangeError", NULL, "trap");
  duv_value_release(rt, p);
}
END_TEST

START_TEST(test_json) {
  duv_value_t *v = duv_json_parse(rt, "{\"a\":[1,\"\xF0\x9F\x98\x80\"]}", DUV_NTS);
  ck_assert_ptr_nonnull(v);
  global_set("parsed", v);
  run_js(
      "if (parsed.a[0] !== 1 || parsed.a[1] !== '\\ud83d\\ude00') throw new Error('bad parse');");
  duv_value_t *s = duv_json_stringify(rt, v);
  ck_assert_str_eq(duv_string_get(rt, s, NULL), "{\"a\":[1,\"\xF0\x9F\x98\x80\"]}");
  duv_value_release(rt, s);
  duv_value_release(rt, v);
  v = duv_json_parse(rt, "[1]xyz", 3);
  ck_assert_ptr_nonnull(v);
  duv_value_release(rt, v);

  ck_assert_ptr_null(duv_json_parse(rt, "{bad", DUV_NTS));
  expect_error("SyntaxError", NULL, NULL);
  ck_assert_ptr_eq(duv_json_stringify(rt, duv_undefined(rt)), duv_undefined(rt));
  duv_value_t *c = js("(function () { var o = {}; o.self = o; return o; })()");
  ck_assert_ptr_null(duv_json_stringify(rt, c));
  expect_error("TypeError", NULL, NULL);
  duv_value_release(rt, c);
  c = js("({ toJSON: function () { throw new URIError('toJSON'); } })");
  ck_assert_ptr_null(duv_json_stringify(rt, c));
  expect_error("URIError", NULL, "toJSON");
  duv_value_release(rt, c);
}
END_TEST

START_TEST(test_buffers) {
  void *data = NULL;
  duv_value_t *b = duv_buffer_new(rt, 4, &data);
  ck_assert_ptr_nonnull(b);
  ck_assert_ptr_nonnull(data);
  ck_assert_int_eq(memcmp(data, "\0\0\0\0", 4), 0);
  memcpy(data, "duv!", 4);
  global_set("buf", b);
  run_js(
      "if (!(buf instanceof Uint8Array) || buf.length !== 4 || buf[0] !== 100) throw new "
      "Error('buf');"
      /* A Buffer, though the script never used Buffer before it was made. */
      "if (Object.getPrototypeOf(buf) !== Buffer.prototype || buf.toString('latin1') !== 'duv!') "
      "throw new Error('not a Buffer');"
      "buf[3] = 63;");
  duv_buffer_view_t view;
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), 0);
  ck_assert_ptr_eq(view.data, data);
  ck_assert_uint_eq(view.len, 4);
  ck_assert_int_eq(memcmp(view.data, "duv?", 4), 0);
  duv_value_release(rt, b);

  b = duv_buffer_new(rt, 0, NULL);
  ck_assert_ptr_nonnull(b);
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), 0);
  ck_assert_uint_eq(view.len, 0);
  duv_value_release(rt, b);

  /* Views of the other kinds, with their offsets. */
  b = js("new Uint16Array(new ArrayBuffer(8), 2, 2)");
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), 0);
  ck_assert_uint_eq(view.len, 4);
  duv_value_release(rt, b);
  b = js("new DataView(new ArrayBuffer(8), 3)");
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), 0);
  ck_assert_uint_eq(view.len, 5);
  duv_value_release(rt, b);
  b = js("new ArrayBuffer(6)");
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), 0);
  ck_assert_uint_eq(view.len, 6);
  duv_value_release(rt, b);

  b = js("[1, 2]");
  ck_assert_int_eq(duv_buffer_view(rt, b, &view), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView. "
               "Received an instance of Array");
  duv_value_release(rt, b);
}
END_TEST

START_TEST(test_dates) {
  duv_value_t *d = duv_date_new(rt, 86400000.0);
  global_set("date", d);
  run_js(
      "if (!(date instanceof Date) || date.toISOString() !== '1970-01-02T00:00:00.000Z')"
      "  throw new Error('bad date');");
  double ms = 0;
  ck_assert_int_eq(duv_date_get(rt, d, &ms), 0);
  ck_assert(ms == 86400000.0);
  duv_value_release(rt, d);
  d = duv_date_new(rt, 1e20);
  ck_assert_int_eq(duv_date_get(rt, d, &ms), 0);
  ck_assert(isnan(ms));
  duv_value_release(rt, d);

  d = duv_object_new(rt);
  ck_assert_int_eq(duv_date_get(rt, d, &ms), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be an instance of Date. Received an instance of Object");
  duv_value_release(rt, d);
  ck_assert_int_eq(duv_date_get(rt, duv_undefined(rt), &ms), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The value must be an instance of Date. Received undefined");
}
END_TEST

START_TEST(test_error_objects) {
  duv_value_t *e = duv_error_new(rt, DUV_RANGE_ERROR, "ERR_SOMETHING", "bad %s %d", "value", 7);
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  global_set("err", e);
  run_js(
      "if (!(err instanceof RangeError) || err.message !== 'bad value 7' ||"
      "    err.code !== 'ERR_SOMETHING' || typeof err.stack !== 'string') throw new Error('bad "
      "error');");
  /* Thrown later as is. */
  duv_error_restore(rt, e);
  duv_value_t *back = duv_error_fetch(rt);
  ck_assert_int_eq(duv_value_strict_equals(rt, back, e), 1);
  duv_value_release(rt, back);
  duv_value_release(rt, e);

  char longmsg[1000];
  memset(longmsg, 'x', sizeof(longmsg) - 1);
  longmsg[sizeof(longmsg) - 1] = '\0';
  e = duv_error_new(rt, DUV_ERROR, NULL, "%s", longmsg);
  duv_value_t *m = duv_object_get(rt, e, "message");
  ck_assert_str_eq(duv_string_get(rt, m, NULL), longmsg);
  duv_value_t *code = duv_object_get(rt, e, "code");
  ck_assert_ptr_eq(code, duv_undefined(rt));
  duv_value_release(rt, m);
  duv_value_release(rt, e);

  /* Nothing is made while an exception is pending. */
  duv_error_set(rt, DUV_TYPE_ERROR, NULL, "first");
  ck_assert_ptr_null(duv_error_new(rt, DUV_ERROR, NULL, "second"));
  ck_assert_ptr_null(duv_array_new(rt, 1));
  ck_assert_ptr_null(duv_date_new(rt, 0));
  ck_assert_ptr_null(duv_json_parse(rt, "1", DUV_NTS));
  expect_error("TypeError", NULL, "first");
}
END_TEST

START_TEST(test_promises) {
  duv_deferred_t *d1, *d2, *d3, *d4, *d5;
  duv_value_t *p1 = duv_promise_new(rt, &d1);
  duv_value_t *p2 = duv_promise_new(rt, &d2);
  duv_value_t *p3 = duv_promise_new(rt, &d3);
  duv_value_t *p4 = duv_promise_new(rt, &d4);
  duv_value_t *p5 = duv_promise_new(rt, &d5);
  ck_assert_ptr_nonnull(p1);
  ck_assert_ptr_nonnull(d1);
  global_set("p1", p1);
  global_set("p2", p2);
  global_set("p3", p3);
  global_set("p4", p4);
  global_set("p5", p5);
  run_js(
      "globalThis.log = [];"
      "if (!(p1 instanceof Promise)) throw new Error('not a promise');"
      "p1.then(function (v) { log.push('p1 ' + v); });"
      "p2.catch(function (e) { log.push('p2 ' + e.message + ' ' + e.code); });"
      "p3.catch(function (e) { log.push('p3 ' + e.message); });"
      "p4.then(function (v) { log.push('p4 ' + v); });"
      "p5.then(function () { log.push('p5 settled'); });");
  duv_value_t *n = duv_number_new(rt, 42);
  ck_assert_int_eq(duv_promise_resolve(rt, d1, n), 0);
  duv_value_release(rt, n);
  duv_value_t *e = duv_error_new(rt, DUV_TYPE_ERROR, "ERR_NOPE", "nope");
  ck_assert_int_eq(duv_promise_reject(rt, d2, e), 0);
  duv_value_release(rt, e);
  /* NULL takes the pending exception. */
  duv_error_set(rt, DUV_ERROR, NULL, "from pending");
  ck_assert_int_eq(duv_promise_reject(rt, d3, NULL), 0);
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  /* A thenable is followed: p4 takes p1's value. */
  ck_assert_int_eq(duv_promise_resolve(rt, d4, p1), 0);
  /* No reason and nothing pending: an error, and the deferred is gone. */
  ck_assert_int_eq(duv_promise_reject(rt, d5, NULL), -1);
  expect_error("TypeError", NULL, "duv_promise_reject: no reason given and no exception pending");
  duv_deferred_free(rt, NULL);

  /* Nothing runs until the loop does. */
  run_js("if (log.length !== 0) throw new Error('ran early');");
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  run_js(
      "var want = 'p1 42,p2 nope ERR_NOPE,p3 from pending,p4 42';"
      "if (log.join() !== want) throw new Error(log.join());");
  duv_value_release(rt, p1);
  duv_value_release(rt, p2);
  duv_value_release(rt, p3);
  duv_value_release(rt, p4);
  duv_value_release(rt, p5);

  /* A deferred given up leaves its promise pending. */
  duv_deferred_t *d6;
  duv_value_t *p6 = duv_promise_new(rt, &d6);
  duv_deferred_free(rt, d6);
  duv_value_release(rt, p6);
  /* With an exception pending, nothing is made. */
  duv_error_set(rt, DUV_ERROR, NULL, "pending");
  ck_assert_ptr_null(duv_promise_new(rt, &d6));
  ck_assert_ptr_null(d6);
  duv_error_clear(rt);
}
END_TEST

int main(void) {
  Suite *s = suite_create("capi-types");
  TCase *tc = tcase_create("types");
  tcase_add_checked_fixture(tc, fixture, teardown);
  tcase_add_test(tc, test_integers);
  tcase_add_test(tc, test_integers_of_arguments);
  tcase_add_test(tc, test_arrays);
  tcase_add_test(tc, test_keys_has_delete);
  tcase_add_test(tc, test_json);
  tcase_add_test(tc, test_buffers);
  tcase_add_test(tc, test_dates);
  tcase_add_test(tc, test_error_objects);
  tcase_add_test(tc, test_promises);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
