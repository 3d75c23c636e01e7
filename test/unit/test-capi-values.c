/*
 * The extension API's values, errors and native functions, through the
 * public header only: ownership, error paths, and JS calling C calling JS.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

#include "capi_fixture.h"

START_TEST(test_constants) {
  ck_assert_ptr_eq(duv_undefined(rt), duv_undefined(rt));
  ck_assert_int_eq(duv_value_type(rt, duv_undefined(rt)), DUV_TYPE_UNDEFINED);
  ck_assert_int_eq(duv_value_type(rt, duv_null(rt)), DUV_TYPE_NULL);
  ck_assert_int_eq(duv_value_type(rt, duv_boolean_new(rt, 7)), DUV_TYPE_BOOLEAN);
  ck_assert_int_eq(duv_value_truthy(rt, duv_boolean_new(rt, 7)), 1);
  ck_assert_int_eq(duv_value_truthy(rt, duv_boolean_new(rt, 0)), 0);
  ck_assert_ptr_eq(duv_boolean_new(rt, 2), duv_boolean_new(rt, 1));
  /* Releasing an immortal is harmless. */
  duv_value_release(rt, duv_null(rt));
  duv_value_release(rt, NULL);
  ck_assert_ptr_null(duv_value_dup(rt, NULL));
}
END_TEST

START_TEST(test_numbers) {
  duv_value_t *n = duv_number_new(rt, 2.5);
  ck_assert_ptr_nonnull(n);
  double d = 0;
  ck_assert_int_eq(duv_number_get(rt, n, &d), 0);
  ck_assert(d == 2.5);
  duv_value_t *copy = duv_value_dup(rt, n);
  ck_assert_int_eq(duv_value_strict_equals(rt, n, copy), 1);
  duv_value_release(rt, n);
  ck_assert_int_eq(duv_number_get(rt, copy, &d), 0);
  ck_assert(d == 2.5);
  duv_value_release(rt, copy);

  /* Not a number: TypeError with Node's code, and *out untouched. */
  duv_value_t *s = duv_string_new(rt, "2", DUV_NTS);
  d = 9;
  ck_assert_int_eq(duv_number_get(rt, s, &d), -1);
  ck_assert(d == 9);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_INVALID_ARG_TYPE");
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "TypeError");
  duv_value_release(rt, name);
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  duv_value_release(rt, s);
}
END_TEST

START_TEST(test_strings_utf8) {
  /* A character outside the BMP round-trips as UTF-8 and is two UTF-16 units in JS. */
  const char *smile = "a\xF0\x9F\x98\x80z";
  duv_value_t *s = duv_string_new(rt, smile, DUV_NTS);
  ck_assert_int_eq(duv_value_type(rt, s), DUV_TYPE_STRING);
  size_t len = 0;
  const char *back = duv_string_get(rt, s, &len);
  ck_assert_uint_eq(len, strlen(smile));
  ck_assert_str_eq(back, smile);
  global_set("s", s);
  run_js("if (s.length !== 4 || s.charCodeAt(1) !== 0xD83D) throw new Error('bad: ' + s.length);");
  duv_value_release(rt, s);

  /* Embedded NUL with an explicit length; invalid UTF-8 becomes U+FFFD. */
  duv_value_t *t = duv_string_new(rt, "x\0y\xff", 4);
  back = duv_string_get(rt, t, &len);
  ck_assert_uint_eq(len, 6);
  ck_assert_int_eq(memcmp(back, "x\0y\xEF\xBF\xBD", 6), 0);
  duv_value_release(rt, t);

  /* Not a string. */
  duv_value_t *n = duv_number_new(rt, 1);
  ck_assert_ptr_null(duv_string_get(rt, n, &len));
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_error_clear(rt);
  duv_value_release(rt, n);
}
END_TEST

START_TEST(test_objects) {
  duv_value_t *o = duv_object_new(rt);
  duv_value_t *v = duv_number_new(rt, 42);
  ck_assert_int_eq(duv_object_set(rt, o, "answer", v), 0);
  duv_value_release(rt, v);
  duv_value_t *got = duv_object_get(rt, o, "answer");
  double d;
  ck_assert_int_eq(duv_number_get(rt, got, &d), 0);
  ck_assert(d == 42);
  duv_value_release(rt, got);
  /* A missing property is undefined. */
  got = duv_object_get(rt, o, "missing");
  ck_assert_ptr_eq(got, duv_undefined(rt));
  global_set("o", o);
  run_js("if (o.answer !== 42) throw new Error('bad');");
  duv_value_release(rt, o);
  ck_assert_int_eq(duv_value_type(rt, (got = global_get("o"))), DUV_TYPE_OBJECT);
  duv_value_release(rt, got);
}
END_TEST

START_TEST(test_object_errors) {
  /* A throwing getter and a frozen object: the exception is pending, nothing crashes. */
  run_js("globalThis.bad = { get boom() { throw new RangeError('from getter'); } };"
         "globalThis.frozen = Object.freeze({ x: 1 });");
  duv_value_t *bad = global_get("bad");
  ck_assert_ptr_null(duv_object_get(rt, bad, "boom"));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *msg = duv_object_get(rt, err, "message");
  ck_assert_str_eq(duv_string_get(rt, msg, NULL), "from getter");
  duv_value_release(rt, msg);
  duv_value_release(rt, err);

  duv_value_t *frozen = global_get("frozen");
  ck_assert_int_eq(duv_object_set(rt, frozen, "x", duv_null(rt)), -1);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  /* With an exception pending, calls that allocate or run JS fail at once. */
  ck_assert_ptr_null(duv_object_new(rt));
  ck_assert_ptr_null(duv_object_get(rt, bad, "x"));
  duv_error_clear(rt);

  /* Property access on undefined is a TypeError. */
  ck_assert_ptr_null(duv_object_get(rt, duv_undefined(rt), "x"));
  err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_release(rt, err);
  duv_value_release(rt, frozen);
  duv_value_release(rt, bad);
}
END_TEST

START_TEST(test_error_set_fetch_restore) {
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  ck_assert_ptr_null(duv_error_fetch(rt));
  duv_error_set(rt, DUV_RANGE_ERROR, "ERR_OUT_OF_RANGE", "value %d is too big", 300);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_value_t *err = duv_error_fetch(rt);
  global_set("e", err);
  run_js("if (!(e instanceof RangeError) || e.message !== 'value 300 is too big' ||"
         " e.code !== 'ERR_OUT_OF_RANGE') throw new Error('bad error');");
  /* Restoring any value makes it the pending exception, thrown as it is. */
  duv_value_t *n = duv_number_new(rt, 7);
  duv_error_restore(rt, n);
  duv_value_release(rt, n);
  duv_value_t *back = duv_error_fetch(rt);
  double d;
  ck_assert_int_eq(duv_number_get(rt, back, &d), 0);
  ck_assert(d == 7);
  duv_value_release(rt, back);
  duv_value_release(rt, err);
}
END_TEST

/* add(a, b): numbers only, as an addon function would check them. */
static duv_value_t *add(duv_runtime_t *r, duv_value_t *self, duv_value_t *const *argv, size_t argc) {
  (void)self;
  double a, b;
  if (argc < 2) {
    duv_error_set(r, DUV_TYPE_ERROR, "ERR_MISSING_ARGS", "add needs two numbers");
    return NULL;
  }
  if (duv_number_get(r, argv[0], &a) < 0 || duv_number_get(r, argv[1], &b) < 0) return NULL;
  return duv_number_new(r, a + b);
}

static duv_value_t *forgetful(duv_runtime_t *r, duv_value_t *self, duv_value_t *const *argv,
                              size_t argc) {
  (void)r, (void)self, (void)argv, (void)argc;
  return NULL; /* no exception set: a bug duv reports as a TypeError */
}

/* call_back(fn, x): calls fn(x) with `this` = self and returns its result. */
static duv_value_t *call_back(duv_runtime_t *r, duv_value_t *self, duv_value_t *const *argv,
                              size_t argc) {
  if (argc < 2) {
    duv_error_set(r, DUV_TYPE_ERROR, NULL, "call_back(fn, x)");
    return NULL;
  }
  return duv_function_call(r, argv[0], self, &argv[1], 1);
}

static int data_seen;
static duv_value_t *with_data(duv_runtime_t *r, duv_value_t *self, duv_value_t *const *argv,
                              size_t argc) {
  (void)self;
  data_seen = *(int *)duv_function_data(r);
  /* Argument strings outside the BMP come back as UTF-8 copies owned by the call. */
  size_t len;
  const char *s = argc > 0 ? duv_string_get(r, argv[0], &len) : NULL;
  if (s == NULL) return NULL;
  return duv_string_new(r, s, len);
}

START_TEST(test_native_functions) {
  duv_value_t *f = duv_function_new(rt, "add", add, 2, NULL);
  ck_assert_int_eq(duv_value_type(rt, f), DUV_TYPE_FUNCTION);
  global_set("add", f);
  duv_value_release(rt, f);
  run_js("if (add(2, 3) !== 5 || add.name !== 'add' || add.length !== 2) throw new Error('add');"
         "var caught = null;"
         "try { add('2', 3); } catch (e) { caught = e; }"
         "if (!(caught instanceof TypeError) || caught.code !== 'ERR_INVALID_ARG_TYPE') throw new Error('type');"
         "try { add(1); } catch (e) { caught = e; }"
         "if (caught.code !== 'ERR_MISSING_ARGS' || caught.message !== 'add needs two numbers') throw new Error('args');"
         "var many = add.apply(null, new Array(40).fill(1)); if (many !== 2) throw new Error('many');");

  f = duv_function_new(rt, "forgetful", forgetful, 0, NULL);
  global_set("forgetful", f);
  duv_value_release(rt, f);
  run_js("try { forgetful(); throw 0; } catch (e) {"
         " if (!(e instanceof TypeError) || e.message.indexOf(\"'forgetful' returned NULL\") < 0) throw e; }");

  f = duv_function_new(rt, "callBack", call_back, 2, NULL);
  global_set("callBack", f);
  duv_value_release(rt, f);
  run_js("var obj = { k: 10, callBack: callBack };"
         "if (obj.callBack(function (x) { return this.k + x; }, 5) !== 15) throw new Error('this');"
         "try { callBack(function () { throw new SyntaxError('inner'); }, 1); throw 0; }"
         "catch (e) { if (!(e instanceof SyntaxError) || e.message !== 'inner') throw e; }"
         "try { callBack(42, 1); throw 0; } catch (e) { if (!(e instanceof TypeError)) throw e; }");

  int data = 1234;
  f = duv_function_new(rt, "withData", with_data, 1, &data);
  global_set("withData", f);
  duv_value_release(rt, f);
  run_js("if (withData('\\ud83d\\ude00!') !== '\\ud83d\\ude00!') throw new Error('utf8');");
  ck_assert_int_eq(data_seen, 1234);
  ck_assert_ptr_null(duv_function_data(rt));
}
END_TEST

START_TEST(test_call_from_host) {
  run_js("globalThis.twice = function (x) { return [this === globalThis, x * 2]; };"
         "globalThis.thrower = function () { throw new URIError('nope'); };");
  duv_value_t *twice = global_get("twice");
  duv_value_t *arg = duv_number_new(rt, 21);
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *res = duv_function_call(rt, twice, g, &arg, 1);
  ck_assert_ptr_nonnull(res);
  duv_value_t *second = duv_object_get(rt, res, "1");
  double d;
  ck_assert_int_eq(duv_number_get(rt, second, &d), 0);
  ck_assert(d == 42);
  duv_value_t *first = duv_object_get(rt, res, "0");
  ck_assert_int_eq(duv_value_truthy(rt, first), 1);
  duv_value_t *thrower = global_get("thrower");
  ck_assert_ptr_null(duv_function_call(rt, thrower, NULL, NULL, 0));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "URIError");
  duv_value_release(rt, name);
  duv_value_release(rt, err);
  duv_value_release(rt, thrower);
  duv_value_release(rt, first);
  duv_value_release(rt, second);
  duv_value_release(rt, res);
  duv_value_release(rt, g);
  duv_value_release(rt, arg);
  duv_value_release(rt, twice);
}
END_TEST

START_TEST(test_handles_survive_gc) {
  /* Thousands of handles across many table chunks; values stay alive while
   * held (whatever the GC does) and are collectable once released. */
  enum { N = 3000 };
  duv_value_t **hs = malloc(N * sizeof(*hs));
  for (int i = 0; i < N; i++) {
    char buf[32];
    snprintf(buf, sizeof(buf), "v%d", i);
    hs[i] = duv_string_new(rt, buf, DUV_NTS);
    ck_assert_ptr_nonnull(hs[i]);
  }
  run_js("Duktape.gc(); Duktape.gc();");
  for (int i = 0; i < N; i += 7) {
    char buf[32];
    snprintf(buf, sizeof(buf), "v%d", i);
    ck_assert_str_eq(duv_string_get(rt, hs[i], NULL), buf);
  }
  for (int i = 0; i < N; i++) duv_value_release(rt, hs[i]);
  free(hs);
  /* Entries are reused after release. */
  duv_value_t *o = duv_object_new(rt);
  ck_assert_ptr_nonnull(o);
  duv_value_release(rt, o);
}
END_TEST

START_TEST(test_keys_as_values) {
  run_js("globalThis.sym = Symbol('k'); globalThis.o2 = { 7: 'seven' }; o2[sym] = 'by symbol';");
  duv_value_t *o = global_get("o2");
  duv_value_t *sym = global_get("sym");
  duv_value_t *v = duv_object_get_key(rt, o, sym);
  ck_assert_str_eq(duv_string_get(rt, v, NULL), "by symbol");
  duv_value_release(rt, v);
  duv_value_t *seven = duv_number_new(rt, 7);
  v = duv_object_get_key(rt, o, seven);
  ck_assert_str_eq(duv_string_get(rt, v, NULL), "seven");
  duv_value_release(rt, v);
  duv_value_t *nul_key = duv_string_new(rt, "a\0b", 3);
  ck_assert_int_eq(duv_object_set_key(rt, o, nul_key, seven), 0);
  run_js("if (o2['a\\u0000b'] !== 7) throw new Error('nul key');");
  /* A key whose conversion throws. */
  run_js("globalThis.badKey = { toString: function () { throw new EvalError('no key'); } };");
  duv_value_t *bad = global_get("badKey");
  ck_assert_ptr_null(duv_object_get_key(rt, o, bad));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "EvalError");
  ck_assert_int_eq(duv_object_set_key(rt, o, bad, seven), -1);
  duv_error_clear(rt);
  duv_value_release(rt, name);
  duv_value_release(rt, err);
  duv_value_release(rt, bad);
  duv_value_release(rt, nul_key);
  duv_value_release(rt, seven);
  duv_value_release(rt, sym);
  duv_value_release(rt, o);
}
END_TEST

START_TEST(test_construct) {
  run_js("globalThis.Point = function (x, y) { this.x = x; this.y = y; };"
         "globalThis.notCtor = Math.max;");
  duv_value_t *ctor = global_get("Point");
  duv_value_t *args[2] = {duv_number_new(rt, 1), duv_number_new(rt, 2)};
  duv_value_t *p = duv_function_construct(rt, ctor, args, 2);
  ck_assert_ptr_nonnull(p);
  global_set("p", p);
  run_js("if (!(p instanceof Point) || p.x !== 1 || p.y !== 2) throw new Error('construct');");
  duv_value_t *nc = global_get("notCtor");
  ck_assert_ptr_null(duv_function_construct(rt, nc, NULL, 0));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "TypeError");
  duv_value_release(rt, name);
  duv_value_release(rt, err);
  duv_value_release(rt, nc);
  duv_value_release(rt, p);
  duv_value_release(rt, args[0]);
  duv_value_release(rt, args[1]);
  duv_value_release(rt, ctor);
}
END_TEST

START_TEST(test_system_errors) {
  duv_error_set_errno(rt, ENOENT, "open", "/no/such/file");
  duv_value_t *err = duv_error_fetch(rt);
  global_set("e", err);
  duv_value_release(rt, err);
  run_js("if (e.message !== \"ENOENT: no such file or directory, open '/no/such/file'\" ||"
         " e.code !== 'ENOENT' || e.errno !== -2 || e.syscall !== 'open' || e.path !== '/no/such/file')"
         "  throw new Error(JSON.stringify([e.message, e.code, e.errno]));");
  duv_error_set_uv(rt, -EACCES, "mkdir", NULL);
  err = duv_error_fetch(rt);
  global_set("e", err);
  duv_value_release(rt, err);
  run_js("if (e.message !== 'EACCES: permission denied, mkdir' || 'path' in e) throw new Error(e.message);");
}
END_TEST

static Suite *capi_suite(void) {
  Suite *s = suite_create("capi-values");
  TCase *tc = tcase_create("values");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_constants);
  tcase_add_test(tc, test_numbers);
  tcase_add_test(tc, test_strings_utf8);
  tcase_add_test(tc, test_objects);
  tcase_add_test(tc, test_object_errors);
  tcase_add_test(tc, test_error_set_fetch_restore);
  tcase_add_test(tc, test_native_functions);
  tcase_add_test(tc, test_call_from_host);
  tcase_add_test(tc, test_handles_survive_gc);
  tcase_add_test(tc, test_keys_as_values);
  tcase_add_test(tc, test_construct);
  tcase_add_test(tc, test_system_errors);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(capi_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
