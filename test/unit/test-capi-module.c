/*
 * Modules and addons through the public header: module definitions and
 * their per-runtime state, the free hook's timing, the exports helpers, and
 * the same addon (addons/hello) loaded by two runtimes at once, on one
 * thread and on two. This binary links libduv.so, so it also shows that
 * addons resolve duv's symbols from the shared library.
 */
#include <check.h>
#include <duv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DUV_ADDON_DIR
#error "DUV_ADDON_DIR must name build/<mode>/addons"
#endif

static void eval_ok(duv_runtime_t *rt, const char *src) {
  ck_assert_msg(duv_runtime_eval(rt, src, DUV_NTS, "test.js", 0) == 0, "JS failed: %s", src);
}

static duv_value_t *global_get(duv_runtime_t *rt, const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  ck_assert_ptr_nonnull(v);
  return v;
}

static double global_number(duv_runtime_t *rt, const char *name) {
  duv_value_t *v = global_get(rt, name);
  double d = -1;
  ck_assert_int_eq(duv_number_get(rt, v, &d), 0);
  duv_value_release(rt, v);
  return d;
}

/* Loads addons/hello in a runtime as globalThis.hello. */
static void load_hello(duv_runtime_t *rt) {
  eval_ok(rt, "globalThis.hello = require('" DUV_ADDON_DIR "/hello/hello.node');");
}

START_TEST(test_two_runtimes_independent_state) {
  duv_runtime_t *a = duv_runtime_new(NULL);
  duv_runtime_t *b = duv_runtime_new(NULL);
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(b);
  load_hello(a);
  load_hello(b);
  /* Interleaved calls: each runtime counts only its own. */
  eval_ok(a, "hello.greet('a1'); hello.greet('a2');");
  eval_ok(b, "hello.greet('b1');");
  eval_ok(a, "hello.greet('a3'); globalThis.n = hello.calls();");
  eval_ok(b, "globalThis.n = hello.calls();");
  ck_assert(global_number(a, "n") == 3);
  ck_assert(global_number(b, "n") == 1);
  /* Freeing one leaves the other's module working. */
  duv_runtime_free(a);
  eval_ok(b, "if (hello.greet('x') !== 'Hello, x!' || hello.calls() !== 2) throw new Error('b');");
  duv_runtime_free(b);
  /* A new runtime starts from a fresh state (the shared object stays open). */
  duv_runtime_t *c = duv_runtime_new(NULL);
  load_hello(c);
  eval_ok(c, "globalThis.n = hello.calls();");
  ck_assert(global_number(c, "n") == 0);
  duv_runtime_free(c);
}
END_TEST

/* One runtime per thread, loading and calling the addon concurrently. */
static void *thread_main(void *arg) {
  int rounds = *(int *)arg;
  duv_runtime_t *rt = duv_runtime_new(NULL);
  if (rt == NULL) return (void *)1;
  char src[1024];
  snprintf(src, sizeof(src),
           "var h = require('" DUV_ADDON_DIR
           "/hello/hello.node');"
           "var c = require('" DUV_ADDON_DIR
           "/test/conventions.node');"
           "for (var i = 0; i < %d; i++) h.greet('t');"
           "if (h.calls() !== %d || c.inits() !== 1) throw new Error('state');",
           rounds, rounds);
  int rc = duv_runtime_eval(rt, src, DUV_NTS, "thread.js", 0);
  duv_runtime_free(rt);
  return rc == 0 ? NULL : (void *)1;
}

START_TEST(test_runtimes_on_threads) {
  pthread_t t[2];
  int rounds[2] = {50, 7};
  for (int i = 0; i < 2; i++)
    ck_assert_int_eq(pthread_create(&t[i], NULL, thread_main, &rounds[i]), 0);
  for (int i = 0; i < 2; i++) {
    void *res = (void *)1;
    ck_assert_int_eq(pthread_join(t[i], &res), 0);
    ck_assert_ptr_null(res);
  }
}
END_TEST

/* A module defined by the host itself, loaded with duv_module_load. */
typedef struct {
  int inits;
  int *freed_counter;
  duv_runtime_t *rt;
} counter_state;

static int frees;
static int fail_init;
static const duv_module_def counter_def;

static duv_value_t *bump(duv_runtime_t *rt, duv_value_t *self) {
  (void)self;
  counter_state *s = duv_function_data(rt);
  ck_assert_ptr_eq(s, duv_module_state(rt, &counter_def));
  return duv_number_new(rt, ++s->inits);
}

static const duv_method_def counter_methods[] = {
    {"bump", DUV_CFUNC(bump), DUV_METH_NOARGS, 0, NULL}, {NULL, NULL, 0, 0, NULL}};

static int counter_init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  counter_state *s = state;
  ck_assert_int_eq(s->inits, 0); /* zeroed */
  s->rt = rt;
  if (fail_init) {
    duv_error_set(rt, DUV_RANGE_ERROR, "ERR_INIT", "init failed");
    return -1;
  }
  return duv_module_add_number(rt, exports, "fromInit", 1);
}

static void counter_free(void *state) {
  ck_assert_ptr_nonnull(state);
  frees++;
}

static const duv_module_def counter_def = {
    .struct_size = sizeof(duv_module_def),
    .name = "counter",
    .methods = counter_methods,
    .state_size = sizeof(counter_state),
    .init = counter_init,
    .free = counter_free,
};

START_TEST(test_module_load_and_state) {
  frees = 0;
  fail_init = 0;
  duv_runtime_t *a = duv_runtime_new(NULL);
  duv_runtime_t *b = duv_runtime_new(NULL);
  ck_assert_ptr_null(duv_module_state(a, &counter_def));

  duv_value_t *ea = duv_module_load(a, &counter_def);
  ck_assert_ptr_nonnull(ea);
  counter_state *sa = duv_module_state(a, &counter_def);
  ck_assert_ptr_nonnull(sa);
  ck_assert_ptr_eq(sa->rt, a);
  ck_assert_ptr_null(duv_module_state(b, &counter_def));

  /* Loading again gives the same exports, and no second init. */
  duv_value_t *ea2 = duv_module_load(a, &counter_def);
  ck_assert_int_eq(duv_value_strict_equals(a, ea, ea2), 1);
  duv_value_release(a, ea2);

  duv_value_t *g = duv_runtime_global(a);
  ck_assert_int_eq(duv_module_add_object(a, g, "counter", ea), 0);
  duv_value_release(a, g);
  duv_value_release(a, ea);
  eval_ok(a,
          "if (counter.bump() !== 1 || counter.bump() !== 2 || counter.fromInit !== 1) throw 0;");
  ck_assert_int_eq(sa->inits, 2);

  duv_value_t *eb = duv_module_load(b, &counter_def);
  counter_state *sb = duv_module_state(b, &counter_def);
  ck_assert_ptr_ne(sa, sb);
  ck_assert_int_eq(sb->inits, 0);
  duv_value_release(b, eb);

  /* The free hook runs once per runtime, when that runtime is freed. */
  ck_assert_int_eq(frees, 0);
  duv_runtime_free(a);
  ck_assert_int_eq(frees, 1);
  duv_runtime_free(b);
  ck_assert_int_eq(frees, 2);
}
END_TEST

START_TEST(test_module_init_failure) {
  frees = 0;
  fail_init = 1;
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_ptr_null(duv_module_load(rt, &counter_def));
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_INIT");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  /* The failed module is forgotten (its free hook ran) and can be retried. */
  ck_assert_int_eq(frees, 1);
  ck_assert_ptr_null(duv_module_state(rt, &counter_def));
  fail_init = 0;
  duv_value_t *e = duv_module_load(rt, &counter_def);
  ck_assert_ptr_nonnull(e);
  duv_value_release(rt, e);
  duv_runtime_free(rt);
  ck_assert_int_eq(frees, 2);
}
END_TEST

static duv_value_t *unused(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                           size_t argc) {
  (void)self, (void)argv, (void)argc;
  return duv_value_dup(rt, duv_undefined(rt));
}

static int data_token;
static duv_value_t *one(duv_runtime_t *rt, duv_value_t *self, duv_value_t *arg) {
  (void)self;
  ck_assert_ptr_eq(duv_function_data(rt), &data_token);
  return duv_value_dup(rt, arg);
}

START_TEST(test_module_helpers_and_errors) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  duv_value_t *obj = duv_object_new(rt);

  /* A definition this library does not know (struct_size too small). */
  static const duv_module_def tiny = {.struct_size = 8, .name = "tiny"};
  ck_assert_ptr_null(duv_module_load(rt, &tiny));
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *name = duv_object_get(rt, err, "name");
  ck_assert_str_eq(duv_string_get(rt, name, NULL), "TypeError");
  duv_value_release(rt, name);
  duv_value_release(rt, err);

  /* Functions with data, by convention. */
  static const duv_method_def defs[] = {{"one", DUV_CFUNC(one), DUV_METH_O, 1, NULL},
                                        {NULL, NULL, 0, 0, NULL}};
  ck_assert_int_eq(duv_module_add_functions(rt, obj, defs, &data_token), 0);
  static const duv_const_def consts[] = {
      {"B", DUV_CONST_BOOLEAN, 1, NULL}, {"S", DUV_CONST_STRING, 0, "s"}, {NULL, 0, 0, NULL}};
  ck_assert_int_eq(duv_module_add_constants(rt, obj, consts), 0);
  ck_assert_int_eq(duv_module_add_string(rt, obj, "str", "text"), 0);
  ck_assert_int_eq(duv_module_add_number(rt, obj, "num", 3), 0);
  duv_value_t *g = duv_runtime_global(rt);
  ck_assert_int_eq(duv_module_add_object(rt, g, "m", obj), 0);
  eval_ok(rt,
          "if (m.one(9) !== 9 || m.one.length !== 1 || m.B !== true || m.S !== 's' ||"
          " m.str !== 'text' || m.num !== 3) throw new Error('helpers');");

  /* Bad tables: TypeErrors; a NULL value; a frozen target. */
  static const duv_method_def bad_conv[] = {{"x", unused, 17, 0, NULL}, {NULL, NULL, 0, 0, NULL}};
  ck_assert_int_eq(duv_module_add_functions(rt, obj, bad_conv, NULL), -1);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  /* With an exception pending, every helper fails at once. */
  ck_assert_int_eq(duv_module_add_number(rt, obj, "late", 1), -1);
  ck_assert_ptr_null(duv_module_load(rt, &counter_def));
  duv_error_clear(rt);
  static const duv_const_def bad_const[] = {{"x", 99, 0, NULL}, {NULL, 0, 0, NULL}};
  ck_assert_int_eq(duv_module_add_constants(rt, obj, bad_const), -1);
  duv_error_clear(rt);
  ck_assert_int_eq(duv_module_add_object(rt, obj, "x", NULL), -1);
  duv_error_clear(rt);
  eval_ok(rt, "Object.freeze(m);");
  ck_assert_int_eq(duv_module_add_number(rt, obj, "late", 1), -1);
  duv_error_clear(rt);
  ck_assert_int_eq(duv_module_add_functions(rt, obj, defs, NULL), -1);
  duv_error_clear(rt);

  duv_value_release(rt, g);
  duv_value_release(rt, obj);
  duv_runtime_free(rt);
}
END_TEST

static Suite *module_suite(void) {
  Suite *s = suite_create("capi-module");
  TCase *tc = tcase_create("module");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_two_runtimes_independent_state);
  tcase_add_test(tc, test_runtimes_on_threads);
  tcase_add_test(tc, test_module_load_and_state);
  tcase_add_test(tc, test_module_init_failure);
  tcase_add_test(tc, test_module_helpers_and_errors);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(module_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
