/*
 * File-system primitives of the CommonJS loader (bindings/lib/module.js):
 * synchronous by contract, as require() is. Paths go to the OS as UTF-8 and
 * come back decoded (duv__push_os_string, duv__push_utf8), so that a file
 * named with a character outside the BMP can be found and named. Reading a
 * module's source needs the runtime's fs.read permission; finding it (stat,
 * realpath) does not, as in Node.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* internalStat(path) -> 0 for a file, 1 for a directory, a negative errno. */
static duk_ret_t js_internal_stat(duk_context *ctx) {
  uv_fs_t req;
  int rc = uv_fs_stat(NULL, &req, duv__push_fs_path(ctx, 0, 0), NULL);
  if (rc == 0) rc = (req.statbuf.st_mode & S_IFMT) == S_IFDIR ? 1 : 0;
  uv_fs_req_cleanup(&req);
  duk_push_int(ctx, rc);
  return 1;
}

/* Decodes malloc'd bytes into a JS string inside a protected call, so that
 * the caller can free them even when the engine runs out of memory. */
typedef struct {
  const char *data;
  size_t len;
} utf8_bytes;

static duk_ret_t push_utf8_unsafe(duk_context *ctx, void *udata) {
  const utf8_bytes *b = udata;
  duv__push_utf8(ctx, b->data, b->len);
  return 1;
}

static int push_utf8_protected(duk_context *ctx, const char *data, size_t len) {
  utf8_bytes b = {data, len};
  return duk_safe_call(ctx, push_utf8_unsafe, &b, 0, 1) == DUK_EXEC_SUCCESS ? 0 : -1;
}

/* readFileUtf8(path) -> the file's text; throws Node's ENOENT-style error. */
static duk_ret_t js_read_file_utf8(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0); /* for error messages */
  uv_fs_t req;
  int fd = uv_fs_open(NULL, &req, duv__push_fs_path(ctx, 0, DUV_PERMISSION_FS_READ), O_RDONLY | O_CLOEXEC,
                      0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) {
    duv__push_uv_error(ctx, fd, "open", path, NULL);
    return duk_throw(ctx);
  }
  size_t cap = 65536, len = 0;
  char *data = malloc(cap);
  int err = 0;
  for (;;) {
    if (data == NULL) {
      err = UV_ENOMEM;
      break;
    }
    if (len == cap) {
      char *bigger = realloc(data, cap * 2);
      if (bigger == NULL) {
        err = UV_ENOMEM;
        break;
      }
      data = bigger;
      cap *= 2;
    }
    uv_buf_t buf = uv_buf_init(data + len, (unsigned int)(cap - len));
    int n = uv_fs_read(NULL, &req, fd, &buf, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      err = n;
      break;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  if (err != 0) {
    free(data);
    duv__push_uv_error(ctx, err, "read", path, NULL);
    return duk_throw(ctx);
  }
  /* A UTF-8 byte order mark is not part of the text (Node strips it). */
  size_t skip = len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
                        (unsigned char)data[2] == 0xBF
                    ? 3
                    : 0;
  int rc = push_utf8_protected(ctx, data + skip, len - skip);
  free(data);
  if (rc != 0) return duk_throw(ctx);
  return 1;
}

/* realpath(path) -> the canonical path; throws when it does not exist. */
static duk_ret_t js_realpath(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0);
  uv_fs_t req;
  int rc = uv_fs_realpath(NULL, &req, duv__push_fs_path(ctx, 0, 0), NULL);
  if (rc != 0) {
    uv_fs_req_cleanup(&req);
    duv__push_uv_error(ctx, rc, "realpath", path, NULL);
    return duk_throw(ctx);
  }
  rc = push_utf8_protected(ctx, req.ptr, strlen(req.ptr));
  uv_fs_req_cleanup(&req);
  if (rc != 0) return duk_throw(ctx);
  return 1;
}

void duv__binding_loader(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"internalStat", js_internal_stat, 1},
      {"readFileUtf8", js_read_file_utf8, 1},
      {"realpath", js_realpath, 1},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
