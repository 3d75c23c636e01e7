/*
 * What the extension API's Check tests share: duv_check.h's fixture (a fresh
 * runtime per test in debug mode, failing the test when it leaks a handle)
 * with the runtime as `rt`, running JS, globals, and checking the pending
 * error. Test-only.
 */
#ifndef DUV_TEST_CAPI_FIXTURE_H
#define DUV_TEST_CAPI_FIXTURE_H

#include <duv_check.h>

#define FIXTURE_HELPER static __attribute__((unused))

static duv_runtime_t *rt;

FIXTURE_HELPER void setup(void) {
  duv_check_setup();
  rt = duv_check_runtime;
}

FIXTURE_HELPER void teardown(void) {
  rt = NULL;
  duv_check_teardown();
}

/* Evaluates JS, failing the test if it throws. */
FIXTURE_HELPER void run_js(const char *src) {
  ck_assert_msg(duv_runtime_eval(rt, src, DUV_NTS, "test.js", 0) == 0, "JS failed: %s", src);
}

/* globalThis[name], a new reference. */
FIXTURE_HELPER duv_value_t *global_get(const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  ck_assert_ptr_nonnull(v);
  return v;
}

/* globalThis[name] = v (v borrowed). */
FIXTURE_HELPER void global_set(const char *name, duv_value_t *v) {
  duv_value_t *g = duv_runtime_global(rt);
  ck_assert_int_eq(duv_object_set(rt, g, name, v), 0);
  duv_value_release(rt, g);
}

/* Fetch the pending error and compare its name, its code (NULL: it has
 * none) and, unless NULL, its message. */
FIXTURE_HELPER void expect_error(const char *name, const char *code, const char *message) {
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_value_t *e = duv_error_fetch(rt);
  duv_value_t *n = duv_object_get(rt, e, "name");
  duv_value_t *c = duv_object_get(rt, e, "code");
  duv_value_t *m = duv_object_get(rt, e, "message");
  ck_assert_str_eq(duv_string_get(rt, n, NULL), name);
  if (code != NULL)
    ck_assert_str_eq(duv_string_get(rt, c, NULL), code);
  else
    ck_assert_ptr_eq(c, duv_undefined(rt));
  if (message != NULL) ck_assert_str_eq(duv_string_get(rt, m, NULL), message);
  duv_value_release(rt, n);
  duv_value_release(rt, c);
  duv_value_release(rt, m);
  duv_value_release(rt, e);
}

#endif
