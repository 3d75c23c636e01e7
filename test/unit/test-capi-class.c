/*
 * Classes backed by C structs: construction, methods, accessors, statics,
 * the type tag, finalizers (collection, failed init, teardown).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi_fixture.h"

typedef struct {
  double count;
  int magic;
} counter;

static int finalized;
static const duv_class_def counter_class;

static int counter_init(duv_runtime_t *rt, duv_value_t *self, void *data, duv_value_t *const *argv,
                        size_t argc) {
  (void)self;
  counter *c = data;
  c->magic = 0xC0C0;
  if (argc > 0 && duv_number_get(rt, argv[0], &c->count) < 0) return -1;
  if (c->count < 0) {
    duv_error_set(rt, DUV_RANGE_ERROR, "ERR_OUT_OF_RANGE", "a counter starts at 0 or more");
    return -1;
  }
  return 0;
}

static void counter_finalize(void *data) {
  counter *c = data;
  /* Runs for every instance, initialised or not. */
  (void)c;
  finalized++;
}

static duv_value_t *counter_add(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                size_t argc) {
  counter *c = duv_class_data(rt, self, &counter_class);
  if (c == NULL) return NULL;
  double n = 1;
  if (argc > 0 && duv_number_get(rt, argv[0], &n) < 0) return NULL;
  c->count += n;
  return duv_number_new(rt, c->count);
}

static duv_value_t *counter_get(duv_runtime_t *rt, duv_value_t *self) {
  counter *c = duv_class_data(rt, self, &counter_class);
  return c ? duv_number_new(rt, c->count) : NULL;
}

static int counter_set(duv_runtime_t *rt, duv_value_t *self, duv_value_t *value) {
  counter *c = duv_class_data(rt, self, &counter_class);
  return c == NULL ? -1 : duv_number_get(rt, value, &c->count);
}

static duv_value_t *counter_tag(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                size_t argc) {
  (void)self, (void)argv, (void)argc;
  const char *tag = duv_function_data(rt);
  return duv_string_new(rt, tag ? tag : "(none)", DUV_NTS);
}

static duv_value_t *counter_zero(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                 size_t argc) {
  (void)self, (void)argv, (void)argc;
  void *data;
  duv_value_t *obj = duv_class_instance_new(rt, &counter_class, &data);
  if (obj != NULL) ((counter *)data)->magic = 1;
  return obj;
}

/* merge(a, b): b's count added to a, both unwrapped by the `C` unit. */
static duv_value_t *counter_merge(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                  size_t argc) {
  (void)self;
  counter *a, *b = NULL;
  if (duv_args_parse(rt, argv, argc, "C|C:merge", &counter_class, (void **)&a, &counter_class,
                     (void **)&b) < 0)
    return NULL;
  if (b != NULL) a->count += b->count;
  return duv_number_new(rt, a->count);
}

static const duv_method_def counter_methods[] = {
    {"add", counter_add, DUV_METH_FASTCALL, 1, "add(n = 1): the new count"},
    {"tag", counter_tag, DUV_METH_FASTCALL, 0, "the class's data"},
    {NULL, NULL, 0, 0, NULL}};
static const duv_getset_def counter_getset[] = {
    {"count", counter_get, counter_set, "the count"}, {NULL, NULL, NULL, NULL}};
static const duv_method_def counter_statics[] = {
    {"zero", counter_zero, DUV_METH_FASTCALL, 0, "a counter made from C"},
    {"merge", counter_merge, DUV_METH_FASTCALL, 2, "merge(a[, b])"},
    {NULL, NULL, 0, 0, NULL}};

static const duv_class_def counter_class = {sizeof(duv_class_def), "Counter", sizeof(counter),
                                            counter_init, counter_finalize, counter_methods,
                                            counter_getset, counter_statics};

static const duv_class_def opaque_class = {sizeof(duv_class_def), "Opaque", 8, NULL, NULL,
                                           NULL, NULL, NULL};

static void class_setup(void) {
  finalized = 0;
  setup();
  duv_value_t *g = duv_runtime_global(rt);
  ck_assert_int_eq(duv_module_add_class(rt, g, &counter_class, "class-data"), 0);
  ck_assert_int_eq(duv_module_add_class(rt, g, &opaque_class, NULL), 0);
  duv_value_release(rt, g);
}

static void js(const char *src) {
  ck_assert_msg(duv_runtime_eval(rt, src, DUV_NTS, "t.js", 0) == 0, "JS failed: %s", src);
}

START_TEST(test_construct_methods_accessors) {
  js("var c = new Counter(5);"
     "if (!(c instanceof Counter) || c.constructor !== Counter) throw new Error('instanceof');"
     "if (c.add() !== 6 || c.add(4) !== 10 || c.count !== 10) throw new Error('add');"
     "c.count = 2; if (c.add() !== 3) throw new Error('setter');"
     "if (Counter.name !== 'Counter' || Object.prototype.toString.call(c) !== '[object Counter]')"
     "  throw new Error('names');"
     "if (c.tag() !== 'class-data') throw new Error('data');"
     "if (Object.keys(c).length !== 0) throw new Error('no own keys');");
}
END_TEST

START_TEST(test_errors) {
  js("function code(f) { try { f(); } catch (e) { return e.name + ':' + (e.code || e.message); } return 'none'; }"
     "var r = [code(function () { Counter(1); }),"
     "         code(function () { new Counter(-1); }),"
     "         code(function () { new Counter('x'); }),"
     "         code(function () { Counter.prototype.add.call({}); }),"
     "         code(function () { Object.create(new Counter(1)).add(); }),"
     "         code(function () { new Opaque(); }),"
     "         code(function () { var c = new Counter(1); c.count = 'no'; })].join('|');"
     "if (r !== \"TypeError:Class constructor Counter cannot be invoked without 'new'|"
     "RangeError:ERR_OUT_OF_RANGE|TypeError:ERR_INVALID_ARG_TYPE|TypeError:ERR_INVALID_ARG_TYPE|"
     "TypeError:ERR_INVALID_ARG_TYPE|TypeError:Illegal constructor|TypeError:ERR_INVALID_ARG_TYPE\")"
     "  throw new Error(r);");
}
END_TEST

START_TEST(test_type_tag_from_c) {
  void *data = NULL;
  duv_value_t *o = duv_class_instance_new(rt, &opaque_class, &data);
  ck_assert_ptr_nonnull(o);
  ck_assert_ptr_nonnull(data);
  ck_assert_ptr_eq(duv_class_data(rt, o, &opaque_class), data);
  /* The wrong class, or a plain object: TypeError. */
  ck_assert_ptr_null(duv_class_data(rt, o, &counter_class));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *msg = duv_object_get(rt, err, "message");
  ck_assert_msg(strstr(duv_string_get(rt, msg, NULL), "must be an instance of Counter") != NULL,
                "%s", duv_string_get(rt, msg, NULL));
  duv_value_release(rt, msg);
  duv_value_release(rt, err);
  duv_value_t *plain = duv_object_new(rt);
  ck_assert_ptr_null(duv_class_data(rt, plain, &opaque_class));
  duv_error_clear(rt);
  duv_value_release(rt, plain);
  duv_value_release(rt, o);
  /* The static made from C runs no init. */
  js("var z = Counter.zero(); if (z.count !== 0 || z.add(2) !== 2) throw new Error('zero');");
  /* The same constructor each time. */
  duv_value_t *a = duv_class_get(rt, &counter_class, NULL);
  duv_value_t *b = duv_class_get(rt, &counter_class, NULL);
  ck_assert_int_eq(duv_value_strict_equals(rt, a, b), 1);
  duv_value_release(rt, a);
  duv_value_release(rt, b);
}
END_TEST

START_TEST(test_finalizers) {
  js("for (var i = 0; i < 100; i++) new Counter(i);"
     "try { new Counter(-1); } catch (e) {}"
     "Duktape.gc(); Duktape.gc();");
  /* Unreachable instances are collected (the one whose init failed may stay
   * reachable a while: the error's stack trace holds its frame's `this`). */
  ck_assert_int_ge(finalized, 100);
  js("globalThis.kept = [new Counter(1), new Counter(2)];");
  ck_assert_int_le(finalized, 101);
  duv_runtime_free(rt);
  rt = duv_check_runtime = NULL;
  /* Teardown finalizes the rest: every instance exactly once. */
  ck_assert_int_eq(finalized, 103);
  setup(); /* for the fixture's teardown */
}
END_TEST

START_TEST(test_parse_class_unit) {
  js("var a = new Counter(2), b = new Counter(3);"
     "if (Counter.merge(a, b) !== 5 || Counter.merge(a) !== 5) throw new Error('merge');"
     "var msg = ''; try { Counter.merge(a, {}); } catch (e) { msg = e.code + ' ' + e.message; }"
     "if (msg.indexOf('ERR_INVALID_ARG_TYPE') !== 0 || msg.indexOf('an instance of Counter') < 0)"
     "  throw new Error(msg);");
}
END_TEST

START_TEST(test_malformed) {
  duv_class_def bad = counter_class;
  bad.struct_size = 8;
  ck_assert_ptr_null(duv_class_get(rt, &bad, NULL));
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_error_clear(rt);
  static const duv_getset_def no_getter[] = {{"x", NULL, NULL, NULL}, {NULL, NULL, NULL, NULL}};
  duv_class_def bad2 = counter_class;
  bad2.getset = no_getter;
  ck_assert_ptr_null(duv_class_get(rt, &bad2, NULL));
  duv_error_clear(rt);
}
END_TEST

static Suite *class_suite(void) {
  Suite *s = suite_create("capi-class");
  TCase *tc = tcase_create("class");
  tcase_add_checked_fixture(tc, class_setup, teardown);
  tcase_add_test(tc, test_construct_methods_accessors);
  tcase_add_test(tc, test_errors);
  tcase_add_test(tc, test_type_tag_from_c);
  tcase_add_test(tc, test_finalizers);
  tcase_add_test(tc, test_parse_class_unit);
  tcase_add_test(tc, test_malformed);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(class_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
