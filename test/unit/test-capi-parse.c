/*
 * duv_args_parse() and duv_args_parse_names(): every format code, through
 * native functions called from JavaScript (arguments read in place) and
 * directly with the host's handles; the error messages are Node's wording
 * (checked against Node 20's internal/errors).
 */
#include <check.h>
#include <duv.h>

#include "capi_fixture.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* JS helpers: expectThrow(fn, name, code, message) and eq(a, b). */
static const char *helpers =
    "function expectThrow(fn, name, code, message) {"
    "  try { fn(); } catch (e) {"
    "    if (e.name !== name || e.code !== code || e.message !== message)"
    "      throw new Error('got ' + e.name + ' ' + e.code + ' ' + JSON.stringify(e.message) +"
    "                      ', wanted ' + name + ' ' + code + ' ' + JSON.stringify(message));"
    "    return;"
    "  }"
    "  throw new Error('did not throw: ' + message);"
    "}"
    "function eq(a, b) {"
    "  var x = JSON.stringify(a), y = JSON.stringify(b);"
    "  if (x !== y) throw new Error('got ' + x + ', wanted ' + y);"
    "}";

static void define(const char *name, duv_cfunction fn) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *f = duv_function_new(rt, name, fn, 0, NULL);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(duv_object_set(rt, g, name, f), 0);
  duv_value_release(rt, f);
  duv_value_release(rt, g);
}

static void setup_with_helpers(void) {
  setup();
  run_js(helpers);
}

/* ---- native functions under test ---- */

static duv_value_t *add(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                        size_t argc) {
  double a, b;
  if (duv_args_parse(rt, argv, argc, "dd:add", &a, &b) < 0) return NULL;
  return duv_value_build(rt, "d", a + b);
}

static duv_value_t *add3(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  static const char *const names[] = {"a", "b", "c"};
  double a, b, c;
  if (duv_args_parse_names(rt, argv, argc, "ddd:add3", names, &a, &b, &c) < 0) return NULL;
  return duv_value_build(rt, "d", a + b + c);
}

static duv_value_t *ints(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  static const char *const names[] = {"i", "I", "B", "l", "k", "n", "f"};
  int32_t i = 0;
  uint32_t u = 0;
  uint8_t b = 0;
  int64_t l = 0;
  uint64_t k = 0;
  size_t n = 0;
  float f = 0;
  if (duv_args_parse_names(rt, argv, argc, "iIBlknf", names, &i, &u, &b, &l, &k, &n, &f) < 0)
    return NULL;
  return duv_value_build(rt, "[iIilknd]", (int)i, (unsigned)u, (int)b, l, k, n, (double)f);
}

static duv_value_t *bools(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                          size_t argc) {
  static const char *const names[] = {"any", "flag"};
  int p = 7, q = 7;
  if (duv_args_parse_names(rt, argv, argc, "p?", names, &p, &q) < 0) return NULL;
  return duv_value_build(rt, "[ii]", p, q);
}

static duv_value_t *strs(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  static const char *const names[] = {"s", "sh", "z", "zh"};
  const char *s, *sh, *z, *zh;
  size_t shlen, zhlen = 99;
  if (duv_args_parse_names(rt, argv, argc, "ss#zz#", names, &s, &sh, &shlen, &z, &zh, &zhlen) < 0)
    return NULL;
  /* [s, s# (length), length, z or null, z# or null, length] */
  return duv_value_build(rt, "[s s# n s s# n]", s, sh, shlen, shlen, z, zh, zh ? zhlen : 0, zhlen);
}

static duv_value_t *views(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                          size_t argc) {
  static const char *const names[] = {"buffer"};
  duv_buffer_view_t v;
  if (duv_args_parse_names(rt, argv, argc, "w*", names, &v) < 0) return NULL;
  /* Double every byte in place, and report the length and the first byte. */
  unsigned char *p = v.data;
  for (size_t i = 0; i < v.len; i++) p[i] = (unsigned char)(p[i] * 2);
  return duv_value_build(rt, "[ni]", v.len, v.len ? (int)p[0] : -1);
}

static duv_value_t *readonly_view(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                  size_t argc) {
  duv_buffer_view_t v;
  if (duv_args_parse(rt, argv, argc, "y*", &v) < 0) return NULL;
  return duv_value_build(rt, "y#", v.data, v.len);
}

static duv_value_t *objs(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  static const char *const names[] = {"any", "obj", "list", "callback"};
  duv_value_t *any, *obj, *list, *fn;
  if (duv_args_parse_names(rt, argv, argc, "OoaF", names, &any, &obj, &list, &fn) < 0) return NULL;
  /* Calls fn(any, obj, list): the handles are usable as they are. */
  duv_value_t *args[3] = {any, obj, list};
  return duv_function_call(rt, fn, NULL, args, 3);
}

static int yes_no(duv_runtime_t *rt, duv_value_t *v, void *out) {
  const char *s = duv_string_get(rt, v, NULL);
  if (s == NULL) return -1;
  if (strcmp(s, "yes") == 0 || strcmp(s, "no") == 0) {
    *(int *)out = s[0] == 'y';
    return 0;
  }
  if (strcmp(s, "silent") == 0) return -1; /* fails without an exception */
  duv_error_set(rt, DUV_RANGE_ERROR, "ERR_BAD_ANSWER", "answer yes or no, not %s", s);
  return -1;
}

static duv_value_t *conv(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  int answer = -1;
  if (duv_args_parse(rt, argv, argc, "O&", yes_no, &answer) < 0) return NULL;
  return duv_value_build(rt, "i", answer);
}

static duv_value_t *opt(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                        size_t argc) {
  double a = 1, b = -1, c = -2;
  duv_value_t *o = NULL;
  if (duv_args_parse(rt, argv, argc, "d|ddO:opt", &a, &b, &c, &o) < 0) return NULL;
  return duv_value_build(rt, "[ddd?]", a, b, c, o == NULL ? 0 : 1);
}

static duv_value_t *custom(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                           size_t argc) {
  double a;
  if (duv_args_parse(rt, argv, argc, "d;custom wants a number", &a) < 0) return NULL;
  return duv_value_build(rt, "d", a);
}

static duv_value_t *options(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                            size_t argc) {
  static const char *const names[] = {"path", "encoding", "mode", "signal"};
  const char *path, *encoding = "none";
  uint32_t mode = 438;
  duv_value_t *signal = NULL;
  if (duv_args_parse_names(rt, argv, argc, "s$sIO:open", names, &path, &encoding, &mode, &signal) <
      0)
    return NULL;
  return duv_value_build(rt, "{s:s, s:s, s:I, s:O}", "path", path, "encoding", encoding, "mode",
                         mode, "signal", signal ? signal : duv_null(rt));
}

static duv_value_t *unnamed(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                            size_t argc) {
  static const char *const names[] = {"a", NULL};
  double a, b;
  if (duv_args_parse_names(rt, argv, argc, "d$d", names, &a, &b) < 0) return NULL;
  return duv_value_build(rt, "d", a);
}

/* ---- tests ---- */

START_TEST(test_numbers_in_place) {
  define("add", add);
  define("add3", add3);
  run_js(
      "eq(add(1, 2), 3); eq(add(0.5, -0.25, 'ignored'), 0.25);"
      "if (!isNaN(add(NaN, 1))) throw new Error('NaN is a number');"
      "eq(add(Infinity, 1), null);" /* JSON of Infinity */
      "eq(add3(1, 2, 3), 6);");
  run_js(
      "expectThrow(function () { add(1, '2'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'add: The \"arguments[1]\" argument must be of type number. Received type string "
      "(\\'2\\')');"
      "expectThrow(function () { add(undefined, 2); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'add: The \"arguments[0]\" argument must be of type number. Received undefined');"
      "expectThrow(function () { add3(1, null, 3); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"b\" argument must be of type number. Received null');"
      "expectThrow(function () { add3(1, [], 3); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"b\" argument must be of type number. Received an instance of Array');");
}
END_TEST

START_TEST(test_missing) {
  define("add", add);
  define("add3", add3);
  run_js(
      "expectThrow(function () { add(1); }, 'TypeError', 'ERR_MISSING_ARGS',"
      "  'add: The \"arguments[1]\" argument must be specified');"
      "expectThrow(function () { add3(1); }, 'TypeError', 'ERR_MISSING_ARGS',"
      "  'The \"b\" and \"c\" arguments must be specified');"
      "expectThrow(function () { add3(); }, 'TypeError', 'ERR_MISSING_ARGS',"
      "  'The \"a\", \"b\", and \"c\" arguments must be specified');");
}
END_TEST

START_TEST(test_integers) {
  define("ints", ints);
  run_js(
      "eq(ints(-5, 4294967295, 255, -9007199254740991, 9007199254740991, 7, 1.5),"
      "   [-5, 4294967295, 255, -9007199254740991, 9007199254740991, 7, 1.5]);"
      "eq(ints(-2147483648, 0, 0, 0, 0, 0, 0)[0], -2147483648);"
      "function range(args, name, must, got) {"
      "  expectThrow(function () { ints.apply(null, args); }, 'RangeError', 'ERR_OUT_OF_RANGE',"
      "    'The value of \"' + name + '\" is out of range. It must be ' + must + '. Received ' + "
      "got);"
      "}"
      "range([1.5, 0, 0, 0, 0, 0, 0], 'i', 'an integer', '1.5');"
      "range([2147483648, 0, 0, 0, 0, 0, 0], 'i', '>= -2147483648 && <= 2147483647', '2147483648');"
      "range([-2147483649, 0, 0, 0, 0, 0, 0], 'i', '>= -2147483648 && <= 2147483647', "
      "'-2147483649');"
      "range([0, 4294967297, 0, 0, 0, 0, 0], 'I', '>= 0 && <= 4294967295', '4_294_967_297');"
      "range([0, -1, 0, 0, 0, 0, 0], 'I', '>= 0 && <= 4294967295', '-1');"
      "range([0, 0, 256, 0, 0, 0, 0], 'B', '>= 0 && <= 255', '256');"
      "range([0, 0, NaN, 0, 0, 0, 0], 'B', 'an integer', 'NaN');"
      "range([0, 0, 0, Math.pow(2, 53), 0, 0, 0], 'l',"
      "      '>= -9007199254740991 && <= 9007199254740991', '9_007_199_254_740_992');"
      "range([0, 0, 0, -Infinity, 0, 0, 0], 'l', 'an integer', '-Infinity');"
      "range([0, 0, 0, 0, -1, 0, 0], 'k', '>= 0 && <= 9007199254740991', '-1');"
      "range([0, 0, 0, 0, 0, 0.5, 0], 'n', 'an integer', '0.5');"
      "expectThrow(function () { ints(0, 0, '1', 0, 0, 0, 0); }, 'TypeError', "
      "'ERR_INVALID_ARG_TYPE',"
      "  'The \"B\" argument must be of type number. Received type string (\\'1\\')');");
}
END_TEST

START_TEST(test_booleans) {
  define("bools", bools);
  run_js(
      "eq(bools(0, true), [0, 1]); eq(bools('x', false), [1, 0]); eq(bools({}, true), [1, 1]);"
      "expectThrow(function () { bools(1, 1); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"flag\" argument must be of type boolean. Received type number (1)');");
}
END_TEST

START_TEST(test_strings) {
  define("strs", strs);
  run_js(
      "eq(strs('h\\u00e9', 'a\\u0000b', null, undefined), ['h\\u00e9', 'a\\u0000b', 3, null, null, "
      "0]);"
      "eq(strs('\\ud83d\\ude00', '', 'z', 'q\\u0000'), ['\\ud83d\\ude00', '', 0, 'z', 'q\\u0000', "
      "2]);"
      "expectThrow(function () { strs('a\\u0000b', '', null, null); }, 'TypeError', "
      "'ERR_INVALID_ARG_VALUE',"
      "  'The argument \\'s\\' must be a string without null bytes. Received \\'a\\\\x00b\\'');"
      "expectThrow(function () { strs(1, '', null, null); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"s\" argument must be of type string. Received type number (1)');"
      "expectThrow(function () { strs('', '', 5, null); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"z\" argument must be of type string or null. Received type number (5)');"
      "expectThrow(function () { strs('', '', 'x\\u0000', null); }, 'TypeError', "
      "'ERR_INVALID_ARG_VALUE',"
      "  'The argument \\'z\\' must be a string without null bytes. Received \\'x\\\\x00\\'');"
      "expectThrow(function () { strs('', {}, null, null); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"sh\" argument must be of type string. Received an instance of Object');");
}
END_TEST

START_TEST(test_buffers) {
  define("views", views);
  define("ro", readonly_view);
  run_js(
      "var u = new Uint8Array([1, 2, 3, 4]);"
      "eq(views(u.subarray(1, 3)), [2, 4]); eq(Array.prototype.slice.call(u), [1, 4, 6, 4]);"
      "var ab = new ArrayBuffer(2); new Uint8Array(ab)[0] = 5; eq(views(ab), [2, 10]);"
      "var dv = new DataView(ab, 1); eq(views(dv), [1, 0]);"
      "eq(views(new Uint8Array(0)), [0, -1]);"
      "var copy = ro(u); copy[0] = 99; eq(u[0], 1); eq(copy.length, 4);"
      "if (!(copy instanceof Uint8Array)) throw new Error('not a Uint8Array');"
      "expectThrow(function () { views('abc'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"buffer\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or "
      "DataView. Received type string (\\'abc\\')');"
      "expectThrow(function () { ro([1]); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"arguments[0]\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or "
      "DataView. Received an instance of Array');");
}
END_TEST

START_TEST(test_objects) {
  define("objs", objs);
  run_js(
      "var o = {}, l = [1];"
      "objs(7, o, l, function (a, b, c) { eq(a, 7); if (b !== o || c !== l) throw new "
      "Error('handles'); });"
      "objs(undefined, function () {}, [], function (a) { eq(a, undefined); });"
      "expectThrow(function () { objs(1, null, [], eq); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"obj\" argument must be of type object. Received null');"
      "expectThrow(function () { objs(1, 'o', [], eq); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"obj\" argument must be of type object. Received type string (\\'o\\')');"
      "expectThrow(function () { objs(1, {}, {}, eq); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"list\" argument must be an instance of Array. Received an instance of Object');"
      "expectThrow(function () { objs(1, {}, [], 's'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"callback\" argument must be of type function. Received type string (\\'s\\')');");
}
END_TEST

START_TEST(test_converter) {
  define("conv", conv);
  run_js(
      "eq(conv('yes'), 1); eq(conv('no'), 0);"
      "expectThrow(function () { conv('maybe'); }, 'RangeError', 'ERR_BAD_ANSWER',"
      "  'answer yes or no, not maybe');"
      "expectThrow(function () { conv(1); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The value must be of type string. Received type number');"
      "expectThrow(function () { conv('silent'); }, 'TypeError', 'ERR_INVALID_ARG_VALUE',"
      "  'a converter failed without setting an exception');");
}
END_TEST

START_TEST(test_optional_and_message) {
  define("opt", opt);
  define("custom", custom);
  run_js(
      "eq(opt(5), [5, -1, -2, false]); eq(opt(5, 6), [5, 6, -2, false]);"
      "eq(opt(5, undefined, 7), [5, -1, 7, false]); eq(opt(5, 6, 7, undefined), [5, 6, 7, true]);"
      "expectThrow(function () { opt(); }, 'TypeError', 'ERR_MISSING_ARGS',"
      "  'opt: The \"arguments[0]\" argument must be specified');"
      "expectThrow(function () { opt(1, 'x'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'opt: The \"arguments[1]\" argument must be of type number. Received type string "
      "(\\'x\\')');"
      "eq(custom(2), 2);"
      "expectThrow(function () { custom('2'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE', 'custom "
      "wants a number');");
}
END_TEST

START_TEST(test_options_object) {
  define("open", options);
  define("unnamed", unnamed);
  run_js(
      "eq(open('p'), {path: 'p', encoding: 'none', mode: 438, signal: null});"
      "eq(open('p', null), {path: 'p', encoding: 'none', mode: 438, signal: null});"
      "eq(open('p', {encoding: 'utf8', mode: 420, signal: 's'}),"
      "   {path: 'p', encoding: 'utf8', mode: 420, signal: 's'});"
      "eq(open('p', {mode: undefined}).mode, 438);"
      "expectThrow(function () { open('p', {encoding: 1}); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"options.encoding\" property must be of type string. Received type number (1)');"
      "expectThrow(function () { open('p', {mode: -1}); }, 'RangeError', 'ERR_OUT_OF_RANGE',"
      "  'The value of \"options.mode\" is out of range. It must be >= 0 && <= 4294967295. "
      "Received -1');"
      "expectThrow(function () { open('p', 5); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',"
      "  'The \"options\" argument must be of type object. Received type number (5)');"
      "expectThrow(function () { open('p', { get encoding() { throw new SyntaxError('getter'); } "
      "}); },"
      "  'SyntaxError', undefined, 'getter');"
      "expectThrow(function () { open(); }, 'TypeError', 'ERR_MISSING_ARGS',"
      "  'The \"path\" argument must be specified');"
      "expectThrow(function () { unnamed(1, {}); }, 'Error', 'ERR_INTERNAL_ASSERTION',"
      "  'bad format string \"d$d\": a unit after \\'$\\' has no name');");
}
END_TEST

START_TEST(test_host_handles) {
  /* Outside a native call, with handles the host made. */
  duv_value_t *argv[3] = {duv_number_new(rt, 3), duv_string_new(rt, "x\xF0\x9F\x98\x80", DUV_NTS),
                          duv_number_new(rt, 1.5)};
  double d = 0;
  const char *s = NULL;
  duv_value_t *o = NULL;
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "dsO", &d, &s, &o), 0);
  ck_assert(d == 3);
  ck_assert_str_eq(s, "x\xF0\x9F\x98\x80");
  ck_assert_ptr_eq(o, argv[2]);

  int32_t i;
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "dsi:f", &d, &s, &i), -1);
  expect_error(
      "RangeError", "ERR_OUT_OF_RANGE",
      "f: The value of \"arguments[2]\" is out of range. It must be an integer. Received 1.5");
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "s", &s), -1);
  expect_error("TypeError", "ERR_INVALID_ARG_TYPE",
               "The \"arguments[0]\" argument must be of type string. Received type number (3)");
  ck_assert_int_eq(duv_args_parse(rt, argv, 1, "d|s", &d, &s), 0);
  ck_assert_int_eq(duv_args_parse(rt, argv, 0, "|d", &d), 0);
  ck_assert_int_eq(duv_args_parse(rt, NULL, 0, "", NULL), 0);

  /* Format errors are the caller's bugs, reported as such. */
  static const char *const names[] = {"a", "b"};
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "dx", &d, &s), -1);
  expect_error("Error", "ERR_INTERNAL_ASSERTION", "bad format string \"dx\": unknown format unit");
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "d$d", &d, &d), -1);
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"d$d\": '$' needs duv_args_parse_names()");
  ck_assert_int_eq(duv_args_parse_names(rt, argv, 3, "d$d", names, &d, &d), -1);
  expect_error("Error", "ERR_INTERNAL_ASSERTION",
               "bad format string \"d$d\": '$' works only inside a native function");
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "dy", &d, &s), -1);
  expect_error("Error", "ERR_INTERNAL_ASSERTION", "bad format string \"dy\": 'y' and 'w' need '*'");

  /* With an exception pending, parsing fails at once and keeps it. */
  duv_error_set(rt, DUV_URI_ERROR, NULL, "pending");
  d = 0;
  ck_assert_int_eq(duv_args_parse(rt, argv, 3, "d", &d), -1);
  ck_assert(d == 0);
  expect_error("URIError", NULL, "pending");
  for (int k = 0; k < 3; k++) duv_value_release(rt, argv[k]);
}
END_TEST

int main(void) {
  Suite *s = suite_create("capi-parse");
  TCase *tc = tcase_create("parse");
  tcase_add_checked_fixture(tc, setup_with_helpers, teardown);
  tcase_add_test(tc, test_numbers_in_place);
  tcase_add_test(tc, test_missing);
  tcase_add_test(tc, test_integers);
  tcase_add_test(tc, test_booleans);
  tcase_add_test(tc, test_strings);
  tcase_add_test(tc, test_buffers);
  tcase_add_test(tc, test_objects);
  tcase_add_test(tc, test_converter);
  tcase_add_test(tc, test_optional_and_message);
  tcase_add_test(tc, test_options_object);
  tcase_add_test(tc, test_host_handles);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
