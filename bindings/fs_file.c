/*
 * readFile and writeFile as one job each: open, fstat, read or write until
 * done, close. The sync form runs the calls in place; the async form runs
 * the same calls in one job on libuv's thread pool (one round trip through
 * the loop instead of four), and the loop only sees the completion.
 *
 * writeFile is not atomic (nor is Node's): the file is truncated at open and
 * written in as many write() calls as the kernel needs; a reader may see it
 * partly written, and a failure leaves it partly written.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fs.h"

/* Node's limit for one Buffer (kIoMaxLength): 2 GiB - 1. */
#define MAX_FILE ((uint64_t)2147483647)
#define CHUNK (64 * 1024)

typedef struct {
  uv_work_t work;
  duv_runtime_t *rt;
  uint32_t pin;
  int writing;
  char *path;      /* malloc'd absolute path; NULL when given an fd */
  uv_file fd;
  int flags, mode, utf8;
  const char *data; /* writeFile: the bytes (pinned or owned) */
  size_t len;
  char *owned;
  /* The outcome. */
  int err;
  const char *syscall;
  char *out;        /* readFile: malloc'd bytes */
  size_t out_len;
  uint64_t too_large;
  /* Async readFile of a regular file in two jobs: open and fstat, then
   * (once the loop made a Buffer of that size) read straight into it. */
  int two_phase, phase, opened;
  uint64_t want;
  char *into;
} file_job;

static int sync_open(const char *path, int flags, int mode, uv_file *fd) {
  uv_fs_t req;
  int rc = uv_fs_open(NULL, &req, path, flags, mode, NULL);
  uv_fs_req_cleanup(&req);
  if (rc >= 0) *fd = rc;
  return rc < 0 ? rc : 0;
}

static void sync_close(uv_file fd) {
  uv_fs_t req;
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
}

/* Read into buf until cap bytes or the end of the file. */
static int read_into(uv_file fd, char *buf, size_t cap, size_t *got) {
  size_t n = 0;
  while (n < cap) {
    uv_fs_t req;
    size_t want = cap - n > 0x7fffffffu ? 0x7fffffffu : cap - n;
    uv_buf_t b = uv_buf_init(buf + n, (unsigned)want);
    int rc = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (rc < 0) return rc;
    if (rc == 0) break;
    n += (size_t)rc;
  }
  *got = n;
  return 0;
}

/* Read to the end of a file of unknown size (pipes, /proc) into malloc'd
 * memory. */
static int read_unknown(uv_file fd, char **out, size_t *len, uint64_t *too_large) {
  size_t cap = CHUNK, n = 0;
  char *buf = malloc(cap);
  if (buf == NULL) return UV_ENOMEM;
  for (;;) {
    if (n == cap) {
      if (cap >= MAX_FILE) {
        *too_large = n;
        free(buf);
        return UV_EFBIG;
      }
      char *bigger = realloc(buf, cap * 2);
      if (bigger == NULL) {
        free(buf);
        return UV_ENOMEM;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got;
    int rc = read_into(fd, buf + n, cap - n, &got);
    if (rc < 0) {
      free(buf);
      return rc;
    }
    n += got;
    if (n < cap) break; /* the end */
  }
  *out = buf;
  *len = n;
  return 0;
}

/* The whole of readFile but the JS values: on the thread pool for the async
 * form. Sets err/syscall, or out/out_len. */
static void do_read_file(file_job *j) {
  uv_file fd = j->fd;
  if (j->path != NULL) {
    j->err = sync_open(j->path, j->flags, 0666, &fd);
    if (j->err < 0) {
      j->syscall = "open";
      return;
    }
  }
  uv_fs_t req;
  int rc = uv_fs_fstat(NULL, &req, fd, NULL);
  uint64_t size = req.statbuf.st_size;
  int regular = S_ISREG(req.statbuf.st_mode);
  uv_fs_req_cleanup(&req);
  if (rc < 0) {
    j->err = rc;
    j->syscall = "fstat";
  } else if (regular && size > MAX_FILE) {
    j->too_large = size;
  } else if (regular && size > 0 && j->two_phase) {
    j->want = size; /* the descriptor stays open for the second job */
    j->fd = fd;
    j->opened = j->path != NULL;
    return;
  } else if (regular && size > 0) {
    j->out = malloc((size_t)size);
    if (j->out == NULL) {
      j->err = UV_ENOMEM;
      j->syscall = "read";
    } else {
      j->err = read_into(fd, j->out, (size_t)size, &j->out_len);
      j->syscall = "read";
    }
  } else {
    j->err = read_unknown(fd, &j->out, &j->out_len, &j->too_large);
    j->syscall = "read";
    if (j->err == UV_EFBIG && j->too_large) j->err = 0;
  }
  if (j->path != NULL) sync_close(fd);
}

static void do_write_file(file_job *j) {
  uv_file fd = j->fd;
  if (j->path != NULL) {
    j->err = sync_open(j->path, j->flags, j->mode, &fd);
    if (j->err < 0) {
      j->syscall = "open";
      return;
    }
  }
  size_t n = 0;
  /* A zero-length write still happens once, as in Node (it may fail). */
  do {
    uv_fs_t req;
    size_t want = j->len - n > 0x7fffffffu ? 0x7fffffffu : j->len - n;
    uv_buf_t b = uv_buf_init((char *)j->data + n, (unsigned)want);
    int rc = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (rc < 0) {
      j->err = rc;
      j->syscall = "write";
      break;
    }
    n += (size_t)rc;
  } while (n < j->len);
  if (j->path != NULL) sync_close(fd);
}

/* [ ... ] -> [ ... err ] for a failed job; the path is the string at
 * path_idx (-1: none), named only for open. */
static void push_job_error(duk_context *ctx, file_job *j, duk_idx_t path_idx) {
  if (j->too_large) {
    duk_push_error_object(ctx, DUK_ERR_RANGE_ERROR,
                          "File size (%.0f) is greater than 2 GiB", (double)j->too_large);
    duk_push_string(ctx, "ERR_FS_FILE_TOO_LARGE");
    duk_put_prop_string(ctx, -2, "code");
    return;
  }
  int named = strcmp(j->syscall, "open") == 0;
  duv__fs_push_error(ctx, j->err, j->syscall, named ? path_idx : -1, -1);
}

static void push_read_result(duk_context *ctx, file_job *j) {
  if (j->utf8)
    duv__push_utf8(ctx, j->out, j->out_len);
  else
    duv__push_buffer_copy(ctx, j->out, j->out_len);
}

static void job_free(file_job *j) {
  free(j->path);
  free(j->owned);
  free(j->out);
  free(j);
}

static void job_execute(uv_work_t *work) {
  file_job *j = work->data;
  if (j->writing) {
    do_write_file(j);
  } else if (j->phase == 1) {
    j->err = read_into(j->fd, j->into, (size_t)j->want, &j->out_len);
    j->syscall = "read";
    if (j->opened) sync_close(j->fd);
    j->opened = 0;
  } else {
    do_read_file(j);
  }
}

/* [ pinned ] -> [ pinned ] with a Buffer of j->want bytes as pinned[3]. */
static duk_ret_t alloc_into(duk_context *ctx, void *udata) {
  file_job *j = udata;
  /* Not zero-filled: the read fills it, a short read is copied out. */
  j->into = duv__push_buffer_uninit(ctx, (size_t)j->want);
  duk_put_prop_index(ctx, 0, 3);
  return 1;
}

static void job_done(uv_work_t *work, int status);

/* After the first job of a two-phase readFile: make the Buffer and queue
 * the read. Returns 1 when the second job is queued (the pin is taken
 * again), 0 with j->err set when it could not be. */
static int start_second_phase(file_job *j) {
  duv_runtime_t *rt = j->rt;
  duk_context *ctx = rt->ctx;
  duk_dup_top(ctx);
  int rc = duk_safe_call(ctx, alloc_into, j, 1, 1);
  duk_pop(ctx);
  if (rc != 0) {
    rc = UV_ENOMEM;
  } else {
    j->phase = 1;
    rc = uv_queue_work(rt->loop, &j->work, job_execute, job_done);
  }
  if (rc == 0) {
    duv__loop_hold(rt);
    j->pin = duv__fs_pin_value(ctx);
    return 1;
  }
  if (j->opened) sync_close(j->fd);
  j->opened = 0;
  j->err = rc;
  j->syscall = "read";
  return 0;
}

/* [ pinned ] -> [ cb undefined arg1 arg2 ] in a safe call. */
static duk_ret_t build_call(duk_context *ctx, void *udata) {
  file_job *j = udata;
  duk_get_prop_index(ctx, 0, 0);
  duk_push_undefined(ctx);
  if (j->err < 0 || j->too_large) {
    duk_get_prop_index(ctx, 0, 1);
    push_job_error(ctx, j, duk_is_string(ctx, -1) ? duk_get_top_index(ctx) : -1);
    duk_remove(ctx, -2);
    duk_push_undefined(ctx);
    return 4;
  }
  duk_push_null(ctx);
  if (j->writing) {
    duk_push_undefined(ctx);
  } else if (j->phase == 1) {
    duk_get_prop_index(ctx, 0, 3);
    if (j->out_len < j->want) { /* the file shrank meanwhile */
      duv__push_buffer_copy(ctx, j->into, j->out_len);
      duk_remove(ctx, -2);
    }
  } else {
    push_read_result(ctx, j);
  }
  return 4;
}

static void job_done(uv_work_t *work, int status) {
  file_job *j = work->data;
  duv_runtime_t *rt = j->rt;
  duk_context *ctx = rt->ctx;
  duv__loop_release(rt);
  duv__fs_unpin(ctx, j->pin);
  if (rt->exiting || status == UV_ECANCELED) {
    if (j->opened) sync_close(j->fd);
    j->opened = 0;
  }
  if (rt->exiting) {
    duk_pop(ctx);
    job_free(j);
    return;
  }
  if (status == UV_ECANCELED) {
    j->err = status;
    j->syscall = j->writing ? "write" : "read";
  } else if (j->phase == 0 && j->want > 0 && j->err == 0) {
    if (start_second_phase(j)) return;
  }
  int rc = duk_safe_call(ctx, build_call, j, 1, 4);
  int nargs = (j->err < 0 || j->too_large || j->writing) ? 1 : 2;
  job_free(j);
  if (rc != 0) {
    duk_pop_3(ctx);
    duv__report_uncaught(rt);
    return;
  }
  duk_pop_n(ctx, 2 - nargs);
  duv__call_method(rt, nargs);
  duk_pop(ctx);
}

/* Fill the job's path or fd from the value at idx. */
static void job_target(duk_context *ctx, file_job *j, duk_idx_t idx, int kind) {
  if (duk_is_number(ctx, idx)) {
    j->fd = duv__fs_fd(ctx, idx);
    return;
  }
  const char *path = duv__push_fs_path(ctx, idx, kind);
  if ((j->flags & O_ACCMODE) == O_RDWR) duv__permission_require(ctx, FS_READ, path);
  j->path = (char *)path; /* held by the value stack for the call */
}

static duk_ret_t queue_job(duk_context *ctx, file_job *heap_job, duk_idx_t cb_idx,
                           duk_idx_t path_idx, duk_idx_t extra_idx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  file_job *j = heap_job;
  if (j->path != NULL) {
    j->path = strdup(j->path);
    if (j->path == NULL) {
      free(j->owned);
      free(j);
      return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
  }
  j->rt = rt;
  j->work.data = j;
  int rc = uv_queue_work(rt->loop, &j->work, job_execute, job_done);
  if (rc < 0) {
    job_free(j);
    duv__push_uv_error(ctx, rc, "uv_queue_work", NULL, NULL);
    return duk_throw(ctx);
  }
  duv__loop_hold(rt);
  j->pin = duv__fs_pin(ctx, cb_idx, duk_is_string(ctx, path_idx) ? path_idx : -1, -1, extra_idx);
  return 0;
}

static int open_kind(int flags) {
  if ((flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND))) return FS_WRITE;
  return FS_READ;
}

/* readFile(pathOrFd, flags, utf8, cb) -> Buffer or string */
static duk_ret_t js_read_file(duk_context *ctx) {
  file_job local;
  memset(&local, 0, sizeof(local));
  local.flags = duk_require_int(ctx, 1);
  local.utf8 = duk_to_boolean(ctx, 2);
  job_target(ctx, &local, 0, open_kind(local.flags));
  if (duk_is_function(ctx, 3)) {
    file_job *j = malloc(sizeof(*j));
    if (j == NULL) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    *j = local;
    j->two_phase = !j->utf8;
    return queue_job(ctx, j, 3, 0, -1);
  }
  /* Sync: read a regular file straight into the Buffer. */
  file_job *j = &local;
  uv_file fd = j->fd;
  if (j->path != NULL && (j->err = sync_open(j->path, j->flags, 0666, &fd)) < 0) {
    j->syscall = "open";
  } else if (!j->utf8) {
    uv_fs_t req;
    int rc = uv_fs_fstat(NULL, &req, fd, NULL);
    uint64_t size = req.statbuf.st_size;
    int regular = S_ISREG(req.statbuf.st_mode);
    uv_fs_req_cleanup(&req);
    if (rc == 0 && regular && size > 0 && size <= MAX_FILE) {
      char *buf = duv__push_buffer_uninit(ctx, (size_t)size); /* filled below */
      size_t got = 0;
      j->err = read_into(fd, buf, (size_t)size, &got);
      j->syscall = "read";
      if (j->path != NULL) sync_close(fd);
      if (j->err < 0) {
        push_job_error(ctx, j, 0);
        return duk_throw(ctx);
      }
      if (got < size) duv__push_buffer_copy(ctx, buf, got);
      return 1;
    }
    /* Everything else (errors included) the common way. */
    j->path = NULL;
    j->fd = fd;
    do_read_file(j);
    if (local.path == NULL && !duk_is_number(ctx, 0)) sync_close(fd);
  } else {
    const char *keep = j->path;
    j->path = NULL;
    j->fd = fd;
    do_read_file(j);
    if (keep != NULL) sync_close(fd);
  }
  if (j->err < 0 || j->too_large) {
    free(j->out);
    push_job_error(ctx, j, 0);
    return duk_throw(ctx);
  }
  push_read_result(ctx, j);
  free(j->out);
  return 1;
}

/* writeFile(pathOrFd, data, flags, mode, cb): data a string (written as
 * UTF-8) or bytes */
static duk_ret_t js_write_file(duk_context *ctx) {
  file_job local;
  memset(&local, 0, sizeof(local));
  local.writing = 1;
  local.flags = duk_require_int(ctx, 2);
  local.mode = duk_require_int(ctx, 3);
  job_target(ctx, &local, 0, FS_WRITE);
  if (duk_is_string(ctx, 1)) {
    duk_size_t slen;
    const char *s = duk_get_lstring(ctx, 1, &slen);
    size_t ulen;
    char *utf8 = duv__cesu8_to_utf8(s, slen, &ulen);
    if (utf8 == NULL && ulen == (size_t)-1) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    local.owned = utf8;
    local.data = utf8 != NULL ? utf8 : s;
    local.len = utf8 != NULL ? ulen : slen;
  } else {
    duk_size_t n;
    local.data = duk_require_buffer_data(ctx, 1, &n);
    local.len = n;
  }
  /* Strings and buffers in the heap do not move: pinning keeps the bytes. */
  if (duk_is_function(ctx, 4)) {
    file_job *j = malloc(sizeof(*j));
    if (j == NULL) {
      free(local.owned);
      return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    *j = local;
    return queue_job(ctx, j, 4, 0, 1);
  }
  do_write_file(&local);
  free(local.owned);
  if (local.err < 0) {
    push_job_error(ctx, &local, 0);
    return duk_throw(ctx);
  }
  return 0;
}

void duv__fs_file_init(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"readFile", js_read_file, 4}, {"writeFile", js_write_file, 5}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
