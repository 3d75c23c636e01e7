/*
 * A runtime's working directory and permissions (duv_config_t.cwd and
 * .permissions, duv_runtime_cwd, duv_permission_has/check): what a host
 * grants is all a script gets, denials are Node's ERR_ACCESS_DENIED, and
 * each runtime keeps its own directory.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <duv.h>

static char top[4096]; /* a fresh folder per test: top/app, top/lib */

static void write_file(const char *dir, const char *name, const char *text) {
  char path[4200];
  snprintf(path, sizeof(path), "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
}

static void make_tree(void) {
  char tmpl[] = "/tmp/duv-perm-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(tmpl));
  /* Canonical, as the runtime reports paths. */
  ck_assert_ptr_nonnull(realpath(tmpl, top));
  char path[4200];
  snprintf(path, sizeof(path), "%s/app", top);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  write_file(path, "main.js", "module.exports = 'app';\n");
  snprintf(path, sizeof(path), "%s/lib", top);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  write_file(path, "m.js", "module.exports = 'lib';\n");
}

static void remove_tree(void) {
  char cmd[4300];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
  ck_assert_int_eq(system(cmd), 0);
}

static duv_runtime_t *new_runtime(const char *cwd, const char *const *grants) {
  duv_config_t config;
  duv_config_init(&config);
  config.cwd = cwd;
  config.permissions = grants;
  return duv_runtime_new(&config);
}

static void eval_ok(duv_runtime_t *rt, const char *src) {
  ck_assert_msg(duv_runtime_eval(rt, src, DUV_NTS, "t.js", 0) == 0, "JS failed: %s", src);
}

/* The pending error's string property, checked against expected. */
static void expect_error_prop(duv_runtime_t *rt, duv_value_t *err, const char *name, const char *expected) {
  duv_value_t *v = duv_object_get(rt, err, name);
  ck_assert_ptr_nonnull(v);
  ck_assert_str_eq(duv_string_get(rt, v, NULL), expected);
  duv_value_release(rt, v);
}

START_TEST(test_no_model_allows_everything) {
  duv_runtime_t *rt = new_runtime(NULL, NULL);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_WRITE, "/etc/passwd"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_CHILD_PROCESS, NULL), 1);
  ck_assert_int_eq(duv_permission_check(rt, DUV_PERMISSION_ADDON, "/x.node"), 0);
  eval_ok(rt, "if (process.permission !== undefined) throw new Error('no model, no process.permission');");
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_empty_list_denies_everything) {
  const char *none[] = {NULL};
  duv_runtime_t *rt = new_runtime(NULL, none);
  ck_assert_ptr_nonnull(rt);
  for (int kind = DUV_PERMISSION_FS_READ; kind <= DUV_PERMISSION_ADDON; kind++) {
    ck_assert_int_eq(duv_permission_has(rt, (duv_permission_t)kind, NULL), 0);
    ck_assert_int_eq(duv_permission_has(rt, (duv_permission_t)kind, "/"), 0);
  }
  ck_assert_int_eq(duv_permission_has(rt, (duv_permission_t)99, NULL), 0);
  eval_ok(rt, "if (process.permission.has('fs.read', '/')) throw new Error('granted');");
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_fs_grants) {
  make_tree();
  char read_grant[4200], write_grant[4200], path[4200];
  snprintf(read_grant, sizeof(read_grant), "fs.read=%s/app", top);
  snprintf(write_grant, sizeof(write_grant), "fs.write=%s/lib/out-*", top);
  const char *grants[] = {read_grant, write_grant, NULL};
  duv_runtime_t *rt = new_runtime(top, grants);
  ck_assert_ptr_nonnull(rt);
  snprintf(path, sizeof(path), "%s/app/main.js", top);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, path), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/main.js"), 1); /* relative to cwd */
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/../lib/m.js"), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app-other"), 0); /* not a prefix of components */
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, NULL), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_WRITE, "lib/out-1.txt"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_WRITE, "lib/m.js"), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_WRITE, "app/main.js"), 0);
  duv_runtime_free(rt);
  /* A "folder/" + star grant: everything in it, and the folder itself. */
  snprintf(read_grant, sizeof(read_grant), "fs.read=%s/app/*", top);
  const char *star[] = {read_grant, NULL};
  rt = new_runtime(top, star);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/main.js"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/new/deeper"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "appx"), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "."), 0);
  duv_runtime_free(rt);
  rt = new_runtime(top, grants);

  /* A denial is Node's error, naming the absolute path. */
  ck_assert_int_eq(duv_permission_check(rt, DUV_PERMISSION_FS_READ, "lib/m.js"), -1);
  duv_value_t *err = duv_error_fetch(rt);
  snprintf(path, sizeof(path), "%s/lib/m.js", top);
  expect_error_prop(rt, err, "code", "ERR_ACCESS_DENIED");
  expect_error_prop(rt, err, "permission", "FileSystemRead");
  expect_error_prop(rt, err, "resource", path);
  expect_error_prop(rt, err, "message", "Access to this API has been restricted");
  duv_value_release(rt, err);
  /* A check with an error already pending fails and keeps that error. */
  duv_error_set(rt, DUV_TYPE_ERROR, NULL, "first");
  ck_assert_int_eq(duv_permission_check(rt, DUV_PERMISSION_FS_READ, "app/main.js"), -1);
  err = duv_error_fetch(rt);
  expect_error_prop(rt, err, "message", "first");
  duv_value_release(rt, err);

  /* Module loading goes through the same check. */
  eval_ok(rt,
          "if (require('./app/main.js') !== 'app') throw new Error('granted module');"
          "var e; try { require('./lib/m.js') } catch (x) { e = x }"
          "if (!e || e.code !== 'ERR_ACCESS_DENIED' || e.permission !== 'FileSystemRead' ||"
          "    e.resource !== process.cwd() + '/lib/m.js') throw new Error('denied module: ' + e);");
  duv_runtime_free(rt);
  remove_tree();
}
END_TEST

START_TEST(test_symlink_cannot_escape) {
  make_tree();
  char grant[4200], link[4200], target[4200];
  snprintf(grant, sizeof(grant), "fs.read=%s/app", top);
  snprintf(link, sizeof(link), "%s/app/link.js", top);
  snprintf(target, sizeof(target), "%s/lib/m.js", top);
  ck_assert_int_eq(symlink(target, link), 0);
  snprintf(target, sizeof(target), "%s/app/inner", top);
  ck_assert_int_eq(symlink("main.js", target), 0);
  const char *grants[] = {grant, NULL};
  duv_runtime_t *rt = new_runtime(top, grants);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, link), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/inner"), 1);
  /* A file not made yet under a granted folder is granted. */
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, "app/new/deeper.txt"), 1);
  eval_ok(rt, "var e; try { require('./app/link.js') } catch (x) { e = x }"
              "if (!e || e.code !== 'ERR_ACCESS_DENIED') throw new Error('followed the link: ' + e);");
  duv_runtime_free(rt);
  remove_tree();
}
END_TEST

START_TEST(test_net_and_switch_grants) {
  const char *grants[] = {"net.connect=127.0.0.1:8080", "net.connect=example.test", "net.listen=*:3000",
                          "net=[::1]:*", "child", NULL};
  duv_runtime_t *rt = new_runtime(NULL, grants);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_CONNECT, "127.0.0.1:8080"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_CONNECT, "127.0.0.1:8081"), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_CONNECT, "EXAMPLE.test:443"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_CONNECT, "[::1]:22"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_LISTEN, "0.0.0.0:3000"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_NET_LISTEN, "0.0.0.0:3001"), 0);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_CHILD_PROCESS, "/bin/sh"), 1);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_WORKER, NULL), 0);
  ck_assert_int_eq(duv_permission_check(rt, DUV_PERMISSION_NET_LISTEN, "127.0.0.1:80"), -1);
  duv_value_t *err = duv_error_fetch(rt);
  expect_error_prop(rt, err, "permission", "NetListen");
  expect_error_prop(rt, err, "resource", "127.0.0.1:80");
  duv_value_release(rt, err);
  ck_assert_int_eq(duv_permission_check(rt, DUV_PERMISSION_WORKER, NULL), -1);
  err = duv_error_fetch(rt);
  expect_error_prop(rt, err, "permission", "WorkerThreads");
  expect_error_prop(rt, err, "resource", "");
  duv_value_release(rt, err);
  eval_ok(rt, "var h = process.permission.has;"
              "if (!h('net.connect', '127.0.0.1:8080') || h('net.connect', '10.0.0.1:8080') ||"
              "    !h('child') || h('worker') || h('addon') || h('bogus')) throw new Error('has');");
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_addon_needs_its_grant) {
  const char *addon = DUV_ADDON_DIR "/hello/hello.node";
  const char *read_only[] = {"fs.read=*", NULL};
  duv_runtime_t *rt = new_runtime(NULL, read_only);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_ADDON, addon), 0);
  eval_ok(rt, "var e; try { require('" DUV_ADDON_DIR "/hello/hello.node') } catch (x) { e = x }"
              "if (!e || e.code !== 'ERR_ACCESS_DENIED' || e.permission !== 'Addon') throw new Error('loaded: ' + e);");
  duv_runtime_free(rt);
  const char *with_addon[] = {"fs.read=*", "addon", NULL};
  rt = new_runtime(NULL, with_addon);
  eval_ok(rt, "if (require('" DUV_ADDON_DIR "/hello/hello.node').greet('x') !== 'Hello, x!') throw 0;");
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_bad_grants_refuse_creation) {
  const char *unknown[] = {"fs.execute=/", NULL};
  const char *empty[] = {"fs.read=", NULL};
  const char *switch_value[] = {"child=/bin/sh", NULL};
  const char *bare_path[] = {"fs.read", NULL};
  const char *bare_net[] = {"net.connect", NULL};
  ck_assert_ptr_null(new_runtime(NULL, bare_path));
  ck_assert_ptr_null(new_runtime(NULL, bare_net));
  ck_assert_ptr_null(new_runtime(NULL, unknown));
  ck_assert_ptr_null(new_runtime(NULL, empty));
  ck_assert_ptr_null(new_runtime(NULL, switch_value));
}
END_TEST

START_TEST(test_cwd_is_per_runtime) {
  make_tree();
  char app[4200], before[4096], sub[4200];
  snprintf(app, sizeof(app), "%s/app", top);
  ck_assert_ptr_nonnull(getcwd(before, sizeof(before)));
  duv_runtime_t *a = new_runtime(app, NULL);
  duv_runtime_t *b = new_runtime(top, NULL);
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(b);
  ck_assert_str_eq(duv_runtime_cwd(a), app);
  ck_assert_str_eq(duv_runtime_cwd(b), top);
  /* Relative requires resolve against each runtime's own directory. */
  eval_ok(a, "if (require('./main.js') !== 'app') throw 0;");
  eval_ok(b, "if (require('./lib/m.js') !== 'lib') throw 0;");
  /* chdir moves the runtime, not the process nor another runtime. */
  eval_ok(b, "process.chdir('lib'); if (require('./m.js') !== 'lib') throw 0;");
  snprintf(sub, sizeof(sub), "%s/lib", top);
  ck_assert_str_eq(duv_runtime_cwd(b), sub);
  ck_assert_str_eq(duv_runtime_cwd(a), app);
  char after[4096];
  ck_assert_ptr_nonnull(getcwd(after, sizeof(after)));
  ck_assert_str_eq(after, before);
  /* Node's errors for a directory that is missing or is a file. */
  eval_ok(b, "var e; try { process.chdir('nope') } catch (x) { e = x }"
             "if (e.code !== 'ENOENT' || e.syscall !== 'chdir' || e.dest !== 'nope' ||"
             "    e.message !== \"ENOENT: no such file or directory, chdir '\" + process.cwd() + \"' -> 'nope'\")"
             "  throw new Error(e.message);"
             "try { process.chdir('m.js') } catch (x) { e = x }"
             "if (e.code !== 'ENOTDIR') throw new Error(e.message);"
             "process.chdir('..'); process.chdir('./app/');"
             "if (process.cwd() !== require('path').join(process.cwd(), '.')) throw 0;");
  snprintf(sub, sizeof(sub), "%s/app", top);
  ck_assert_str_eq(duv_runtime_cwd(b), sub);
  duv_runtime_free(a);
  duv_runtime_free(b);
  /* A relative cwd is taken from the process's directory. */
  ck_assert_int_eq(chdir(top), 0);
  a = new_runtime("lib/../app", NULL);
  ck_assert_int_eq(chdir(before), 0);
  ck_assert_ptr_nonnull(a);
  ck_assert_str_eq(duv_runtime_cwd(a), app);
  duv_runtime_free(a);
  /* A missing directory, or a file, refuses creation. */
  snprintf(sub, sizeof(sub), "%s/missing", top);
  ck_assert_ptr_null(new_runtime(sub, NULL));
  snprintf(sub, sizeof(sub), "%s/app/main.js", top);
  ck_assert_ptr_null(new_runtime(sub, NULL));
  remove_tree();
}
END_TEST

START_TEST(test_relative_grants_follow_config_cwd) {
  make_tree();
  const char *grants[] = {"fs.read=app", NULL};
  duv_runtime_t *rt = new_runtime(top, grants);
  ck_assert_ptr_nonnull(rt);
  char path[4200];
  snprintf(path, sizeof(path), "%s/app/main.js", top);
  ck_assert_int_eq(duv_permission_has(rt, DUV_PERMISSION_FS_READ, path), 1);
  /* Grants were fixed at creation: changing directory does not move them. */
  eval_ok(rt, "process.chdir('lib');"
              "if (process.permission.has('fs.read', 'm.js')) throw new Error('moved');"
              "if (!process.permission.has('fs.read', '../app/main.js')) throw new Error('lost');");
  duv_runtime_free(rt);
  remove_tree();
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("permissions");
  TCase *tc = tcase_create("permissions");
  tcase_add_test(tc, test_no_model_allows_everything);
  tcase_add_test(tc, test_empty_list_denies_everything);
  tcase_add_test(tc, test_fs_grants);
  tcase_add_test(tc, test_symlink_cannot_escape);
  tcase_add_test(tc, test_net_and_switch_grants);
  tcase_add_test(tc, test_addon_needs_its_grant);
  tcase_add_test(tc, test_bad_grants_refuse_creation);
  tcase_add_test(tc, test_cwd_is_per_runtime);
  tcase_add_test(tc, test_relative_grants_follow_config_cwd);
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
