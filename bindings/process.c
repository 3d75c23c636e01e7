/*
 * Native half of `process`: arguments, environment, clocks, exit, and the
 * standard output streams.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "internal.h"

extern char **environ;

static void push_string_array(duk_context *ctx, int n, char **s) {
  duk_push_array(ctx);
  for (int i = 0; i < n; i++) {
    duv__push_utf8(ctx, s[i], strlen(s[i]));
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
}

/* exec_path() -> the absolute path of the running executable. */
static duk_ret_t js_exec_path(duk_context *ctx) {
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_exepath(buf, &size) != 0) {
    duk_push_string(ctx, duv__runtime(ctx)->argv[0]);
  } else {
    duv__push_utf8(ctx, buf, size);
  }
  return 1;
}

static duk_ret_t js_argv(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  push_string_array(ctx, rt->argc, rt->argv);
  return 1;
}

static duk_ret_t js_exec_argv(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  push_string_array(ctx, rt->exec_argc, rt->exec_argv);
  return 1;
}

/* environ() -> a copy of the environment as an object without a prototype (so
 * that a variable named __proto__ is a variable). */
/* environ() -> a plain object of the environment's variables. They are
 * defined, not assigned, so that a variable named __proto__ stays a variable;
 * the object inherits from Object.prototype as Node's process.env does. */
static duk_ret_t js_environ(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_push_object(ctx);
  for (char **e = rt->env != NULL ? rt->env : environ; e != NULL && *e != NULL; e++) {
    const char *eq = strchr(*e, '=');
    if (eq == NULL || eq == *e) continue;
    duv__push_utf8(ctx, *e, (size_t)(eq - *e));
    duv__push_utf8(ctx, eq + 1, strlen(eq + 1));
    duk_def_prop(ctx, -3,
                 DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_ENUMERABLE |
                     DUK_DEFPROP_SET_CONFIGURABLE);
  }
  return 1;
}

/* cwd() -> the runtime's working directory (vm/workdir.c). */
static duk_ret_t js_cwd(duk_context *ctx) {
  const char *cwd = duv__runtime(ctx)->cwd;
  duv__push_utf8(ctx, cwd, strlen(cwd));
  return 1;
}

/* chdir(directory): changes the runtime's directory, never the process's. */
static duk_ret_t js_chdir(duk_context *ctx) {
  if (!duk_is_string(ctx, 0)) return duv__throw_arg_type(ctx, "directory", "string", 0);
  duv_runtime_t *rt = duv__runtime(ctx);
  int err = duv__workdir_change(rt, duv__push_os_string(ctx, 0));
  if (err != 0) {
    /* Node: "ENOENT: no such file or directory, chdir '/from' -> 'to'", with
     * path the directory it was in and dest the one asked for. */
    duv__push_utf8(ctx, rt->cwd, strlen(rt->cwd)); /* [ dir os_dir from ] */
    duk_push_sprintf(ctx, "%s: %s, chdir '", uv_err_name(err), uv_strerror(err));
    duk_dup(ctx, 2);
    duk_push_string(ctx, "' -> '");
    duk_dup(ctx, 0);
    duk_push_string(ctx, "'");
    duk_concat(ctx, 5);
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", duk_get_string(ctx, -1));
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, uv_err_name(err));
    duk_put_prop_string(ctx, -2, "code");
    duk_push_string(ctx, "chdir");
    duk_put_prop_string(ctx, -2, "syscall");
    duk_dup(ctx, 2);
    duk_put_prop_string(ctx, -2, "path");
    duk_dup(ctx, 0);
    duk_put_prop_string(ctx, -2, "dest");
    return duk_throw(ctx);
  }
  return 0;
}

/* hrtime() -> [seconds, nanoseconds] of a monotonic clock. */
static duk_ret_t js_hrtime(duk_context *ctx) {
  uint64_t t = uv_hrtime();
  duk_push_array(ctx);
  duk_push_number(ctx, (double)(t / 1000000000u));
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, (double)(t % 1000000000u));
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

/* hrtimeMs() -> monotonic milliseconds as a double (for uptime and performance.now). */
static duk_ret_t js_hrtime_ms(duk_context *ctx) {
  duk_push_number(ctx, (double)uv_hrtime() / 1e6);
  return 1;
}

static duk_ret_t js_memory_usage(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  duk_push_object(ctx);
  duk_push_number(ctx, (double)rss);
  duk_put_prop_string(ctx, -2, "rss");
  duk_push_number(ctx, (double)rt->heap_bytes);
  duk_put_prop_string(ctx, -2, "heapTotal");
  duk_push_number(ctx, (double)rt->heap_bytes);
  duk_put_prop_string(ctx, -2, "heapUsed");
  duk_push_number(ctx, 0);
  duk_put_prop_string(ctx, -2, "external");
  duk_push_number(ctx, 0);
  duk_put_prop_string(ctx, -2, "arrayBuffers");
  return 1;
}

static duk_ret_t js_rss(duk_context *ctx) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  duk_push_number(ctx, (double)rss);
  return 1;
}

/* reallyExit(code): stop the runtime. Unwinds the running script. */
static duk_ret_t js_really_exit(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duv__request_exit(rt, duk_get_int_default(ctx, 0, 0));
  /* Duktape now refuses to run any more bytecode (duv__exec_should_stop),
   * so this error unwinds every catch and finally up to the host. */
  return duk_error(ctx, DUK_ERR_ERROR, "process.exit");
}

/* write(fd, data): data is a string or a buffer. */
static duk_ret_t js_write(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  int fd = duk_require_int(ctx, 0);
  if (fd != 1 && fd != 2) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad stdio fd %d", fd);
  duk_size_t len;
  if (duk_is_buffer_data(ctx, 1)) {
    const char *p = duk_get_buffer_data(ctx, 1, &len);
    /* Bytes go out as they are. */
    duv__write_bytes(rt, fd, p, len);
    return 0;
  }
  const char *s = duk_to_lstring(ctx, 1, &len);
  duv__write_stdio(rt, fd, s, len);
  return 0;
}

/* umask([mask]) -> the previous mask; without mask, reads it unchanged. The JS
 * half validates mask. */
static duk_ret_t js_umask(duk_context *ctx) {
  mode_t old;
  if (duk_is_undefined(ctx, 0)) {
    old = umask(0);
    umask(old);
  } else {
    old = umask((mode_t)(duk_require_uint(ctx, 0) & 0777));
  }
  duk_push_uint(ctx, (duk_uint_t)old);
  return 1;
}

/* ids() -> [uid, euid, gid, egid]. */
static duk_ret_t js_ids(duk_context *ctx) {
  duk_push_array(ctx);
  duk_push_uint(ctx, (duk_uint_t)getuid());
  duk_put_prop_index(ctx, -2, 0);
  duk_push_uint(ctx, (duk_uint_t)geteuid());
  duk_put_prop_index(ctx, -2, 1);
  duk_push_uint(ctx, (duk_uint_t)getgid());
  duk_put_prop_index(ctx, -2, 2);
  duk_push_uint(ctx, (duk_uint_t)getegid());
  duk_put_prop_index(ctx, -2, 3);
  return 1;
}

/* getgroups() -> the supplementary group ids, with the effective gid as Node adds it. */
static duk_ret_t js_getgroups(duk_context *ctx) {
  int n = getgroups(0, NULL);
  if (n < 0) {
    duv__push_uv_error(ctx, uv_translate_sys_error(errno), "getgroups", NULL, NULL);
    return duk_throw(ctx);
  }
  gid_t *groups = duk_push_fixed_buffer(ctx, sizeof(gid_t) * (size_t)(n + 1));
  n = getgroups(n, groups);
  if (n < 0) {
    duv__push_uv_error(ctx, uv_translate_sys_error(errno), "getgroups", NULL, NULL);
    return duk_throw(ctx);
  }
  gid_t egid = getegid();
  int has_egid = 0;
  duk_push_array(ctx);
  for (int i = 0; i < n; i++) {
    if (groups[i] == egid) has_egid = 1;
    duk_push_uint(ctx, (duk_uint_t)groups[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  if (!has_egid) {
    duk_push_uint(ctx, (duk_uint_t)egid);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)n);
  }
  return 1;
}

/* cpuUsage() -> [user, system] CPU time of the process in microseconds. */
static duk_ret_t js_cpu_usage(duk_context *ctx) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) {
    duv__push_uv_error(ctx, err, "uv_getrusage", NULL, NULL);
    return duk_throw(ctx);
  }
  duk_push_array(ctx);
  duk_push_number(ctx, (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

static duk_ret_t js_is_tty(duk_context *ctx) {
  int fd = duk_require_int(ctx, 0);
  /* Output routed to the host's sink is no terminal. */
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_push_boolean(ctx, !(rt->output != NULL && (fd == 1 || fd == 2)) && isatty(fd));
  return 1;
}

/* winsize(fd) -> [columns, rows] of a terminal, or null. */
static duk_ret_t js_winsize(duk_context *ctx) {
  struct winsize ws;
  if (ioctl(duk_require_int(ctx, 0), TIOCGWINSZ, &ws) != 0) {
    duk_push_null(ctx);
    return 1;
  }
  duk_push_array(ctx);
  duk_push_uint(ctx, ws.ws_col);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_uint(ctx, ws.ws_row);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

static void put_string(duk_context *ctx, const char *key, const char *value) {
  duk_push_string(ctx, value);
  duk_put_prop_string(ctx, -2, key);
}

static void push_versions(duk_context *ctx) {
  char buf[64];
  duk_push_object(ctx);
  put_string(ctx, "node", DUV_NODE_VERSION);
  put_string(ctx, "duv", DUV_VERSION_STRING);
  snprintf(buf, sizeof(buf), "%ld.%ld.%ld", (long)(DUK_VERSION / 10000),
           (long)(DUK_VERSION / 100 % 100), (long)(DUK_VERSION % 100));
  put_string(ctx, "duktape", buf);
  put_string(ctx, "uv", uv_version_string());
  put_string(ctx, "zlib", zlibVersion());
  pcre2_config(PCRE2_CONFIG_VERSION, buf);
  /* "10.42 2022-12-11" -> "10.42" */
  char *space = strchr(buf, ' ');
  if (space) *space = '\0';
  put_string(ctx, "pcre2", buf);
}

void duv__binding_process(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"execPath", js_exec_path, 0},
      {"argv", js_argv, 0},
      {"execArgv", js_exec_argv, 0},
      {"environ", js_environ, 0},
      {"cwd", js_cwd, 0},
      {"chdir", js_chdir, 1},
      {"hrtime", js_hrtime, 0},
      {"hrtimeMs", js_hrtime_ms, 0},
      {"memoryUsage", js_memory_usage, 0},
      {"rss", js_rss, 0},
      {"reallyExit", js_really_exit, 1},
      {"write", js_write, 2},
      {"isatty", js_is_tty, 1},
      {"umask", js_umask, 1},
      {"winsize", js_winsize, 1},
      {"ids", js_ids, 0},
      {"getgroups", js_getgroups, 0},
      {"cpuUsage", js_cpu_usage, 0},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
  duv__push_next_tick(ctx);
  duk_put_prop_string(ctx, -2, "nextTick");
  duv__push_drain_ticks(ctx);
  duk_put_prop_string(ctx, -2, "processTicksAndRejections");
  duk_push_heapptr(ctx, duv__runtime(ctx)->tick_queue);
  duk_put_prop_string(ctx, -2, "tickQueue");
  push_versions(ctx);
  duk_put_prop_string(ctx, -2, "versions");
  duk_push_int(ctx, (int)getpid());
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_int(ctx, (int)getppid());
  duk_put_prop_string(ctx, -2, "ppid");
  duv__host_uncaught_binding(ctx);
}
