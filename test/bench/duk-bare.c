/*
 * duk-bare: the smallest Duktape host, for measuring what duv adds to plain
 * JavaScript. It links the same Duktape object as libduv (same flags, same
 * vm/duktape/duk_config.h), creates a heap with Duktape's default allocator,
 * defines `print`, evaluates one file as a global script and exits.
 *
 *   duk-bare script.js
 *
 * Exit status: 0, or 1 when the script throws (the error goes to stderr).
 */
#include <stdio.h>
#include <stdlib.h>

#include "duktape.h"

/* The hooks vm/duktape/duk_config.h routes into duv: inert here. The
 * execution check keeps its cost (a call per interrupt) but never stops. */
int duv__exec_should_stop(void *udata) { return udata != NULL && *(const int *)udata; }

int duv__date_parse_string(struct duk_hthread *ctx, const char *str) {
  (void)ctx;
  (void)str;
  return 0;
}

/* print(...args): the arguments as strings, joined by spaces, and a newline. */
static duk_ret_t js_print(duk_context *ctx) {
  duk_idx_t n = duk_get_top(ctx);
  for (duk_idx_t i = 0; i < n; i++) {
    if (i > 0) fputc(' ', stdout);
    fputs(duk_safe_to_string(ctx, i), stdout);
  }
  fputc('\n', stdout);
  return 0;
}

static char *read_file(const char *path, size_t *len_out) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  while (buf != NULL) {
    size_t n = fread(buf + len, 1, cap - len, f);
    len += n;
    if (len < cap) break;
    char *bigger = realloc(buf, cap * 2);
    if (bigger == NULL) {
      free(buf);
      buf = NULL;
      break;
    }
    buf = bigger;
    cap *= 2;
  }
  fclose(f);
  *len_out = len;
  return buf;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s script.js\n", argv[0]);
    return 2;
  }
  size_t len = 0;
  char *src = read_file(argv[1], &len);
  if (src == NULL) {
    perror(argv[1]);
    return 2;
  }
  duk_context *ctx = duk_create_heap_default();
  if (ctx == NULL) return 70;
  duk_push_c_function(ctx, js_print, DUK_VARARGS);
  duk_put_global_string(ctx, "print");

  duk_push_lstring(ctx, src, len);
  free(src);
  duk_push_string(ctx, argv[1]);
  int rc = 0;
  if (duk_pcompile(ctx, 0) != 0 || duk_pcall(ctx, 0) != 0) {
    fprintf(stderr, "%s\n", duk_safe_to_stacktrace(ctx, -1));
    rc = 1;
  }
  duk_pop(ctx);
  duk_destroy_heap(ctx);
  fflush(stdout);
  return rc;
}
