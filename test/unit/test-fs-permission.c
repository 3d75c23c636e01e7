/*
 * fs under a runtime's permissions (duv_config_t.permissions): every fs call
 * checks the path it touches with the right kind (read for reading, write
 * for creating, changing or removing; both paths of rename and copyFile),
 * sync and async forms alike, and a denial is Node's ERR_ACCESS_DENIED
 * naming the absolute path.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <duv.h>

static char top[4096];

static void make_tree(void) {
  char tmpl[] = "/tmp/duv-fsperm-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(tmpl));
  ck_assert_ptr_nonnull(realpath(tmpl, top));
  char path[4200];
  snprintf(path, sizeof(path), "%s/in", top);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  snprintf(path, sizeof(path), "%s/out", top);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  snprintf(path, sizeof(path), "%s/in/a.txt", top);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs("secret", f);
  fclose(f);
}

static void remove_tree(void) {
  char cmd[4300];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
  ck_assert_int_eq(system(cmd), 0);
}

/* fs.read on in/, fs.write on out/, cwd = top. */
static duv_runtime_t *new_runtime(void) {
  static char rg[4200], wg[4200];
  snprintf(rg, sizeof(rg), "fs.read=%s/in", top);
  snprintf(wg, sizeof(wg), "fs.write=%s/out", top);
  const char *grants[] = {rg, wg, NULL};
  duv_config_t config;
  duv_config_init(&config);
  config.cwd = top;
  config.permissions = grants;
  return duv_runtime_new(&config);
}

static void eval_ok(duv_runtime_t *rt, const char *src) {
  if (duv_runtime_eval(rt, src, DUV_NTS, "t.js", 0) != 0) {
    duv_value_t *err = duv_error_fetch(rt);
    duv_value_t *msg = err != NULL ? duv_object_get(rt, err, "message") : NULL;
    ck_abort_msg("JS failed: %s", msg != NULL ? duv_string_get(rt, msg, NULL) : "?");
  }
}

/* JS helper: denied(fn, kind, path) checks fn throws Node's error. */
static const char *prelude =
    "var fs = require('fs');"
    "var top = process.cwd();"
    "function denied(fn, kind, rel) {"
    "  try { fn(); } catch (e) {"
    "    if (e.code !== 'ERR_ACCESS_DENIED') throw new Error('wrong error ' + e.code + ': ' + e.message);"
    "    if (e.permission !== kind) throw new Error('wrong kind ' + e.permission);"
    "    if (e.resource !== top + '/' + rel) throw new Error('wrong resource ' + e.resource);"
    "    if (e.message !== 'Access to this API has been restricted') throw new Error(e.message);"
    "    return;"
    "  }"
    "  throw new Error('not denied: ' + fn);"
    "}"
    "function noop() {}";

START_TEST(test_reads_and_writes_follow_grants) {
  make_tree();
  duv_runtime_t *rt = new_runtime();
  ck_assert_ptr_nonnull(rt);
  eval_ok(rt, prelude);
  /* Granted. */
  eval_ok(rt, "if (fs.readFileSync('in/a.txt', 'utf8') !== 'secret') throw new Error('read');"
              "fs.statSync('in/a.txt'); fs.readdirSync('in'); fs.accessSync('in');"
              "fs.writeFileSync('out/b.txt', 'x'); fs.mkdirSync('out/d'); fs.rmdirSync('out/d');"
              "fs.copyFileSync('in/a.txt', 'out/c.txt');"
              "if (!fs.existsSync('in/a.txt')) throw new Error('exists');");
  /* Reading outside the read grant, even what we may write. */
  eval_ok(rt, "denied(function () { fs.readFileSync('out/b.txt'); }, 'FileSystemRead', 'out/b.txt');"
              "denied(function () { fs.statSync('out'); }, 'FileSystemRead', 'out');"
              "denied(function () { fs.readdirSync('/'.slice(1) + 'out'); }, 'FileSystemRead', 'out');"
              "denied(function () { fs.openSync('out/b.txt', 'r'); }, 'FileSystemRead', 'out/b.txt');"
              "denied(function () { fs.realpathSync('out'); }, 'FileSystemRead', 'out');"
              "if (fs.existsSync('out/b.txt')) throw new Error('exists leaks');");
  /* Writing where we may only read. */
  eval_ok(rt, "denied(function () { fs.writeFileSync('in/a.txt', 'x'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.openSync('in/a.txt', 'r+'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.openSync('in/a.txt', 'a'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.unlinkSync('in/a.txt'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.mkdirSync('in/x'); }, 'FileSystemWrite', 'in/x');"
              "denied(function () { fs.chmodSync('in/a.txt', 0o600); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.utimesSync('in/a.txt', 1, 1); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.truncateSync('in/a.txt'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.symlinkSync('a.txt', 'in/l'); }, 'FileSystemWrite', 'in/l');"
              "denied(function () { fs.mkdtempSync('in/t-'); }, 'FileSystemWrite', 'in/t-XXXXXX');"
              /* Both paths of rename are written; copyFile writes its dest. */
              "denied(function () { fs.renameSync('in/a.txt', 'out/a.txt'); }, 'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.renameSync('out/b.txt', 'in/b.txt'); }, 'FileSystemWrite', 'in/b.txt');"
              "denied(function () { fs.copyFileSync('in/a.txt', 'in/z.txt'); }, 'FileSystemWrite', 'in/z.txt');"
              "denied(function () { fs.copyFileSync('out/b.txt', 'out/z.txt'); }, 'FileSystemRead', 'out/b.txt');");
  /* Async forms are checked before anything starts; the callback never runs. */
  eval_ok(rt, "denied(function () { fs.readFile('out/b.txt', function () { throw new Error('ran'); }); },"
              "       'FileSystemRead', 'out/b.txt');"
              "denied(function () { fs.writeFile('in/a.txt', 'x', function () { throw new Error('ran'); }); },"
              "       'FileSystemWrite', 'in/a.txt');"
              "denied(function () { fs.stat('out', noop); }, 'FileSystemRead', 'out');"
              "denied(function () { fs.unlink('in/a.txt', noop); }, 'FileSystemWrite', 'in/a.txt');");
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  /* Nothing was changed by a denied call. */
  char path[4200];
  snprintf(path, sizeof(path), "%s/in/a.txt", top);
  struct stat st;
  ck_assert_int_eq(stat(path, &st), 0);
  ck_assert_int_eq((int)st.st_size, 6);
  snprintf(path, sizeof(path), "%s/out/z.txt", top);
  ck_assert_int_ne(stat(path, &st), 0);
  duv_runtime_free(rt);
  remove_tree();
}
END_TEST

/* fs.promises rejects with the same error. */
START_TEST(test_promises_reject_denied) {
  make_tree();
  duv_runtime_t *rt = new_runtime();
  ck_assert_ptr_nonnull(rt);
  eval_ok(rt, prelude);
  eval_ok(rt, "globalThis.outcome = 'pending';"
              "fs.promises.readFile('out/none').then(function () { outcome = 'resolved'; },"
              "  function (e) { outcome = e.code + ' ' + e.permission; });");
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  eval_ok(rt, "if (outcome !== 'ERR_ACCESS_DENIED FileSystemRead') throw new Error(outcome);");
  duv_runtime_free(rt);
  remove_tree();
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("fs-permission");
  TCase *tc = tcase_create("fs-permission");
  tcase_add_test(tc, test_reads_and_writes_follow_grants);
  tcase_add_test(tc, test_promises_reject_denied);
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
