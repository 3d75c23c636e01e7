/*
 * Directories: scandir (readdir), and opendir's handle read a batch of
 * entries at a time (fs.Dir).
 */
#include <stdlib.h>

#include "fs.h"

#define DIR_KEY DUK_HIDDEN_SYMBOL("uvdir")

/* A Dir never closed by the script is closed when collected (or when the
 * heap goes), so its descriptor and libuv's memory are not lost. */
static duk_ret_t dir_finalizer(duk_context *ctx) {
  duk_get_prop_string(ctx, 0, DIR_KEY);
  uv_dir_t *dir = duk_get_pointer(ctx, -1);
  if (dir != NULL) {
    uv_fs_t req;
    uv_fs_closedir(NULL, &req, dir, NULL);
    uv_fs_req_cleanup(&req);
  }
  return 0;
}

void duv__fs_push_dir(duk_context *ctx, uv_dir_t *dir) {
  duk_push_object(ctx);
  duk_push_pointer(ctx, dir);
  duk_put_prop_string(ctx, -2, DIR_KEY);
  duk_push_c_function(ctx, dir_finalizer, 1);
  duk_set_finalizer(ctx, -2);
}

/* The directory of the handle object at idx; with take, the object lets go
 * of it (closing). Throws when it is closed. */
static uv_dir_t *dir_of(duk_context *ctx, duk_idx_t idx, int take) {
  duk_require_object(ctx, idx);
  duk_get_prop_string(ctx, idx, DIR_KEY);
  uv_dir_t *dir = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  if (dir == NULL) (void)duk_error(ctx, DUK_ERR_TYPE_ERROR, "directory handle is closed");
  if (take) {
    duk_push_pointer(ctx, NULL);
    duk_put_prop_string(ctx, idx, DIR_KEY);
  }
  return dir;
}

/* scandir(path, withTypes, cb) -> names, or [names, types] */
static duk_ret_t js_scandir(duk_context *ctx) {
  fs_req sync;
  int with_types = duk_to_boolean(ctx, 1);
  const char *path = duv__push_fs_path(ctx, 0, FS_READ);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_SCANDIR);
  r->flags = with_types ? FS_WITH_TYPES : 0;
  int rc = uv_fs_scandir(FS_LOOP(r), &r->req, path, 0, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* opendir(path, cb) -> the directory handle (an object owning the uv_dir_t;
 * fs.Dir closes it, or its finalizer does). */
static duk_ret_t js_opendir(duk_context *ctx) {
  fs_req sync;
  const char *path = duv__push_fs_path(ctx, 0, FS_READ);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_DIR);
  int rc = uv_fs_opendir(FS_LOOP(r), &r->req, path, FS_CB(r));
  /* Node's opendir errors do not name the path. */
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

/* dirRead(handle, count, cb) -> [names, types], empty at the end. Only one
 * read of a handle may be in flight (fs.Dir queues them). */
static duk_ret_t js_dir_read(duk_context *ctx) {
  fs_req sync;
  uv_dir_t *dir = dir_of(ctx, 0, 0);
  int count = duk_require_int(ctx, 1);
  if (count < 1) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "bad directory handle");
  uv_dirent_t *ents = malloc(sizeof(uv_dirent_t) * (size_t)count);
  if (ents == NULL) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  fs_req *r = duv__fs_req_begin(ctx, &sync, 2, FS_RES_DIRENTS);
  r->dirents = ents; /* freed with the request */
  dir->dirents = ents;
  dir->nentries = (size_t)count;
  int rc = uv_fs_readdir(FS_LOOP(r), &r->req, dir, FS_CB(r));
  /* The handle object stays alive (pinned) while the read is in flight. */
  return duv__fs_req_end(ctx, r, rc, -1, -1, 0);
}

/* dirClose(handle, cb) */
static duk_ret_t js_dir_close(duk_context *ctx) {
  fs_req sync;
  uv_dir_t *dir = dir_of(ctx, 0, 1);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_NONE);
  int rc = uv_fs_closedir(FS_LOOP(r), &r->req, dir, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

void duv__fs_dir_init(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"scandir", js_scandir, 3},
                                                {"opendir", js_opendir, 2},
                                                {"dirRead", js_dir_read, 3},
                                                {"dirClose", js_dir_close, 2},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
