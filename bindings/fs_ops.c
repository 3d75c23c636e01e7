/*
 * The fs calls on descriptors and paths, each one libuv request (see fs.h):
 * open/close/read/write, the descriptor variants (ftruncate, fsync, ...) and
 * the path operations (unlink, rename, mkdir, ...). Arguments were validated
 * by bindings/lib/fs.js; permissions are checked here, on the absolute path.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"

/* The read or write permission an open() with these flags needs; O_RDWR
 * needs both (the read one is checked here, the write one by the caller). */
static int open_kind(int flags) {
  if ((flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND))) return FS_WRITE;
  return FS_READ;
}

/* open(path, flags, mode, cb) */
static duk_ret_t js_open(duk_context *ctx) {
  fs_req sync;
  int flags = duk_require_int(ctx, 1);
  int mode = duk_require_int(ctx, 2);
  const char *path = duv__push_fs_path(ctx, 0, open_kind(flags));
  if ((flags & O_ACCMODE) == O_RDWR) duv__permission_require(ctx, FS_READ, path);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_INT);
  int rc = uv_fs_open(FS_LOOP(r), &r->req, path, flags, mode, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* close(fd, cb) */
static duk_ret_t js_close(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_NONE);
  int rc = uv_fs_close(FS_LOOP(r), &r->req, fd, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

static int64_t position_of(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_number(ctx, idx)) return -1;
  double p = duk_get_number(ctx, idx);
  return p < 0 ? -1 : (int64_t)p;
}

/* The bytes [offset, offset + length) of the buffer at idx (checked in JS,
 * checked again here against the buffer's size). */
static char *buffer_span(duk_context *ctx, duk_idx_t idx, duk_idx_t off_idx, duk_idx_t len_idx,
                         size_t *len) {
  duk_size_t size;
  char *data = duk_require_buffer_data(ctx, idx, &size);
  double off = duk_require_number(ctx, off_idx), n = duk_require_number(ctx, len_idx);
  if (off < 0 || n < 0 || off > (double)size || n > (double)size - off)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "buffer span out of range");
  *len = (size_t)n;
  return data + (size_t)off;
}

typedef int (*io_call)(uv_loop_t *, uv_fs_t *, uv_file, const uv_buf_t[], unsigned int, int64_t,
                       uv_fs_cb);

/* (fd, buffer, offset, length, position, cb) -> bytes read or written. */
static duk_ret_t buffer_io(duk_context *ctx, io_call call) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  size_t len;
  char *data = buffer_span(ctx, 1, 2, 3, &len);
  uv_buf_t buf = uv_buf_init(data, (unsigned)len);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 5, FS_RES_IO);
  int rc = call(FS_LOOP(r), &r->req, fd, &buf, 1, position_of(ctx, 4), FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, 1);
}

static duk_ret_t js_read(duk_context *ctx) { return buffer_io(ctx, uv_fs_read); }
static duk_ret_t js_write(duk_context *ctx) { return buffer_io(ctx, uv_fs_write); }

/* writeString(fd, string, position, cb) -> bytesWritten, the string as
 * UTF-8. */
static duk_ret_t js_write_string(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  duk_size_t slen;
  const char *s = duk_require_lstring(ctx, 1, &slen);
  size_t ulen;
  char *utf8 = duv__cesu8_to_utf8(s, slen, &ulen);
  if (utf8 == NULL && ulen == (size_t)-1) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_IO);
  uv_buf_t buf;
  if (utf8 != NULL) {
    r->owned = utf8; /* freed with the request */
    buf = uv_buf_init(utf8, (unsigned)ulen);
  } else {
    buf = uv_buf_init((char *)s, (unsigned)slen); /* the pinned string's bytes */
  }
  int rc = uv_fs_write(FS_LOOP(r), &r->req, fd, &buf, 1, position_of(ctx, 2), FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, 1);
}

/* ftruncate(fd, len, cb) */
static duk_ret_t js_ftruncate(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  int64_t len = (int64_t)duk_require_number(ctx, 1);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_ftruncate(FS_LOOP(r), &r->req, fd, len, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

/* fsync(fd, cb) / fdatasync(fd, cb) */
static duk_ret_t fd_sync(duk_context *ctx, int (*call)(uv_loop_t *, uv_fs_t *, uv_file, uv_fs_cb)) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_NONE);
  int rc = call(FS_LOOP(r), &r->req, fd, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

static duk_ret_t js_fsync(duk_context *ctx) { return fd_sync(ctx, uv_fs_fsync); }
static duk_ret_t js_fdatasync(duk_context *ctx) { return fd_sync(ctx, uv_fs_fdatasync); }

/* fchmod(fd, mode, cb) */
static duk_ret_t js_fchmod(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  int mode = duk_require_int(ctx, 1);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_fchmod(FS_LOOP(r), &r->req, fd, mode, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

/* fchown(fd, uid, gid, cb) */
static duk_ret_t js_fchown(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  uv_uid_t uid = (uv_uid_t)duk_require_number(ctx, 1);
  uv_gid_t gid = (uv_gid_t)duk_require_number(ctx, 2);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_NONE);
  int rc = uv_fs_fchown(FS_LOOP(r), &r->req, fd, uid, gid, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

/* futimes(fd, atime, mtime, cb): times in seconds */
static duk_ret_t js_futimes(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  double at = duk_require_number(ctx, 1), mt = duk_require_number(ctx, 2);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_NONE);
  int rc = uv_fs_futime(FS_LOOP(r), &r->req, fd, at, mt, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

/* One path, one permission kind, no other argument: unlink, rmdir, readlink,
 * realpath. */
#define PATH_OP(name, uvfn, kind, res)                                   \
  static duk_ret_t name(duk_context *ctx) {                             \
    fs_req sync;                                                        \
    const char *path = duv__push_fs_path(ctx, 0, kind);                 \
    fs_req *r = duv__fs_req_begin(ctx, &sync, 1, res);                  \
    int rc = uvfn(FS_LOOP(r), &r->req, path, FS_CB(r));                 \
    return duv__fs_req_end(ctx, r, rc, 0, -1, -1);                      \
  }
PATH_OP(js_unlink, uv_fs_unlink, FS_WRITE, FS_RES_NONE)
PATH_OP(js_rmdir, uv_fs_rmdir, FS_WRITE, FS_RES_NONE)
PATH_OP(js_readlink, uv_fs_readlink, FS_READ, FS_RES_PTR)
PATH_OP(js_realpath, uv_fs_realpath, FS_READ, FS_RES_PTR)

/* mkdir(path, mode, cb) */
static duk_ret_t js_mkdir(duk_context *ctx) {
  fs_req sync;
  int mode = duk_require_int(ctx, 1);
  const char *path = duv__push_fs_path(ctx, 0, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_mkdir(FS_LOOP(r), &r->req, path, mode, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* mkdtemp(template, cb) -> the directory made: template ends in XXXXXX */
static duk_ret_t js_mkdtemp(duk_context *ctx) {
  fs_req sync;
  const char *path = duv__push_fs_path(ctx, 0, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_PATH);
  int rc = uv_fs_mkdtemp(FS_LOOP(r), &r->req, path, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* access(path, mode, cb); the result is true (exists() uses it). */
static duk_ret_t js_access(duk_context *ctx) {
  fs_req sync;
  int mode = duk_require_int(ctx, 1);
  const char *path = duv__push_fs_path(ctx, 0, FS_READ);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_access(FS_LOOP(r), &r->req, path, mode, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* chmod(path, mode, cb) */
static duk_ret_t js_chmod(duk_context *ctx) {
  fs_req sync;
  int mode = duk_require_int(ctx, 1);
  const char *path = duv__push_fs_path(ctx, 0, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_chmod(FS_LOOP(r), &r->req, path, mode, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* chown(path, uid, gid, cb) and lchown */
static duk_ret_t do_chown(duk_context *ctx, int l) {
  fs_req sync;
  uv_uid_t uid = (uv_uid_t)duk_require_number(ctx, 1);
  uv_gid_t gid = (uv_gid_t)duk_require_number(ctx, 2);
  const char *path = duv__push_fs_path(ctx, 0, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_NONE);
  int rc = l ? uv_fs_lchown(FS_LOOP(r), &r->req, path, uid, gid, FS_CB(r))
             : uv_fs_chown(FS_LOOP(r), &r->req, path, uid, gid, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}
static duk_ret_t js_chown(duk_context *ctx) { return do_chown(ctx, 0); }
static duk_ret_t js_lchown(duk_context *ctx) { return do_chown(ctx, 1); }

/* utimes(path, atime, mtime, cb) and lutimes: times in seconds */
static duk_ret_t do_utimes(duk_context *ctx, int l) {
  fs_req sync;
  double at = duk_require_number(ctx, 1), mt = duk_require_number(ctx, 2);
  const char *path = duv__push_fs_path(ctx, 0, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_NONE);
  int rc = l ? uv_fs_lutime(FS_LOOP(r), &r->req, path, at, mt, FS_CB(r))
             : uv_fs_utime(FS_LOOP(r), &r->req, path, at, mt, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}
static duk_ret_t js_utimes(duk_context *ctx) { return do_utimes(ctx, 0); }
static duk_ret_t js_lutimes(duk_context *ctx) { return do_utimes(ctx, 1); }

/* rename(from, to, cb) */
static duk_ret_t js_rename(duk_context *ctx) {
  fs_req sync;
  const char *from = duv__push_fs_path(ctx, 0, FS_WRITE);
  const char *to = duv__push_fs_path(ctx, 1, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_rename(FS_LOOP(r), &r->req, from, to, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, 1, -1);
}

/* link(existing, new, cb) */
static duk_ret_t js_link(duk_context *ctx) {
  fs_req sync;
  const char *existing = duv__push_fs_path(ctx, 0, FS_READ);
  const char *path = duv__push_fs_path(ctx, 1, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_NONE);
  int rc = uv_fs_link(FS_LOOP(r), &r->req, existing, path, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, 1, -1);
}

/* symlink(target, path, flags, cb): the target is stored as given (a
 * relative target is relative to the link's directory, not ours). */
static duk_ret_t js_symlink(duk_context *ctx) {
  fs_req sync;
  int flags = duk_require_int(ctx, 2);
  const char *target = duv__push_os_string(ctx, 0);
  const char *path = duv__push_fs_path(ctx, 1, FS_WRITE);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 3, FS_RES_NONE);
  int rc = uv_fs_symlink(FS_LOOP(r), &r->req, target, path, flags, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, 1, -1);
}

void duv__fs_ops_init(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"open", js_open, 4},           {"close", js_close, 2},
      {"read", js_read, 6},           {"write", js_write, 6},
      {"writeString", js_write_string, 4},
      {"ftruncate", js_ftruncate, 3}, {"fsync", js_fsync, 2},
      {"fdatasync", js_fdatasync, 2}, {"fchmod", js_fchmod, 3},
      {"fchown", js_fchown, 4},       {"futimes", js_futimes, 4},
      {"unlink", js_unlink, 2},       {"rmdir", js_rmdir, 2},
      {"readlink", js_readlink, 2},   {"realpath", js_realpath, 2},
      {"mkdir", js_mkdir, 3},         {"mkdtemp", js_mkdtemp, 2},
      {"access", js_access, 3},       {"chmod", js_chmod, 3},
      {"chown", js_chown, 4},         {"lchown", js_lchown, 4},
      {"utimes", js_utimes, 4},       {"lutimes", js_lutimes, 4},
      {"rename", js_rename, 3},       {"link", js_link, 3},
      {"symlink", js_symlink, 4},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
