/*
 * duv_check.h: drive JavaScript from Check unit tests.
 *
 * A header-only companion to duv.h for C projects whose tests use Check
 * (libcheck): a fixture that gives every test a fresh runtime and fails the
 * test if it leaked handles, assertions on JavaScript expressions and on
 * thrown errors that report the C file and line, and a way to register every
 * test-*.js file of a folder as a Check test.
 *
 *   #include <duv_check.h>
 *
 *   START_TEST(test_math) {
 *     ck_assert_js("Math.max(1, 2) === 2");
 *     ck_assert_js_throws("null.x", "TypeError");
 *   }
 *   END_TEST
 *
 *   TCase *tc = tcase_create("js");
 *   duv_check_add_fixture(tc);          // a fresh runtime per test
 *   tcase_add_test(tc, test_math);
 *   duv_check_add_js_dir(tc, "tests/js"); // each tests/js/test-*.js
 *
 * Link with libduv and libcheck. Since: 0.1.
 */
#ifndef DUV_CHECK_H
#define DUV_CHECK_H

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

/* The runtime of the running test, made by the fixture (debug mode on). */
static duv_runtime_t *duv_check_runtime __attribute__((unused));

static inline void duv_check_setup(void) {
  duv_config_t config;
  duv_config_init(&config);
  config.flags = DUV_RUNTIME_DEBUG;
  duv_check_runtime = duv_runtime_new(&config);
  ck_assert_msg(duv_check_runtime != NULL, "duv_runtime_new failed");
}

/* Frees the runtime; the test fails if it left handles unreleased. */
static inline void duv_check_teardown(void) {
  duv_runtime_t *rt = duv_check_runtime;
  duv_check_runtime = NULL;
  if (rt == NULL) return;
  duv_error_clear(rt);
  size_t leaks = duv_debug_leaks(rt, NULL, NULL);
  duv_runtime_free(rt); /* prints where each leaked handle was made */
  ck_assert_msg(leaks == 0, "%zu handle(s) not released by the test", leaks);
}

/* Give every test of tc a fresh runtime in duv_check_runtime. */
static inline void duv_check_add_fixture(TCase *tc) {
  tcase_add_checked_fixture(tc, duv_check_setup, duv_check_teardown);
}

/* "Name: message" of a thrown value, into buf. */
static inline void duv_check__describe(duv_runtime_t *rt, duv_value_t *err, char *buf, size_t size) {
  const char *name = NULL, *msg = NULL, *code = NULL;
  duv_value_t *n = NULL, *m = NULL, *c = NULL;
  if (err != NULL && duv_value_type(rt, err) == DUV_TYPE_OBJECT) {
    n = duv_object_get(rt, err, "name");
    m = duv_object_get(rt, err, "message");
    c = duv_object_get(rt, err, "code");
    duv_error_clear(rt);
    if (n && duv_value_type(rt, n) == DUV_TYPE_STRING) name = duv_string_get(rt, n, NULL);
    if (m && duv_value_type(rt, m) == DUV_TYPE_STRING) msg = duv_string_get(rt, m, NULL);
    if (c && duv_value_type(rt, c) == DUV_TYPE_STRING) code = duv_string_get(rt, c, NULL);
  }
  snprintf(buf, size, "%s%s%s%s%s", name ? name : "a value that is not an Error",
           code ? " [" : "", code ? code : "", code ? "]" : "", msg ? ": " : "");
  if (msg) strncat(buf, msg, size - strlen(buf) - 1);
  duv_value_release(rt, n);
  duv_value_release(rt, m);
  duv_value_release(rt, c);
}

/* Runs body as the body of a function (this = globalThis); the result, or
 * NULL with the thrown value pending. */
static inline duv_value_t *duv_check__run(duv_runtime_t *rt, const char *body) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *ctor = duv_object_get(rt, g, "Function");
  duv_value_t *src = ctor ? duv_string_new(rt, body, DUV_NTS) : NULL;
  duv_value_t *fn = src ? duv_function_construct(rt, ctor, &src, 1) : NULL;
  duv_value_t *result = fn ? duv_function_call(rt, fn, g, NULL, 0) : NULL;
  duv_value_release(rt, fn);
  duv_value_release(rt, src);
  duv_value_release(rt, ctor);
  duv_value_release(rt, g);
  return result;
}

static inline void duv_check__assert_js(const char *file, int line, const char *expr) {
  duv_runtime_t *rt = duv_check_runtime;
  size_t n = strlen(expr) + 32;
  char *body = malloc(n);
  ck_assert_msg(body != NULL, "out of memory");
  snprintf(body, n, "return (%s\n);", expr);
  duv_value_t *result = duv_check__run(rt, body);
  free(body);
  char why[512];
  if (result == NULL) {
    duv_value_t *err = duv_error_fetch(rt);
    duv_check__describe(rt, err, why, sizeof(why));
    duv_value_release(rt, err);
    _ck_assert_failed(file, line, "JavaScript threw", "'%s' threw %s", expr, why);
  }
  int truth = duv_value_truthy(rt, result);
  duv_value_release(rt, result);
  if (!truth) _ck_assert_failed(file, line, "JavaScript is false", "'%s' is false", expr);
}

static inline void duv_check__assert_throws(const char *file, int line, const char *code,
                                            const char *expected) {
  duv_runtime_t *rt = duv_check_runtime;
  duv_value_t *result = duv_check__run(rt, code);
  if (result != NULL) {
    duv_value_release(rt, result);
    _ck_assert_failed(file, line, "JavaScript did not throw", "'%s' did not throw (wanted %s)", code,
                      expected);
  }
  duv_value_t *err = duv_error_fetch(rt);
  char why[512];
  duv_check__describe(rt, err, why, sizeof(why));
  int matches = 0;
  if (err != NULL && duv_value_type(rt, err) == DUV_TYPE_OBJECT) {
    const char *keys[2] = {"name", "code"};
    for (int i = 0; i < 2 && !matches; i++) {
      duv_value_t *v = duv_object_get(rt, err, keys[i]);
      duv_error_clear(rt);
      if (v && duv_value_type(rt, v) == DUV_TYPE_STRING)
        matches = strcmp(duv_string_get(rt, v, NULL), expected) == 0;
      duv_value_release(rt, v);
    }
  }
  duv_value_release(rt, err);
  if (!matches)
    _ck_assert_failed(file, line, "JavaScript threw something else", "'%s' threw %s, wanted %s",
                      code, why, expected);
}

/* Assert that a JavaScript expression, run in duv_check_runtime, is truthy;
 * a throw or a falsy value fails the test at this line. */
#define ck_assert_js(expr) duv_check__assert_js(__FILE__, __LINE__, (expr))

/* Assert that JavaScript code (a function body) throws an error whose name
 * ("TypeError") or code ("ERR_INVALID_ARG_TYPE") is `expected`. */
#define ck_assert_js_throws(code, expected) \
  duv_check__assert_throws(__FILE__, __LINE__, (code), (expected))

/* ---- JS test files as Check tests ---- */

#define DUV_CHECK_MAX_FILES 512
static char *duv_check__files[DUV_CHECK_MAX_FILES] __attribute__((unused));
static int duv_check__nfiles __attribute__((unused));

/* The exit status a test file wants: its `// expect-exit: N` header, or 0. */
static inline int duv_check__expected_exit(const char *path) {
  FILE *f = fopen(path, "r");
  int want = 0;
  char line[256];
  while (f != NULL && fgets(line, sizeof(line), f) != NULL && strncmp(line, "//", 2) == 0) {
    if (sscanf(line, "// expect-exit: %d", &want) == 1) break;
  }
  if (f != NULL) fclose(f);
  return want;
}

START_TEST(duv_check__run_file) {
  const char *path = duv_check__files[_i];
  duv_runtime_t *rt = duv_check_runtime;
  duv_runtime_run_main(rt, path);
  duv_runtime_run(rt, DUV_RUN_DEFAULT);
  int code = duv_runtime_exit(rt);
  int want = duv_check__expected_exit(path);
  ck_assert_msg(code == want, "%s exited with %d, wanted %d", path, code, want);
}
END_TEST

static inline int duv_check__cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Register every test-*.js file of dir (sorted) as a test of tc, run as the
 * main module of the fixture's runtime; it passes when the runtime's exit
 * code is 0 (or its `// expect-exit: N`). Returns how many were added, or -1
 * when dir cannot be read. Needs duv_check_add_fixture(tc). */
static inline int duv_check_add_js_dir(TCase *tc, const char *dir) {
  DIR *d = opendir(dir);
  if (d == NULL) return -1;
  int first = duv_check__nfiles;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && duv_check__nfiles < DUV_CHECK_MAX_FILES) {
    size_t len = strlen(e->d_name);
    if (strncmp(e->d_name, "test-", 5) != 0 || len < 4 || strcmp(e->d_name + len - 3, ".js") != 0)
      continue;
    char *path = malloc(strlen(dir) + len + 2);
    if (path == NULL) break;
    sprintf(path, "%s/%s", dir, e->d_name);
    duv_check__files[duv_check__nfiles++] = path;
  }
  closedir(d);
  qsort(duv_check__files + first, (size_t)(duv_check__nfiles - first), sizeof(char *),
        duv_check__cmp);
  tcase_add_loop_test(tc, duv_check__run_file, first, duv_check__nfiles);
  return duv_check__nfiles - first;
}

#endif /* DUV_CHECK_H */
