/*
 * copyFile as one job of its own, sync or on libuv's thread pool.
 *
 * libuv's uv_fs_copyfile opens the destination and then truncates it with
 * ftruncate(fd, 0); ext4 takes a truncation to zero as a file being replaced
 * and writes the whole file to disk when it is closed (auto_da_alloc), so a
 * 1 GiB copy took 0.66 s where cp takes 0.27 s. Opening the destination with
 * O_TRUNC truncates only a file that already existed (the kernel skips it for
 * a file the open created), as cp does. Otherwise this follows libuv: the
 * same file is left alone, the mode is the source's, a failed copy removes
 * the destination, every error is reported as syscall "copyfile"; the bytes
 * move in the kernel (copy_file_range, else sendfile, else read/write).
 */
#define _GNU_SOURCE /* copy_file_range */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include "fs.h"

/* Copies size bytes from in to out, both at offset 0. Returns 0 or -errno
 * (libuv's errors on Unix are negated errno values). */
static int copy_bytes(int in, int out, off_t size) {
  off_t done = 0;
  int use_range = 1, use_sendfile = 1;
  while (done < size) {
    size_t want = (size_t)(size - done > (off_t)1 << 30 ? (off_t)1 << 30 : size - done);
    ssize_t n = -1;
    if (use_range) {
      n = copy_file_range(in, NULL, out, NULL, want, 0);
      if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP ||
                    errno == EPERM)) {
        use_range = 0;
        continue;
      }
    } else if (use_sendfile) {
      n = sendfile(out, in, NULL, want);
      if (n < 0 && (errno == EINVAL || errno == ENOSYS)) {
        use_sendfile = 0;
        continue;
      }
    } else {
      char buf[65536];
      n = read(in, buf, want < sizeof(buf) ? want : sizeof(buf));
      if (n > 0) {
        ssize_t put = 0;
        while (put < n) {
          ssize_t w = write(out, buf + put, (size_t)(n - put));
          if (w < 0) {
            if (errno == EINTR) continue;
            return -errno;
          }
          put += w;
        }
      }
    }
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    if (n == 0) break; /* the source shrank meanwhile */
    done += n;
  }
  return 0;
}

/* The whole copy. Returns 0 or a libuv error. */
static int copy_file(const char *src, const char *dest, int flags) {
  if (flags & UV_FS_COPYFILE_FICLONE_FORCE) {
    /* Cloning or nothing: libuv's own copy decides, as Node. */
    uv_fs_t req;
    int rc = uv_fs_copyfile(NULL, &req, src, dest, flags, NULL);
    uv_fs_req_cleanup(&req);
    return rc;
  }
  int in = open(src, O_RDONLY | O_CLOEXEC);
  if (in < 0) return -errno;
  struct stat st, dst;
  if (fstat(in, &st) != 0) {
    int err = -errno;
    close(in);
    return err;
  }
  if (S_ISDIR(st.st_mode)) {
    close(in);
    return UV_EISDIR;
  }
  /* Copying a file onto itself leaves it as it is (O_TRUNC would empty it). */
  if (!(flags & UV_FS_COPYFILE_EXCL) && stat(dest, &dst) == 0 && dst.st_dev == st.st_dev &&
      dst.st_ino == st.st_ino) {
    close(in);
    return 0;
  }
  int oflags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | ((flags & UV_FS_COPYFILE_EXCL) ? O_EXCL : 0);
  int out = open(dest, oflags, st.st_mode & 07777);
  if (out < 0) {
    int err = -errno;
    close(in);
    return err;
  }
  int err = 0;
  /* The source's mode, whatever the umask (EPERM: file systems such as CIFS
   * refuse it, and libuv goes on). */
  if (fchmod(out, st.st_mode & 07777) != 0 && errno != EPERM) err = -errno;
#ifdef FICLONE
  int cloned = 0;
  if (err == 0 && (flags & UV_FS_COPYFILE_FICLONE)) cloned = ioctl(out, FICLONE, in) == 0;
  if (err == 0 && !cloned) err = copy_bytes(in, out, st.st_size);
#else
  if (err == 0) err = copy_bytes(in, out, st.st_size);
#endif
  close(in);
  if (close(out) != 0 && err == 0) err = -errno;
  if (err != 0) unlink(dest);
  return err;
}

typedef struct {
  uv_work_t work;
  duv_runtime_t *rt;
  uint32_t pin;
  char *src, *dest;
  int flags;
  int err;
} copy_job;

static void copy_execute(uv_work_t *work) {
  copy_job *j = work->data;
  j->err = copy_file(j->src, j->dest, j->flags);
}

static void job_free(copy_job *j) {
  free(j->src);
  free(j->dest);
  free(j);
}

/* [ pinned ] -> [ cb undefined arg ] in a safe call: (err) or (null). */
static duk_ret_t build_call(duk_context *ctx, void *udata) {
  copy_job *j = udata;
  duk_get_prop_index(ctx, 0, 0);
  duk_push_undefined(ctx);
  if (j->err == 0) {
    duk_push_null(ctx);
    return 3;
  }
  duk_get_prop_index(ctx, 0, 1);
  duk_get_prop_index(ctx, 0, 2);
  duv__fs_push_error(ctx, j->err, "copyfile", duk_get_top_index(ctx) - 1, duk_get_top_index(ctx));
  duk_replace(ctx, -3);
  duk_pop(ctx);
  return 3;
}

static void copy_done(uv_work_t *work, int status) {
  copy_job *j = work->data;
  duv_runtime_t *rt = j->rt;
  duk_context *ctx = rt->ctx;
  duv__loop_release(rt);
  duv__fs_unpin(ctx, j->pin);
  if (rt->exiting) {
    duk_pop(ctx);
    job_free(j);
    return;
  }
  if (status == UV_ECANCELED) j->err = status;
  int rc = duk_safe_call(ctx, build_call, j, 1, 3);
  job_free(j);
  if (rc != 0) {
    duk_pop_2(ctx);
    duv__report_uncaught(rt);
    return;
  }
  duv__call_method(rt, 1);
  duk_pop(ctx);
}

/* copyFile(src, dest, mode, cb): cb undefined for the sync form. */
static duk_ret_t js_copyfile(duk_context *ctx) {
  int flags = duk_require_int(ctx, 2);
  const char *src = duv__push_fs_path(ctx, 0, FS_READ);
  const char *dest = duv__push_fs_path(ctx, 1, FS_WRITE);
  if (!duk_is_function(ctx, 3)) {
    int err = copy_file(src, dest, flags);
    if (err == 0) return 0;
    duv__fs_push_error(ctx, err, "copyfile", 0, 1);
    return duk_throw(ctx);
  }
  duv_runtime_t *rt = duv__runtime(ctx);
  copy_job *j = calloc(1, sizeof(*j));
  if (j != NULL) {
    j->src = strdup(src);
    j->dest = strdup(dest);
  }
  if (j == NULL || j->src == NULL || j->dest == NULL) {
    if (j != NULL) job_free(j);
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  }
  j->rt = rt;
  j->flags = flags;
  j->work.data = j;
  int rc = uv_queue_work(rt->loop, &j->work, copy_execute, copy_done);
  if (rc < 0) {
    job_free(j);
    duv__push_uv_error(ctx, rc, "uv_queue_work", NULL, NULL);
    return duk_throw(ctx);
  }
  duv__loop_hold(rt);
  j->pin = duv__fs_pin(ctx, 3, 0, 1, -1);
  return 0;
}

void duv__fs_copy_init(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"copyfile", js_copyfile, 4}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
