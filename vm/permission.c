/*
 * Permissions: what a runtime may touch, decided in one place.
 *
 * A host grants a runtime resources with strings ("fs.read=/data",
 * "net.connect=127.0.0.1:8080", "child", ...: see duv_config_t.permissions);
 * with no list at all there is no permission model and everything is
 * allowed. Every binding that reaches a resource asks duv_permission_has()
 * (through duv__push_fs_path for paths, duv__permission_require for the
 * rest) before it acts, and a denial is Node's ERR_ACCESS_DENIED error.
 *
 * Paths are compared after being made absolute against the runtime's
 * working directory and normalised lexically, as Node does; unlike Node,
 * a path that is granted lexically is checked again after resolving the
 * symbolic links of its longest existing prefix, so that a link inside a
 * granted directory does not lead out of it (a race with a link made
 * between the check and the use remains: the host's OS sandbox is the
 * stronger fence).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "capi.h"

typedef struct {
  char *text;   /* absolute path, or "host:port" */
  int wildcard; /* fs: a trailing '*' (prefix of characters) */
} grant;

typedef struct {
  grant *items;
  int count;
  int all; /* "*" */
} grant_list;

struct duv__permissions {
  grant_list lists[DUV_PERMISSION_ADDON + 1]; /* indexed by duv_permission_t */
};

/* Names of the scopes in grant strings and in process.permission.has(),
 * Node's where it has one. */
static const struct {
  const char *name;
  int kinds[2];
} scopes[] = {
    {"fs", {DUV_PERMISSION_FS_READ, DUV_PERMISSION_FS_WRITE}},
    {"fs.read", {DUV_PERMISSION_FS_READ, 0}},
    {"fs.write", {DUV_PERMISSION_FS_WRITE, 0}},
    {"net", {DUV_PERMISSION_NET_CONNECT, DUV_PERMISSION_NET_LISTEN}},
    {"net.connect", {DUV_PERMISSION_NET_CONNECT, 0}},
    {"net.listen", {DUV_PERMISSION_NET_LISTEN, 0}},
    {"child", {DUV_PERMISSION_CHILD_PROCESS, 0}},
    {"worker", {DUV_PERMISSION_WORKER, 0}},
    {"addon", {DUV_PERMISSION_ADDON, 0}},
};

/* Node's names for a denied permission (the error's `permission`). */
static const char *const permission_names[] = {
    NULL, "FileSystemRead", "FileSystemWrite", "NetConnect", "NetListen",
    "ChildProcess", "WorkerThreads", "Addon",
};

static int is_path_kind(int kind) {
  return kind == DUV_PERMISSION_FS_READ || kind == DUV_PERMISSION_FS_WRITE;
}

static int is_valid_kind(int kind) {
  return kind >= DUV_PERMISSION_FS_READ && kind <= DUV_PERMISSION_ADDON;
}

static int add_grant(grant_list *list, const char *text, int wildcard) {
  grant *bigger = realloc(list->items, sizeof(grant) * (size_t)(list->count + 1));
  if (bigger == NULL) return -1;
  list->items = bigger;
  list->items[list->count].text = (char *)text;
  list->items[list->count].wildcard = wildcard;
  list->count++;
  return 0;
}

/* Adds one grant's value to a kind's list. Returns 0, or -1 on a bad value
 * or out of memory. */
static int grant_value(duv_runtime_t *rt, grant_list *list, int kind, const char *value) {
  int takes_value = is_path_kind(kind) || kind == DUV_PERMISSION_NET_CONNECT ||
                    kind == DUV_PERMISSION_NET_LISTEN;
  if (value == NULL) {
    /* child, worker, addon: a switch; the others need what they grant. */
    if (takes_value) return -1;
    list->all = 1;
    return 0;
  }
  if (*value == '\0' || !takes_value) return -1;
  if (strcmp(value, "*") == 0) {
    list->all = 1;
    return 0;
  }
  char *text;
  int wildcard = 0;
  if (is_path_kind(kind)) {
    size_t len = strlen(value);
    wildcard = value[len - 1] == '*';
    text = duv__path_absolute(rt, value);
    if (text == NULL) return -1;
    if (wildcard) {
      /* "/tmp/p*" grants every path that starts with "/tmp/p" (the star
       * stays the last component's, so normalising keeps what precedes
       * it). */
      size_t tl = strlen(text);
      if (tl > 0 && text[tl - 1] == '*') text[tl - 1] = '\0';
    }
  } else {
    text = strdup(value);
    if (text == NULL) return -1;
  }
  if (add_grant(list, text, wildcard) != 0) {
    free(text);
    return -1;
  }
  return 0;
}

int duv__permissions_init(duv_runtime_t *rt, const char *const *grants) {
  if (grants == NULL) return 0; /* no permission model */
  rt->permissions = calloc(1, sizeof(*rt->permissions));
  if (rt->permissions == NULL) return -1;
  for (const char *const *g = grants; *g != NULL; g++) {
    const char *eq = strchr(*g, '=');
    size_t name_len = eq != NULL ? (size_t)(eq - *g) : strlen(*g);
    size_t i;
    for (i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++)
      if (strlen(scopes[i].name) == name_len && strncmp(scopes[i].name, *g, name_len) == 0) break;
    if (i == sizeof(scopes) / sizeof(scopes[0])) return -1;
    for (int k = 0; k < 2 && scopes[i].kinds[k] != 0; k++) {
      int kind = scopes[i].kinds[k];
      if (grant_value(rt, &rt->permissions->lists[kind], kind, eq != NULL ? eq + 1 : NULL) != 0)
        return -1;
    }
  }
  return 0;
}

void duv__permissions_free(duv_runtime_t *rt) {
  if (rt->permissions == NULL) return;
  for (int k = 0; k <= DUV_PERMISSION_ADDON; k++) {
    grant_list *list = &rt->permissions->lists[k];
    for (int i = 0; i < list->count; i++) free(list->items[i].text);
    free(list->items);
  }
  free(rt->permissions);
  rt->permissions = NULL;
}

/* Whether the absolute, normalised path falls under a grant: the granted
 * path itself or anything below it; with a star, any path that starts with
 * the characters before it. */
static int path_granted(const grant_list *list, const char *path) {
  for (int i = 0; i < list->count; i++) {
    const char *g = list->items[i].text;
    size_t n = strlen(g);
    if (strncmp(path, g, n) != 0) {
      /* A "/tmp/" + star grant covers "/tmp" itself too, as Node's. */
      if (list->items[i].wildcard && n > 1 && g[n - 1] == '/' && strlen(path) == n - 1 &&
          strncmp(path, g, n - 1) == 0)
        return 1;
      continue;
    }
    if (list->items[i].wildcard || path[n] == '\0' || path[n] == '/' || strcmp(g, "/") == 0)
      return 1;
  }
  return 0;
}

/* The path with the symbolic links of its longest existing prefix resolved
 * (malloc'd), or NULL when nothing of it resolves or memory runs out. */
static char *resolve_links(const char *path) {
  char *prefix = strdup(path);
  if (prefix == NULL) return NULL;
  size_t len = strlen(prefix);
  for (;;) {
    uv_fs_t req;
    int rc = uv_fs_realpath(NULL, &req, len > 0 ? prefix : "/", NULL);
    if (rc == 0) {
      const char *rest = path + len;
      char *out = malloc(strlen(req.ptr) + strlen(rest) + 1);
      if (out != NULL) {
        strcpy(out, req.ptr);
        /* rest starts with '/' (or is empty); avoid "//" after the root. */
        strcat(out, strcmp(req.ptr, "/") == 0 && rest[0] == '/' ? rest + 1 : rest);
      }
      uv_fs_req_cleanup(&req);
      free(prefix);
      return out;
    }
    uv_fs_req_cleanup(&req);
    if (len == 0) break;
    while (len > 0 && prefix[len - 1] != '/') len--;
    if (len > 0) len--; /* drop the slash too */
    prefix[len] = '\0';
  }
  free(prefix);
  return NULL;
}

/* host:port matching: a granted host of "*" or equal (case-insensitive),
 * and a granted port of "*", missing, or equal. */
static void split_host_port(const char *s, const char **host, size_t *host_len, const char **port) {
  *port = NULL;
  if (s[0] == '[') {
    const char *close = strchr(s, ']');
    *host = s + 1;
    *host_len = close != NULL ? (size_t)(close - s - 1) : strlen(s + 1);
    if (close != NULL && close[1] == ':') *port = close + 2;
    return;
  }
  const char *colon = strchr(s, ':');
  *host = s;
  if (colon != NULL && strchr(colon + 1, ':') == NULL) {
    *host_len = (size_t)(colon - s);
    *port = colon + 1;
  } else {
    *host_len = strlen(s); /* a bare IPv6 address */
  }
}

static int address_granted(const grant_list *list, const char *resource) {
  const char *host, *port;
  size_t host_len;
  split_host_port(resource, &host, &host_len, &port);
  for (int i = 0; i < list->count; i++) {
    const char *ghost, *gport;
    size_t ghost_len;
    split_host_port(list->items[i].text, &ghost, &ghost_len, &gport);
    int host_ok = (ghost_len == 1 && ghost[0] == '*') ||
                  (ghost_len == host_len && strncasecmp(ghost, host, host_len) == 0);
    int port_ok = gport == NULL || strcmp(gport, "*") == 0 ||
                  (port != NULL && strcmp(gport, port) == 0);
    if (host_ok && port_ok) return 1;
  }
  return 0;
}

int duv__permission_has_absolute(duv_runtime_t *rt, int kind, const char *resource) {
  if (rt->permissions == NULL) return 1;
  if (!is_valid_kind(kind)) return 0;
  const grant_list *list = &rt->permissions->lists[kind];
  if (list->all) return 1;
  if (resource == NULL) return list->count > 0;
  if (!is_path_kind(kind)) return address_granted(list, resource);
  if (!path_granted(list, resource)) return 0;
  char *real = resolve_links(resource);
  if (real == NULL) return 1; /* nothing of it exists: the lexical answer stands */
  int ok = path_granted(list, real);
  free(real);
  return ok;
}

int duv_permission_has(duv_runtime_t *rt, duv_permission_t kind, const char *resource) {
  if (rt->permissions == NULL) return 1;
  if (resource == NULL || !is_path_kind((int)kind))
    return duv__permission_has_absolute(rt, (int)kind, resource);
  char *abs = duv__path_absolute(rt, resource);
  if (abs == NULL) return 0;
  int ok = duv__permission_has_absolute(rt, (int)kind, abs);
  free(abs);
  return ok;
}

/* [ ... ] -> [ ... err ]: Node's ERR_ACCESS_DENIED for a resource. */
void duv__push_access_denied(duk_context *ctx, int kind, const char *resource) {
  duk_push_error_object(ctx, DUK_ERR_ERROR, "Access to this API has been restricted");
  duk_push_string(ctx, "ERR_ACCESS_DENIED");
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, is_valid_kind(kind) ? permission_names[kind] : "Unknown");
  duk_put_prop_string(ctx, -2, "permission");
  duv__push_utf8(ctx, resource != NULL ? resource : "", resource != NULL ? strlen(resource) : 0);
  duk_put_prop_string(ctx, -2, "resource");
}

typedef struct {
  int kind;
  const char *resource;
} denial;

static duk_ret_t throw_access_denied(duk_context *ctx, void *udata) {
  const denial *d = udata;
  duv__push_access_denied(ctx, d->kind, d->resource);
  return duk_throw(ctx);
}

int duv_permission_check(duv_runtime_t *rt, duv_permission_t kind, const char *resource) {
  if (duv_error_occurred(rt)) return -1;
  if (rt->permissions == NULL) return 0;
  char *abs = NULL;
  if (resource != NULL && is_path_kind((int)kind)) {
    abs = duv__path_absolute(rt, resource);
    if (abs == NULL) {
      duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
      return -1;
    }
  }
  denial d = {(int)kind, abs != NULL ? abs : resource};
  int ok = duv__permission_has_absolute(rt, d.kind, d.resource);
  if (!ok) {
    /* Raises the error as the pending exception (also when building it
     * runs out of memory). */
    duv__capi_protect(rt, throw_access_denied, &d, 0, 1);
    duk_pop(rt->ctx);
  }
  free(abs);
  return ok ? 0 : -1;
}

void duv__permission_require(duk_context *ctx, int kind, const char *resource) {
  duv_runtime_t *rt = duv__runtime(ctx);
  if (duv__permission_has_absolute(rt, kind, resource)) return;
  duv__push_access_denied(ctx, kind, resource);
  (void)duk_throw(ctx);
}

const char *duv__push_fs_path(duk_context *ctx, duk_idx_t idx, int kind) {
  duv_runtime_t *rt = duv__runtime(ctx);
  idx = duk_require_normalize_index(ctx, idx);
  const char *os = duv__push_os_string(ctx, idx);
  if (os[0] == '/' && rt->permissions == NULL) return os;
  char *abs = duv__path_absolute(rt, os);
  if (abs == NULL) {
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    return NULL;
  }
  duk_pop(ctx);
  /* The path stays in the heap (a buffer) so no C memory leaks when the
   * check below throws. */
  size_t len = strlen(abs);
  char *held = duk_push_fixed_buffer(ctx, len + 1);
  memcpy(held, abs, len + 1);
  free(abs);
  if (kind != 0 && !duv__permission_has_absolute(rt, kind, held)) {
    duv__push_access_denied(ctx, kind, held);
    (void)duk_throw(ctx);
  }
  return held;
}

/* process.permission.has(scope[, reference]) */
static duk_ret_t js_has(duk_context *ctx) {
  if (!duk_is_string(ctx, 0)) return duv__throw_arg_type(ctx, "scope", "string", 0);
  const char *scope = duk_get_string(ctx, 0);
  const char *reference = NULL;
  if (!duk_is_undefined(ctx, 1)) {
    if (!duk_is_string(ctx, 1)) return duv__throw_arg_type(ctx, "reference", "string", 1);
    reference = duk_get_string(ctx, 1);
  }
  duv_runtime_t *rt = duv__runtime(ctx);
  for (size_t i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++) {
    if (strcmp(scopes[i].name, scope) != 0) continue;
    int ok = 1;
    for (int k = 0; k < 2 && scopes[i].kinds[k] != 0; k++) {
      int kind = scopes[i].kinds[k];
      const char *resource = reference;
      if (reference != NULL && is_path_kind(kind)) {
        duk_dup(ctx, 1);
        resource = duv__push_fs_path(ctx, -1, 0);
      }
      if (!duv__permission_has_absolute(rt, kind, resource)) ok = 0;
    }
    duk_push_boolean(ctx, ok);
    return 1;
  }
  duk_push_false(ctx);
  return 1;
}

/* enabled() -> whether the runtime has a permission model (process.permission
 * exists only then, as in Node). */
static duk_ret_t js_enabled(duk_context *ctx) {
  duk_push_boolean(ctx, duv__runtime(ctx)->permissions != NULL);
  return 1;
}

void duv__binding_permission(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"has", js_has, 2},
      {"enabled", js_enabled, 0},
      {NULL, NULL, 0},
  };
  duv__put_functions(ctx, fns);
}
