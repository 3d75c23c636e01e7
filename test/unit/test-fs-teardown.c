/*
 * fs requests in flight when a runtime is freed: every request (one libuv
 * call, a readFile job in either of its two phases, a watcher) finishes or
 * closes before the heap goes, its callback is not called, and nothing
 * leaks (the asan build checks).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <duv.h>

static char dir[] = "/tmp/duv-fstear-XXXXXX";

static void eval_ok(duv_runtime_t *rt, const char *src) {
  ck_assert_msg(duv_runtime_eval(rt, src, DUV_NTS, "t.js", 0) == 0, "JS failed: %s", src);
}

static const char *script =
    "var fs = require('fs');"
    "var d = process.env.FSTEAR_DIR;"
    "var never = globalThis.never || function () { throw new Error('callback after free'); };"
    "fs.writeFileSync(d + '/big', Buffer.alloc(4 << 20, 1));"
    "for (var i = 0; i < 50; i++) {"
    "  fs.readFile(d + '/big', never);"
    "  fs.readFile(d + '/big', 'utf8', never);"
    "  fs.writeFile(d + '/w' + i, 'data', never);"
    "  fs.stat(d, never);"
    "  fs.readdir(d, never);"
    "  fs.open(d + '/big', 'r', function (err, fd) { fs.read(fd, Buffer.alloc(10), 0, 10, 0, never); });"
    "}"
    "fs.watch(d, never);"
    "fs.watchFile(d + '/big', { interval: 10 }, never);"
    "fs.promises.readFile(d + '/big').then(never);";

START_TEST(test_free_with_requests_in_flight) {
  ck_assert_ptr_nonnull(mkdtemp(dir));
  setenv("FSTEAR_DIR", dir, 1);
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_ptr_nonnull(rt);
  eval_ok(rt, script);
  duv_runtime_free(rt);
  /* Again, after one turn of the loop: some requests done, some in their
   * second phase. */
  rt = duv_runtime_new(NULL);
  ck_assert_ptr_nonnull(rt);
  eval_ok(rt, "globalThis.never = function () {};"); /* callbacks may run in this turn */
  eval_ok(rt, script);
  duv_runtime_run(rt, DUV_RUN_NOWAIT);
  duv_runtime_free(rt);
  char cmd[200];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("fs-teardown");
  TCase *tc = tcase_create("fs-teardown");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_free_with_requests_in_flight);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
