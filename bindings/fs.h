/*
 * The fs binding's shared plumbing (bindings/fs_*.c). Internal to libduv.
 *
 * Every operation is one libuv call made either synchronously (no callback:
 * the *Sync functions, which block by contract) or on libuv's thread pool
 * with a completion on the loop. A binding function takes its arguments and,
 * last, the JS callback or undefined; the same C code serves both forms:
 *
 *   fs_req sync;
 *   fs_req *r = duv__fs_req_begin(ctx, &sync, cb_idx, FS_RES_INT);
 *   int rc = uv_fs_open(FS_LOOP(r), &r->req, path, flags, mode, FS_CB(r));
 *   return duv__fs_req_end(ctx, r, rc, path_idx, -1, -1);
 *
 * An asynchronous request pins [callback, path, dest, extra] in the stash
 * until it completes (extra: the Buffer being read or written, so that its
 * bytes outlive the request), and is counted on the loop.
 */
#ifndef DUV_BINDINGS_FS_H
#define DUV_BINDINGS_FS_H

#include "internal.h"

/* What a completed request gives to JS. The callback gets (err) on failure,
 * (null) when there is no value, else (null, values...); the sync form
 * returns the first value. */
enum {
  FS_RES_NONE = 0, /* nothing */
  FS_RES_INT,      /* req.result: fd, bytes */
  FS_RES_STAT,     /* a Stats object from req.statbuf */
  FS_RES_PTR,      /* req.ptr as a string: readlink, realpath */
  FS_RES_PATH,     /* req.path as a string: mkdtemp */
  FS_RES_SCANDIR,  /* names, or [names, types] with flags & FS_WITH_TYPES */
  FS_RES_IO,       /* bytes, then the pinned extra (read/write buffer or string) */
  FS_RES_TRUE,     /* true: access for exists() */
  FS_RES_DIR,      /* an opendir handle object (duv__fs_push_dir) */
  FS_RES_DIRENTS,  /* [names, types] from uv_fs_readdir */
  FS_RES_STATFS    /* a StatFs object from req.ptr */
};

#define FS_WITH_TYPES 1

typedef struct fs_req {
  uv_fs_t req;
  duv_runtime_t *rt;
  uint32_t pin;   /* stash slot of [cb, path, dest, extra]; 0 when sync */
  int async;
  duk_idx_t cb_idx;
  int result;     /* FS_RES_* */
  int flags;
  char *owned;    /* bytes the request owns (a converted string), freed at the end */
  char *path_copy; /* async, one path and no other value: the path for errors,
                      and only the callback is pinned */
  uv_dirent_t *dirents; /* FS_RES_DIRENTS: the entries buffer, freed at the end */
} fs_req;

#define FS_LOOP(r) ((r)->async ? (r)->rt->loop : NULL)
#define FS_CB(r) ((r)->async ? duv__fs_after : NULL)

/* Start a request: async (malloc'd) when the value at cb_idx is a function,
 * else the caller's sync storage. */
fs_req *duv__fs_req_begin(duk_context *ctx, fs_req *sync, duk_idx_t cb_idx, int result);
/* Finish the start of a request after its libuv call returned rc. Sync:
 * returns the result or throws the error naming the paths at path_idx and
 * dest_idx (-1: none). Async: pins the callback, paths and the value at
 * extra_idx (-1: none) and returns undefined; a failed start throws. */
duk_ret_t duv__fs_req_end(duk_context *ctx, fs_req *r, int rc, duk_idx_t path_idx,
                          duk_idx_t dest_idx, duk_idx_t extra_idx);
/* Pin [cb, path, dest, extra] (indexes, -1: none) in the stash; returns the
 * pin's id. */
uint32_t duv__fs_pin(duk_context *ctx, duk_idx_t cb_idx, duk_idx_t path_idx, duk_idx_t dest_idx,
                     duk_idx_t extra_idx);
/* Pin the value at the top (popped); returns the pin's id. */
uint32_t duv__fs_pin_value(duk_context *ctx);
/* [ ... ] -> [ ... pinned ] and release the pin. */
void duv__fs_unpin(duk_context *ctx, uint32_t id);
/* The libuv completion of every async request. */
void duv__fs_after(uv_fs_t *req);

/* Stats (bindings/fs_stat.c): push a Stats object for st, a StatFs for sf. */
void duv__fs_push_stats(duk_context *ctx, const uv_stat_t *st);
void duv__fs_push_statfs(duk_context *ctx, const uv_statfs_t *sf);

/* A path argument for a syscall (duv__push_fs_path), with the permission
 * kind. Pushes one value that holds the bytes. */
#define FS_READ DUV_PERMISSION_FS_READ
#define FS_WRITE DUV_PERMISSION_FS_WRITE

/* An opendir handle for JS (bindings/fs_dir.c): an object that owns dir and
 * closes it when collected unclosed. */
void duv__fs_push_dir(duk_context *ctx, uv_dir_t *dir);

/* The fd argument at idx (validated in JS). */
static inline uv_file duv__fs_fd(duk_context *ctx, duk_idx_t idx) {
  return (uv_file)duk_require_int(ctx, idx);
}

/* [ ... ] -> [ ... err ] for a failed syscall, naming the path strings at
 * path_idx / dest_idx (-1: none) as the script gave them. */
void duv__fs_push_error(duk_context *ctx, int err, const char *syscall, duk_idx_t path_idx,
                        duk_idx_t dest_idx);

/* Binding parts, each filling the binding object at the top. */
void duv__fs_ops_init(duk_context *ctx);
void duv__fs_stat_init(duk_context *ctx);
void duv__fs_dir_init(duk_context *ctx);
void duv__fs_file_init(duk_context *ctx);
void duv__fs_watch_init(duk_context *ctx);
void duv__fs_copy_init(duk_context *ctx);

#endif
