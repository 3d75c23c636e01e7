/*
 * Native half of `os`: what libuv knows about the machine, its users and its
 * network interfaces, and the constants of os.constants.
 *
 * Functions that can fail take an `info` object as their last argument, as
 * Node's binding does: on failure they fill it with errno, code, message and
 * syscall and return undefined, and bindings/lib/os.js throws Node's
 * ERR_SYSTEM_ERROR from it.
 */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

static duk_ret_t fail(duk_context *ctx, duk_idx_t info, int err, const char *syscall) {
  if (duk_is_object(ctx, info)) {
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, info, "errno");
    duk_push_string(ctx, uv_err_name(err));
    duk_put_prop_string(ctx, info, "code");
    duk_push_string(ctx, uv_strerror(err));
    duk_put_prop_string(ctx, info, "message");
    duk_push_string(ctx, syscall);
    duk_put_prop_string(ctx, info, "syscall");
  }
  return 0;
}

static void push_str(duk_context *ctx, const char *s) { duv__push_utf8(ctx, s, strlen(s)); }

/* hostname(info) -> string */
static duk_ret_t js_hostname(duk_context *ctx) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int r = uv_os_gethostname(buf, &size);
  if (r != 0) return fail(ctx, 0, r, "uv_os_gethostname");
  duv__push_utf8(ctx, buf, size);
  return 1;
}

/* uname(info) -> [sysname, version, release, machine] */
static duk_ret_t js_uname(duk_context *ctx) {
  uv_utsname_t u;
  int r = uv_os_uname(&u);
  if (r != 0) return fail(ctx, 0, r, "uv_os_uname");
  duk_push_array(ctx);
  push_str(ctx, u.sysname);
  duk_put_prop_index(ctx, -2, 0);
  push_str(ctx, u.version);
  duk_put_prop_index(ctx, -2, 1);
  push_str(ctx, u.release);
  duk_put_prop_index(ctx, -2, 2);
  push_str(ctx, u.machine);
  duk_put_prop_index(ctx, -2, 3);
  return 1;
}

/* cpus() -> flat array, 7 entries per CPU: model, speed, user, nice, sys,
 * idle, irq (times in milliseconds, as libuv gives them). */
static duk_ret_t js_cpus(duk_context *ctx) {
  uv_cpu_info_t *cpus;
  int count;
  duk_push_array(ctx);
  if (uv_cpu_info(&cpus, &count) != 0) return 1;
  duk_uarridx_t k = 0;
  for (int i = 0; i < count; i++) {
    push_str(ctx, cpus[i].model != NULL ? cpus[i].model : "");
    duk_put_prop_index(ctx, -2, k++);
    duk_push_int(ctx, cpus[i].speed);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_number(ctx, (double)cpus[i].cpu_times.user);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_number(ctx, (double)cpus[i].cpu_times.nice);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_number(ctx, (double)cpus[i].cpu_times.sys);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_number(ctx, (double)cpus[i].cpu_times.idle);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_number(ctx, (double)cpus[i].cpu_times.irq);
    duk_put_prop_index(ctx, -2, k++);
  }
  uv_free_cpu_info(cpus, count);
  return 1;
}

static duk_ret_t js_totalmem(duk_context *ctx) {
  duk_push_number(ctx, (double)uv_get_total_memory());
  return 1;
}

static duk_ret_t js_freemem(duk_context *ctx) {
  duk_push_number(ctx, (double)uv_get_free_memory());
  return 1;
}

static duk_ret_t js_available_parallelism(duk_context *ctx) {
  duk_push_uint(ctx, uv_available_parallelism());
  return 1;
}

/* uptime(info) -> seconds */
static duk_ret_t js_uptime(duk_context *ctx) {
  double up;
  int r = uv_uptime(&up);
  if (r != 0) return fail(ctx, 0, r, "uv_uptime");
  duk_push_number(ctx, up);
  return 1;
}

static duk_ret_t js_loadavg(duk_context *ctx) {
  double avg[3];
  uv_loadavg(avg);
  duk_push_array(ctx);
  for (int i = 0; i < 3; i++) {
    duk_push_number(ctx, avg[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  return 1;
}

/* interfaces(info) -> flat array, 7 entries per address: name, address,
 * netmask, family, mac, internal, scopeid (-1 for IPv4). */
static duk_ret_t js_interfaces(duk_context *ctx) {
  uv_interface_address_t *ifs;
  int count;
  int r = uv_interface_addresses(&ifs, &count);
  if (r == UV_ENOSYS) {
    duk_push_array(ctx);
    return 1;
  }
  if (r != 0) return fail(ctx, 0, r, "uv_interface_addresses");
  duk_push_array(ctx);
  duk_uarridx_t k = 0;
  for (int i = 0; i < count; i++) {
    char addr[INET6_ADDRSTRLEN], mask[INET6_ADDRSTRLEN], mac[18];
    int scope = -1;
    const char *family;
    if (ifs[i].address.address4.sin_family == AF_INET) {
      uv_ip4_name(&ifs[i].address.address4, addr, sizeof(addr));
      uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof(mask));
      family = "IPv4";
    } else if (ifs[i].address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&ifs[i].address.address6, addr, sizeof(addr));
      uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof(mask));
      scope = (int)ifs[i].address.address6.sin6_scope_id;
      family = "IPv6";
    } else {
      continue;
    }
    const unsigned char *p = (const unsigned char *)ifs[i].phys_addr;
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
             p[5]);
    push_str(ctx, ifs[i].name);
    duk_put_prop_index(ctx, -2, k++);
    push_str(ctx, addr);
    duk_put_prop_index(ctx, -2, k++);
    push_str(ctx, mask);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_string(ctx, family);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_string(ctx, mac);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_boolean(ctx, ifs[i].is_internal);
    duk_put_prop_index(ctx, -2, k++);
    duk_push_int(ctx, scope);
    duk_put_prop_index(ctx, -2, k++);
  }
  uv_free_interface_addresses(ifs, count);
  return 1;
}

/* passwd(asBuffers, info) -> { uid, gid, username, homedir, shell } for the
 * effective user; the strings as UTF-8 text or, with asBuffers, their bytes. */
static duk_ret_t js_passwd(duk_context *ctx) {
  int as_buffers = duk_to_boolean(ctx, 0);
  uv_passwd_t pw;
  int r = uv_os_get_passwd(&pw);
  if (r != 0) return fail(ctx, 1, r, "uv_os_get_passwd");
  duk_push_bare_object(ctx);
  duk_push_number(ctx, (double)pw.uid);
  duk_put_prop_string(ctx, -2, "uid");
  duk_push_number(ctx, (double)pw.gid);
  duk_put_prop_string(ctx, -2, "gid");
  const char *names[3] = {"username", "homedir", "shell"};
  const char *values[3] = {pw.username, pw.homedir, pw.shell};
  for (int i = 0; i < 3; i++) {
    if (values[i] == NULL)
      duk_push_null(ctx);
    else if (as_buffers)
      duv__push_buffer_copy(ctx, values[i], strlen(values[i]));
    else
      push_str(ctx, values[i]);
    duk_put_prop_string(ctx, -2, names[i]);
  }
  uv_os_free_passwd(&pw);
  return 1;
}

/* getpriority(pid, info) -> priority */
static duk_ret_t js_getpriority(duk_context *ctx) {
  int prio;
  int r = uv_os_getpriority((uv_pid_t)duk_to_int(ctx, 0), &prio);
  if (r != 0) return fail(ctx, 1, r, "uv_os_getpriority");
  duk_push_int(ctx, prio);
  return 1;
}

/* setpriority(pid, priority, info) -> true */
static duk_ret_t js_setpriority(duk_context *ctx) {
  int r = uv_os_setpriority((uv_pid_t)duk_to_int(ctx, 0), duk_to_int(ctx, 1));
  if (r != 0) return fail(ctx, 2, r, "uv_os_setpriority");
  duk_push_true(ctx);
  return 1;
}

typedef struct {
  const char *name;
  int value;
} constant_t;

/* Node's lists for Linux, in Node's order. */
static const constant_t signals[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},       {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},     {"SIGCHLD", SIGCHLD},     {"SIGSTKFLT", SIGSTKFLT},
    {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},     {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
    {NULL, 0}};

static const constant_t errnos[] = {
    {"E2BIG", E2BIG},
    {"EACCES", EACCES},
    {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"EAFNOSUPPORT", EAFNOSUPPORT},
    {"EAGAIN", EAGAIN},
    {"EALREADY", EALREADY},
    {"EBADF", EBADF},
    {"EBADMSG", EBADMSG},
    {"EBUSY", EBUSY},
    {"ECANCELED", ECANCELED},
    {"ECHILD", ECHILD},
    {"ECONNABORTED", ECONNABORTED},
    {"ECONNREFUSED", ECONNREFUSED},
    {"ECONNRESET", ECONNRESET},
    {"EDEADLK", EDEADLK},
    {"EDESTADDRREQ", EDESTADDRREQ},
    {"EDOM", EDOM},
    {"EDQUOT", EDQUOT},
    {"EEXIST", EEXIST},
    {"EFAULT", EFAULT},
    {"EFBIG", EFBIG},
    {"EHOSTUNREACH", EHOSTUNREACH},
    {"EIDRM", EIDRM},
    {"EILSEQ", EILSEQ},
    {"EINPROGRESS", EINPROGRESS},
    {"EINTR", EINTR},
    {"EINVAL", EINVAL},
    {"EIO", EIO},
    {"EISCONN", EISCONN},
    {"EISDIR", EISDIR},
    {"ELOOP", ELOOP},
    {"EMFILE", EMFILE},
    {"EMLINK", EMLINK},
    {"EMSGSIZE", EMSGSIZE},
    {"EMULTIHOP", EMULTIHOP},
    {"ENAMETOOLONG", ENAMETOOLONG},
    {"ENETDOWN", ENETDOWN},
    {"ENETRESET", ENETRESET},
    {"ENETUNREACH", ENETUNREACH},
    {"ENFILE", ENFILE},
    {"ENOBUFS", ENOBUFS},
    {"ENODATA", ENODATA},
    {"ENODEV", ENODEV},
    {"ENOENT", ENOENT},
    {"ENOEXEC", ENOEXEC},
    {"ENOLCK", ENOLCK},
    {"ENOLINK", ENOLINK},
    {"ENOMEM", ENOMEM},
    {"ENOMSG", ENOMSG},
    {"ENOPROTOOPT", ENOPROTOOPT},
    {"ENOSPC", ENOSPC},
    {"ENOSR", ENOSR},
    {"ENOSTR", ENOSTR},
    {"ENOSYS", ENOSYS},
    {"ENOTCONN", ENOTCONN},
    {"ENOTDIR", ENOTDIR},
    {"ENOTEMPTY", ENOTEMPTY},
    {"ENOTSOCK", ENOTSOCK},
    {"ENOTSUP", ENOTSUP},
    {"ENOTTY", ENOTTY},
    {"ENXIO", ENXIO},
    {"EOPNOTSUPP", EOPNOTSUPP},
    {"EOVERFLOW", EOVERFLOW},
    {"EPERM", EPERM},
    {"EPIPE", EPIPE},
    {"EPROTO", EPROTO},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT},
    {"EPROTOTYPE", EPROTOTYPE},
    {"ERANGE", ERANGE},
    {"EROFS", EROFS},
    {"ESPIPE", ESPIPE},
    {"ESRCH", ESRCH},
    {"ESTALE", ESTALE},
    {"ETIME", ETIME},
    {"ETIMEDOUT", ETIMEDOUT},
    {"ETXTBSY", ETXTBSY},
    {"EWOULDBLOCK", EWOULDBLOCK},
    {"EXDEV", EXDEV},
    {NULL, 0}};

static const constant_t priorities[] = {
    {"PRIORITY_LOW", UV_PRIORITY_LOW},
    {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
    {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},
    {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
    {"PRIORITY_HIGH", UV_PRIORITY_HIGH},
    {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST},
    {NULL, 0}};

static const constant_t dlopen_flags[] = {{"RTLD_LAZY", RTLD_LAZY},
                                          {"RTLD_NOW", RTLD_NOW},
                                          {"RTLD_GLOBAL", RTLD_GLOBAL},
                                          {"RTLD_LOCAL", RTLD_LOCAL},
#ifdef RTLD_DEEPBIND
                                          {"RTLD_DEEPBIND", RTLD_DEEPBIND},
#endif
                                          {NULL, 0}};

/* A read-only, permanent, enumerable constant on the object at the top. */
static void def_constant(duk_context *ctx, const char *name, int value) {
  duk_push_string(ctx, name);
  duk_push_int(ctx, value);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_SET_ENUMERABLE |
                   DUK_DEFPROP_CLEAR_CONFIGURABLE);
}

static void put_constants(duk_context *ctx, const char *name, const constant_t *list) {
  duk_push_bare_object(ctx);
  for (const constant_t *c = list; c->name != NULL; c++) def_constant(ctx, c->name, c->value);
  duk_put_prop_string(ctx, -2, name);
}

/* constants() -> a fresh { UV_UDP_REUSEADDR, dlopen, errno, signals,
 * priority } of objects without prototypes, as Node's. */
static duk_ret_t js_constants(duk_context *ctx) {
  duk_push_bare_object(ctx);
  def_constant(ctx, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  put_constants(ctx, "dlopen", dlopen_flags);
  put_constants(ctx, "errno", errnos);
  put_constants(ctx, "signals", signals);
  put_constants(ctx, "priority", priorities);
  return 1;
}

void duv__binding_os(duk_context *ctx) {
  static const duk_function_list_entry funcs[] = {
      {"hostname", js_hostname, 1},
      {"uname", js_uname, 1},
      {"cpus", js_cpus, 0},
      {"totalmem", js_totalmem, 0},
      {"freemem", js_freemem, 0},
      {"availableParallelism", js_available_parallelism, 0},
      {"uptime", js_uptime, 1},
      {"loadavg", js_loadavg, 0},
      {"interfaces", js_interfaces, 1},
      {"passwd", js_passwd, 2},
      {"getpriority", js_getpriority, 2},
      {"setpriority", js_setpriority, 3},
      {"constants", js_constants, 0},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, funcs);
}
