/*
 * internalBinding('fs'): the calls of bindings/fs_*.c and fs.constants from
 * the platform's headers, in Node's order.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

#define C(name) {#name, (double)(name)}

static void put_constants(duk_context *ctx) {
  static const duk_number_list_entry consts[] = {
      {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
      {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
      C(O_RDONLY), C(O_WRONLY), C(O_RDWR),
      {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN}, {"UV_DIRENT_FILE", UV_DIRENT_FILE},
      {"UV_DIRENT_DIR", UV_DIRENT_DIR}, {"UV_DIRENT_LINK", UV_DIRENT_LINK},
      {"UV_DIRENT_FIFO", UV_DIRENT_FIFO}, {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
      {"UV_DIRENT_CHAR", UV_DIRENT_CHAR}, {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
      {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
      C(S_IFMT), C(S_IFREG), C(S_IFDIR), C(S_IFCHR), C(S_IFBLK), C(S_IFIFO), C(S_IFLNK),
      C(S_IFSOCK), C(O_CREAT), C(O_EXCL), {"UV_FS_O_FILEMAP", 0}, C(O_NOCTTY), C(O_TRUNC),
      C(O_APPEND), C(O_DIRECTORY), C(O_NOATIME), C(O_NOFOLLOW), C(O_SYNC), C(O_DSYNC),
      C(O_DIRECT), C(O_NONBLOCK), C(S_IRWXU), C(S_IRUSR), C(S_IWUSR), C(S_IXUSR), C(S_IRWXG),
      C(S_IRGRP), C(S_IWGRP), C(S_IXGRP), C(S_IRWXO), C(S_IROTH), C(S_IWOTH), C(S_IXOTH),
      C(F_OK), C(R_OK), C(W_OK), C(X_OK),
      {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL}, {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
      {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
      {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
      {NULL, 0}};
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, consts);
  duk_put_prop_string(ctx, -2, "constants");
}

/* utf8Decode(bytes) -> string, as Node decodes UTF-8 */
static duk_ret_t js_utf8_decode(duk_context *ctx) {
  duk_size_t n;
  const char *data = duk_require_buffer_data(ctx, 0, &n);
  duv__push_utf8(ctx, data, n);
  return 1;
}

/* chunkBuffer(n) -> a Buffer of n bytes, not zero-filled: ReadStream reads
 * into it and copies out a short read, so no script sees the old bytes. */
static duk_ret_t js_chunk_buffer(duk_context *ctx) {
  double n = duk_require_number(ctx, 0);
  if (!(n >= 0 && n <= 2147483647.0)) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad size");
  duv__push_buffer_uninit(ctx, (size_t)n);
  return 1;
}

/* A FileHandle the script never closes closes its descriptor when it is
 * collected (or when the heap goes). */
static duk_ret_t filehandle_finalizer(duk_context *ctx) {
  duk_get_prop_string(ctx, 0, "_fd");
  if (duk_is_number(ctx, -1)) {
    int fd = duk_get_int(ctx, -1);
    if (fd >= 0) {
      uv_fs_t req;
      uv_fs_close(NULL, &req, fd, NULL);
      uv_fs_req_cleanup(&req);
    }
  }
  return 0;
}

/* closeOnCollect(fileHandle) */
static duk_ret_t js_close_on_collect(duk_context *ctx) {
  duk_require_object(ctx, 0);
  duk_push_c_function(ctx, filehandle_finalizer, 1);
  duk_set_finalizer(ctx, 0);
  return 0;
}

/* uvError(errno, syscall, path, dest) -> a Node-style system error */
static duk_ret_t js_uv_error(duk_context *ctx) {
  duv__fs_push_error(ctx, duk_require_int(ctx, 0), duk_require_string(ctx, 1),
                     duk_is_string(ctx, 2) ? 2 : -1, duk_is_string(ctx, 3) ? 3 : -1);
  return 1;
}

void duv__binding_fs(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"utf8Decode", js_utf8_decode, 1}, {"uvError", js_uv_error, 4},
      {"chunkBuffer", js_chunk_buffer, 1}, {"closeOnCollect", js_close_on_collect, 1},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
  put_constants(ctx);
  duv__fs_ops_init(ctx);
  duv__fs_stat_init(ctx);
  duv__fs_dir_init(ctx);
  duv__fs_file_init(ctx);
  duv__fs_watch_init(ctx);
  duv__fs_copy_init(ctx);
}
