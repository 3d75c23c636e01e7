/*
 * The runtime's working directory. Each runtime has its own (process.cwd(),
 * process.chdir()), so that runtimes sharing a process never see each
 * other's directory and a host's own directory never changes under it: the
 * process's directory is read once, at creation, when the configuration
 * names none. Every relative path a binding hands to the operating system is
 * first made absolute here (duv__path_absolute).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Appends the components of path to the absolute, normalised out (of
 * out_len bytes, at least "/"), resolving "." and ".." lexically as Node's
 * path.resolve does. out has room for everything (the caller sized it). */
static size_t append_components(char *out, size_t out_len, const char *path) {
  const char *p = path;
  while (*p != '\0') {
    while (*p == '/') p++;
    const char *start = p;
    while (*p != '\0' && *p != '/') p++;
    size_t n = (size_t)(p - start);
    if (n == 0 || (n == 1 && start[0] == '.')) continue;
    if (n == 2 && start[0] == '.' && start[1] == '.') {
      while (out_len > 1 && out[out_len - 1] != '/') out_len--;
      if (out_len > 1) out_len--; /* the slash, except the root's */
      continue;
    }
    if (out_len > 1) out[out_len++] = '/';
    memcpy(out + out_len, start, n);
    out_len += n;
  }
  out[out_len] = '\0';
  return out_len;
}

char *duv__path_join_absolute(const char *base, const char *path) {
  size_t cap = strlen(base) + strlen(path) + 3;
  char *out = malloc(cap);
  if (out == NULL) return NULL;
  out[0] = '/';
  size_t len = 1;
  if (path[0] != '/') len = append_components(out, len, base);
  append_components(out, len, path);
  return out;
}

char *duv__path_absolute(duv_runtime_t *rt, const char *path) {
  return duv__path_join_absolute(rt->cwd, path);
}

/* The canonical form of dir, which must be a directory we may enter (as
 * chdir would require): a malloc'd path, or NULL with *err set. */
static char *enter_directory(const char *dir, int *err) {
  uv_fs_t req;
  int rc = uv_fs_realpath(NULL, &req, dir, NULL);
  if (rc != 0) {
    uv_fs_req_cleanup(&req);
    *err = rc;
    return NULL;
  }
  char *real = strdup(req.ptr);
  uv_fs_req_cleanup(&req);
  if (real == NULL) {
    *err = UV_ENOMEM;
    return NULL;
  }
  rc = uv_fs_stat(NULL, &req, real, NULL);
  if (rc == 0 && (req.statbuf.st_mode & S_IFMT) != S_IFDIR) rc = UV_ENOTDIR;
  uv_fs_req_cleanup(&req);
  if (rc == 0) {
    rc = uv_fs_access(NULL, &req, real, X_OK, NULL);
    uv_fs_req_cleanup(&req);
  }
  if (rc != 0) {
    free(real);
    *err = rc;
    return NULL;
  }
  return real;
}

int duv__workdir_init(duv_runtime_t *rt, const char *dir) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) return err;
  if (dir == NULL) {
    rt->cwd = strdup(buf);
    return rt->cwd != NULL ? 0 : UV_ENOMEM;
  }
  char *joined = duv__path_join_absolute(buf, dir);
  if (joined == NULL) return UV_ENOMEM;
  rt->cwd = enter_directory(joined, &err);
  free(joined);
  return rt->cwd != NULL ? 0 : err;
}

int duv__workdir_change(duv_runtime_t *rt, const char *dir) {
  char *joined = duv__path_absolute(rt, dir);
  if (joined == NULL) return UV_ENOMEM;
  int err = 0;
  char *real = enter_directory(joined, &err);
  free(joined);
  if (real == NULL) return err;
  free(rt->cwd);
  rt->cwd = real;
  return 0;
}

const char *duv_runtime_cwd(duv_runtime_t *rt) { return rt->cwd; }
