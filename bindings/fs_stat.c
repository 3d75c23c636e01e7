/*
 * Stats objects made in C (one object with Node 20's own properties, on the
 * prototype fs.js registers) and the stat / lstat / fstat calls.
 */
#include <math.h>
#include <unistd.h>

#include "fs.h"

#define STASH_STATS "fsStats" /* [ Stats.prototype, keys, key pointers ] */

/* Node's own properties of a Stats, in its order. */
static const char *const stat_keys[] = {
    "dev",     "mode",    "nlink",   "uid",       "gid",     "rdev",
    "blksize", "ino",     "size",    "blocks",    "atimeMs", "mtimeMs",
    "ctimeMs", "birthtimeMs", "atime", "mtime", "ctime", "birthtime"};
#define NKEYS (sizeof(stat_keys) / sizeof(stat_keys[0]))

static double ms_of(const uv_timespec_t *t) { return (double)t->tv_sec * 1e3 + (double)t->tv_nsec / 1e6; }

/* Math.round, which Node applies to a time before making its Date. */
static double js_round(double x) {
  double r = floor(x);
  return x - r >= 0.5 ? r + 1 : r;
}

/* Made in one go (duv__duk_push_record: the entry part sized once, no
 * setter lookups, Dates without a constructor call): statSync takes 1.5 µs,
 * 3 µs when this was 18 puts and four `new Date`. The key strings stay
 * alive in the stash array; their heap pointers sit in a buffer beside
 * them. */
void duv__fs_push_stats(duk_context *ctx, const uv_stat_t *st) {
  duv__stash_get(ctx, STASH_STATS);
  duk_get_prop_index(ctx, -1, 2);
  void *const *keys = duk_get_buffer_data(ctx, -1, NULL);
  duk_pop(ctx);
  duk_get_prop_index(ctx, -1, 0); /* Stats.prototype, or undefined */
  duk_idx_t proto = duk_get_top_index(ctx);
  double at = ms_of(&st->st_atim), mt = ms_of(&st->st_mtim), ct = ms_of(&st->st_ctim),
         bt = ms_of(&st->st_birthtim);
  double v[14] = {(double)st->st_dev,     (double)st->st_mode,  (double)st->st_nlink,
                  (double)st->st_uid,     (double)st->st_gid,   (double)st->st_rdev,
                  (double)st->st_blksize, (double)st->st_ino,   (double)st->st_size,
                  (double)st->st_blocks,  at, mt, ct, bt};
  for (int i = 0; i < 14; i++) duk_push_number(ctx, v[i]);
  for (int i = 0; i < 4; i++) duv__duk_push_date(ctx, js_round(v[10 + i]));
  duv__duk_push_record(ctx, proto, (duk_idx_t)NKEYS, keys);
  /* [ stash proto stats ] -> [ stats ] */
  duk_replace(ctx, -3);
  duk_pop(ctx);
}

/* The stash slot with the keys, made when the binding is set up so that a
 * Stats can be made before fs.js registers the prototype. */
static void stats_setup(duk_context *ctx) {
  duk_push_array(ctx);
  duk_push_array(ctx);
  void **ptrs = duk_push_fixed_buffer(ctx, sizeof(void *) * NKEYS);
  for (size_t i = 0; i < NKEYS; i++) {
    duk_push_string(ctx, stat_keys[i]);
    ptrs[i] = duk_get_heapptr(ctx, -1);
    duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
  }
  duk_put_prop_index(ctx, -3, 2);
  duk_put_prop_index(ctx, -2, 1);
  duv__stash_put(ctx, STASH_STATS);
}

/* setStats(proto): the prototype of the Stats objects made here. */
static duk_ret_t js_set_stats(duk_context *ctx) {
  duv__stash_get(ctx, STASH_STATS);
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, -2, 0);
  return 0;
}

/* stat(path, cb) / lstat(path, cb) */
static duk_ret_t path_stat(duk_context *ctx,
                           int (*call)(uv_loop_t *, uv_fs_t *, const char *, uv_fs_cb)) {
  fs_req sync;
  const char *path = duv__push_fs_path(ctx, 0, FS_READ);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_STAT);
  int rc = call(FS_LOOP(r), &r->req, path, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

static duk_ret_t js_stat(duk_context *ctx) { return path_stat(ctx, uv_fs_stat); }
static duk_ret_t js_lstat(duk_context *ctx) { return path_stat(ctx, uv_fs_lstat); }

/* fstat(fd, cb) */
static duk_ret_t js_fstat(duk_context *ctx) {
  fs_req sync;
  uv_file fd = duv__fs_fd(ctx, 0);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_STAT);
  int rc = uv_fs_fstat(FS_LOOP(r), &r->req, fd, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, -1, -1, -1);
}

#define STASH_STATFS "fsStatFs" /* StatFs.prototype */

void duv__fs_push_statfs(duk_context *ctx, const uv_statfs_t *sf) {
  duk_push_object(ctx);
  duv__stash_get(ctx, STASH_STATFS);
  if (duk_is_object(ctx, -1))
    duk_set_prototype(ctx, -2);
  else
    duk_pop(ctx);
  static const char *const keys[] = {"type", "bsize", "blocks", "bfree", "bavail", "files", "ffree"};
  double v[] = {(double)sf->f_type,   (double)sf->f_bsize, (double)sf->f_blocks, (double)sf->f_bfree,
                (double)sf->f_bavail, (double)sf->f_files, (double)sf->f_ffree};
  for (int i = 0; i < 7; i++) {
    duk_push_number(ctx, v[i]);
    duk_put_prop_string(ctx, -2, keys[i]);
  }
}

/* setStatFs(proto) */
static duk_ret_t js_set_statfs(duk_context *ctx) {
  duk_dup(ctx, 0);
  duv__stash_put(ctx, STASH_STATFS);
  return 0;
}

/* statfs(path, cb) */
static duk_ret_t js_statfs(duk_context *ctx) {
  fs_req sync;
  const char *path = duv__push_fs_path(ctx, 0, FS_READ);
  fs_req *r = duv__fs_req_begin(ctx, &sync, 1, FS_RES_STATFS);
  int rc = uv_fs_statfs(FS_LOOP(r), &r->req, path, FS_CB(r));
  return duv__fs_req_end(ctx, r, rc, 0, -1, -1);
}

/* existsSync(path) -> whether access(F_OK) succeeds, without throwing for
 * a denied permission or a bad path (Node returns false). */
static duk_ret_t js_exists(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  if (!duk_is_string(ctx, 0)) {
    duk_push_false(ctx);
    return 1;
  }
  const char *path = duv__push_fs_path(ctx, 0, 0);
  if (!duv__permission_has_absolute(rt, FS_READ, path)) {
    duk_push_false(ctx);
    return 1;
  }
  uv_fs_t req;
  int rc = uv_fs_access(NULL, &req, path, F_OK, NULL);
  uv_fs_req_cleanup(&req);
  duk_push_boolean(ctx, rc == 0);
  return 1;
}

void duv__fs_stat_init(duk_context *ctx) {
  stats_setup(ctx);
  static const duk_function_list_entry fns[] = {
      {"setStats", js_set_stats, 1}, {"stat", js_stat, 2},     {"lstat", js_lstat, 2},
      {"fstat", js_fstat, 2},        {"existsSync", js_exists, 1}, {"statfs", js_statfs, 2},
      {"setStatFs", js_set_statfs, 1}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
