/*
 * Output to the host's standard streams. Writes are synchronous, as Node's are
 * for files and terminals; a non-blocking descriptor is waited on with poll().
 */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"

static void write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd pfd = {.fd = fd, .events = POLLOUT};
        poll(&pfd, 1, -1);
        continue;
      }
      return; /* EPIPE and the like: the reader is gone; Node drops the output too. */
    }
    data += n;
    len -= (size_t)n;
  }
}

void duv__write_bytes(duv_runtime_t *rt, int fd, const char *data, size_t len) {
  if (rt != NULL && rt->output != NULL)
    rt->output(rt->output_data, fd, data, len);
  else
    write_all(fd, data, len);
}

void duv__write_stdio(duv_runtime_t *rt, int fd, const char *data, size_t len) {
  size_t out_len;
  char *utf8 = duv__cesu8_to_utf8(data, len, &out_len);
  if (utf8 != NULL) {
    duv__write_bytes(rt, fd, utf8, out_len);
    free(utf8);
  } else if (out_len != (size_t)-1) {
    duv__write_bytes(rt, fd, data, len);
  }
}
