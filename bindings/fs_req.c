/*
 * fs request plumbing: one struct for the sync and the async form of every
 * libuv fs call, the pins that keep an async request's callback and buffers
 * alive, and the conversion of results and errors to JS values.
 */
#include <stdlib.h>
#include <string.h>

#include "fs.h"

#define STASH_REQS "fsreqs"

fs_req *duv__fs_req_begin(duk_context *ctx, fs_req *sync, duk_idx_t cb_idx, int result) {
  fs_req *r = sync;
  int async = duk_is_function(ctx, cb_idx);
  if (async) {
    r = malloc(sizeof(*r));
    if (r == NULL) {
      (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
      return NULL;
    }
  }
  r->rt = duv__runtime(ctx);
  r->pin = 0;
  r->async = async;
  r->result = result;
  r->flags = 0;
  r->owned = NULL;
  r->path_copy = NULL;
  r->dirents = NULL;
  r->cb_idx = duk_normalize_index(ctx, cb_idx);
  r->req.data = r;
  return r;
}

void duv__fs_push_error(duk_context *ctx, int err, const char *syscall, duk_idx_t path_idx,
                        duk_idx_t dest_idx) {
  const char *path = path_idx >= 0 ? duk_get_string(ctx, path_idx) : NULL;
  const char *dest = dest_idx >= 0 ? duk_get_string(ctx, dest_idx) : NULL;
  duv__push_uv_error(ctx, err, syscall, path, dest);
}

/*
 * Pins live in a dense stash array with a free list, so that their ids stay
 * small array indexes (no number-to-string keys): slot 0 holds the first
 * free id (0: none), a free slot holds the next free id, a used slot the
 * pinned value.
 */
static void push_table(duk_context *ctx) {
  duv__stash_get(ctx, STASH_REQS);
  if (duk_is_array(ctx, -1)) return;
  duk_pop(ctx);
  duk_push_array(ctx);
  duk_push_uint(ctx, 0);
  duk_put_prop_index(ctx, -2, 0);
  duk_dup_top(ctx);
  duv__stash_put(ctx, STASH_REQS);
}

/* Pin the value at the top (popped); returns its id. */
uint32_t duv__fs_pin_value(duk_context *ctx) {
  push_table(ctx); /* [ value table ] */
  duk_get_prop_index(ctx, -1, 0);
  uint32_t id = (uint32_t)duk_get_uint(ctx, -1);
  duk_pop(ctx);
  if (id != 0) {
    duk_get_prop_index(ctx, -1, id); /* the next free id */
    duk_put_prop_index(ctx, -2, 0);
  } else {
    id = (uint32_t)duk_get_length(ctx, -1);
  }
  duk_swap_top(ctx, -2);
  duk_put_prop_index(ctx, -2, id);
  duk_pop(ctx);
  return id;
}

/* Pin [cb, path, dest, extra] under a fresh id of the stash's request table. */
uint32_t duv__fs_pin(duk_context *ctx, duk_idx_t cb_idx, duk_idx_t path_idx, duk_idx_t dest_idx,
                    duk_idx_t extra_idx) {
  duk_push_array(ctx);
  duk_dup(ctx, cb_idx);
  duk_put_prop_index(ctx, -2, 0);
  if (path_idx >= 0) {
    duk_dup(ctx, path_idx);
    duk_put_prop_index(ctx, -2, 1);
  }
  if (dest_idx >= 0) {
    duk_dup(ctx, dest_idx);
    duk_put_prop_index(ctx, -2, 2);
  }
  if (extra_idx >= 0) {
    duk_dup(ctx, extra_idx);
    duk_put_prop_index(ctx, -2, 3);
  }
  return duv__fs_pin_value(ctx);
}

/* [ ... ] -> [ ... pinned ] and drop the pin: its slot goes to the free list. */
void duv__fs_unpin(duk_context *ctx, uint32_t id) {
  push_table(ctx);
  duk_get_prop_index(ctx, -1, id);
  duk_get_prop_index(ctx, -2, 0);
  duk_put_prop_index(ctx, -3, id);
  duk_push_uint(ctx, id);
  duk_put_prop_index(ctx, -3, 0);
  duk_remove(ctx, -2);
}

static void push_scandir(duk_context *ctx, fs_req *r) {
  duk_push_array(ctx);
  duk_idx_t names = duk_get_top_index(ctx);
  duk_idx_t types = -1;
  if (r->flags & FS_WITH_TYPES) {
    duk_push_array(ctx);
    types = duk_get_top_index(ctx);
  }
  uv_dirent_t ent;
  duk_uarridx_t i = 0;
  while (uv_fs_scandir_next(&r->req, &ent) == 0) {
    duv__push_utf8(ctx, ent.name, strlen(ent.name));
    duk_put_prop_index(ctx, names, i);
    if (types >= 0) {
      duk_push_int(ctx, (int)ent.type);
      duk_put_prop_index(ctx, types, i);
    }
    i++;
  }
  if (types >= 0) {
    duk_push_array(ctx);
    duk_dup(ctx, names);
    duk_put_prop_index(ctx, -2, 0);
    duk_dup(ctx, types);
    duk_put_prop_index(ctx, -2, 1);
    duk_remove(ctx, types);
    duk_remove(ctx, names);
  }
}

static void push_dirents(duk_context *ctx, fs_req *r) {
  uv_dir_t *dir = r->req.ptr;
  duk_push_array(ctx);
  duk_push_array(ctx);
  for (ssize_t i = 0; i < r->req.result; i++) {
    const char *name = dir->dirents[i].name;
    duv__push_utf8(ctx, name, strlen(name));
    duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
    duk_push_int(ctx, (int)dir->dirents[i].type);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  duk_push_array(ctx);
  duk_swap_top(ctx, -3);
  duk_put_prop_index(ctx, -3, 0);
  duk_put_prop_index(ctx, -2, 1);
}

/* Push the values a successful request gives, with `extra` the pinned extra
 * value's index (or -1). Returns how many were pushed. */
static int push_result(duk_context *ctx, fs_req *r, duk_idx_t extra) {
  uv_fs_t *req = &r->req;
  switch (r->result) {
  case FS_RES_INT:
    duk_push_number(ctx, (double)req->result);
    return 1;
  case FS_RES_STAT:
    duv__fs_push_stats(ctx, &req->statbuf);
    return 1;
  case FS_RES_PTR:
    duv__push_utf8(ctx, req->ptr, strlen(req->ptr));
    return 1;
  case FS_RES_PATH:
    duv__push_utf8(ctx, req->path, strlen(req->path));
    return 1;
  case FS_RES_SCANDIR:
    push_scandir(ctx, r);
    return 1;
  case FS_RES_IO:
    duk_push_number(ctx, (double)req->result);
    if (extra < 0) return 1;
    duk_dup(ctx, extra);
    return 2;
  case FS_RES_TRUE:
    duk_push_true(ctx);
    return 1;
  case FS_RES_DIR:
    duv__fs_push_dir(ctx, req->ptr);
    return 1;
  case FS_RES_DIRENTS:
    push_dirents(ctx, r);
    return 1;
  case FS_RES_STATFS:
    duv__fs_push_statfs(ctx, req->ptr);
    return 1;
  default:
    return 0;
  }
}

static const char *syscall_name(uv_fs_type type) {
  switch (type) {
  case UV_FS_OPEN: return "open";
  case UV_FS_CLOSE: return "close";
  case UV_FS_READ: return "read";
  case UV_FS_WRITE: return "write";
  case UV_FS_SENDFILE: return "sendfile";
  case UV_FS_STAT: return "stat";
  case UV_FS_LSTAT: return "lstat";
  case UV_FS_FSTAT: return "fstat";
  case UV_FS_FTRUNCATE: return "ftruncate";
  case UV_FS_UTIME: return "utime";
  case UV_FS_FUTIME: return "futime";
  case UV_FS_LUTIME: return "lutime";
  case UV_FS_ACCESS: return "access";
  case UV_FS_CHMOD: return "chmod";
  case UV_FS_FCHMOD: return "fchmod";
  case UV_FS_FSYNC: return "fsync";
  case UV_FS_FDATASYNC: return "fdatasync";
  case UV_FS_UNLINK: return "unlink";
  case UV_FS_RMDIR: return "rmdir";
  case UV_FS_MKDIR: return "mkdir";
  case UV_FS_MKDTEMP: return "mkdtemp";
  case UV_FS_RENAME: return "rename";
  case UV_FS_SCANDIR: return "scandir";
  case UV_FS_LINK: return "link";
  case UV_FS_SYMLINK: return "symlink";
  case UV_FS_READLINK: return "readlink";
  case UV_FS_CHOWN: return "chown";
  case UV_FS_FCHOWN: return "fchown";
  case UV_FS_LCHOWN: return "lchown";
  case UV_FS_REALPATH: return "realpath";
  case UV_FS_COPYFILE: return "copyfile";
  case UV_FS_OPENDIR: return "opendir";
  case UV_FS_READDIR: return "readdir";
  case UV_FS_CLOSEDIR: return "closedir";
  case UV_FS_STATFS: return "statfs";
  default: return "fs";
  }
}

static void req_free(fs_req *r) {
  uv_fs_req_cleanup(&r->req);
  free(r->owned);
  free(r->path_copy);
  free(r->dirents);
  if (r->async) free(r);
}

duk_ret_t duv__fs_req_end(duk_context *ctx, fs_req *r, int rc, duk_idx_t path_idx,
                          duk_idx_t dest_idx, duk_idx_t extra_idx) {
  if (!r->async) {
    if (rc < 0) {
      const char *sc = syscall_name(r->req.fs_type);
      req_free(r);
      duv__fs_push_error(ctx, rc, sc, path_idx, dest_idx);
      return duk_throw(ctx);
    }
    int n = push_result(ctx, r, -1); /* the sync form returns the first value only */
    req_free(r);
    return n > 0 ? 1 : 0;
  }
  if (rc < 0) {
    const char *sc = syscall_name(r->req.fs_type);
    req_free(r);
    duv__fs_push_error(ctx, rc, sc, path_idx, dest_idx);
    return duk_throw(ctx);
  }
  duv__loop_hold(r->rt);
  /* The common case pins the callback alone (no array per request). */
  if (dest_idx < 0 && extra_idx < 0) {
    const char *path = path_idx >= 0 ? duk_get_string(ctx, path_idx) : NULL;
    if (path == NULL || (r->path_copy = strdup(path)) != NULL) {
      duk_dup(ctx, r->cb_idx);
      r->pin = duv__fs_pin_value(ctx);
      return 0;
    }
  }
  r->pin = duv__fs_pin(ctx, r->cb_idx, path_idx, dest_idx, extra_idx);
  return 0;
}

typedef struct {
  fs_req *r;
  int nargs;
} after_args;

/* [ pinned ] -> [ cb undefined arg1 arg2 arg3 ], in a safe call: building the
 * values may run out of memory, and nothing may throw across libuv. */
static duk_ret_t build_call(duk_context *ctx, void *udata) {
  after_args *a = udata;
  fs_req *r = a->r;
  uv_fs_t *req = &r->req;
  duk_idx_t pinned = 0;
  if (duk_is_function(ctx, pinned)) { /* the callback alone */
    duk_dup(ctx, pinned);
    duk_push_undefined(ctx);
    if (req->result < 0) {
      duv__push_uv_error(ctx, (int)req->result, syscall_name(req->fs_type), r->path_copy, NULL);
      a->nargs = 1;
    } else {
      duk_push_null(ctx);
      a->nargs = 1 + push_result(ctx, r, -1);
    }
    while (duk_get_top(ctx) < 6) duk_push_undefined(ctx);
    return 5;
  }
  duk_get_prop_index(ctx, pinned, 0);
  duk_push_undefined(ctx);
  if (req->result < 0) {
    duk_get_prop_index(ctx, pinned, 1);
    duk_get_prop_index(ctx, pinned, 2);
    duk_idx_t top = duk_get_top(ctx);
    duv__fs_push_error(ctx, (int)req->result, syscall_name(req->fs_type),
                       duk_is_string(ctx, top - 2) ? top - 2 : -1,
                       duk_is_string(ctx, top - 1) ? top - 1 : -1);
    duk_remove(ctx, -2);
    duk_remove(ctx, -2);
    a->nargs = 1;
  } else {
    duk_push_null(ctx);
    duk_get_prop_index(ctx, pinned, 3);
    duk_idx_t extra = duk_get_top_index(ctx);
    int n = push_result(ctx, r, duk_is_undefined(ctx, extra) ? -1 : extra);
    duk_remove(ctx, extra);
    a->nargs = 1 + n;
  }
  while (duk_get_top(ctx) < 6) duk_push_undefined(ctx);
  return 5;
}

void duv__fs_after(uv_fs_t *req) {
  fs_req *r = req->data;
  duv_runtime_t *rt = r->rt;
  duk_context *ctx = rt->ctx;
  duv__loop_release(rt);
  duv__fs_unpin(ctx, r->pin); /* [ pinned ] */
  if (rt->exiting) {
    duk_pop(ctx);
    req_free(r);
    return;
  }
  after_args a = {r, 0};
  int rc = duk_safe_call(ctx, build_call, &a, 1, 5);
  req_free(r);
  if (rc != 0) {
    /* [ err undefined undefined undefined undefined ] */
    duk_pop_n(ctx, 4);
    duv__report_uncaught(rt);
    return;
  }
  duk_pop_n(ctx, 3 - a.nargs);
  duv__call_method(rt, a.nargs);
  duk_pop(ctx);
}
