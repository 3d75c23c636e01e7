/*
 * addon-call: what a native function called from JavaScript costs through
 * the extension API, against the same function written as a raw Duktape C
 * function, in one runtime and one run.
 *
 *   build/<mode>/bench/addon-call [calls-per-round [rounds]]
 *
 * A JS loop calls add(i, 1) calls-per-round times:
 *   duv   duv_function_new() + duv_args_parse("dd:add") + duv_value_build("d")
 *   raw   a duk_c_function with nargs 2: duk_require_number() twice and
 *         duk_push_number()
 *   loop  the same loop computing i + 1 inline, whose time is taken off both
 * The three loops run interleaved, rounds times; the medians are printed as
 * nanoseconds per call net of the loop, with duv/raw (the bar: <= 1.5).
 * It includes vm/internal.h only to reach the runtime's Duktape context for
 * the raw function: it measures the engine.
 */
#define DUV_BUILD_CORE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"

static duv_value_t *duv_add(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                            size_t argc) {
  double a, b;
  if (duv_args_parse(rt, argv, argc, "dd:add", &a, &b) < 0) return NULL;
  return duv_value_build(rt, "d", a + b);
}

static duk_ret_t raw_add(duk_context *ctx) {
  double a = duk_require_number(ctx, 0);
  double b = duk_require_number(ctx, 1);
  duk_push_number(ctx, a + b);
  return 1;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double run(duv_runtime_t *rt, const char *src) {
  double t0 = now();
  if (duv_runtime_eval(rt, src, DUV_NTS, "bench.js", 0) != 0) {
    fprintf(stderr, "addon-call: the script failed: %s\n", src);
    exit(1);
  }
  return now() - t0;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof(*v), cmp);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv) {
  long calls = argc > 1 ? atol(argv[1]) : 1000000;
  int rounds = argc > 2 ? atoi(argv[2]) : 7;
  if (calls <= 0 || rounds <= 0 || rounds > 100) {
    fprintf(stderr, "usage: %s [calls-per-round [rounds]]\n", argv[0]);
    return 2;
  }
  duv_runtime_t *rt = duv_runtime_new(NULL);
  if (rt == NULL) return 70;

  duv_value_t *global = duv_runtime_global(rt);
  duv_value_t *fn = duv_function_new(rt, "add", duv_add, 2, NULL);
  if (fn == NULL || duv_object_set(rt, global, "duvAdd", fn) != 0) return 70;
  duv_value_release(rt, fn);
  duv_value_release(rt, global);
  duk_context *ctx = rt->ctx;
  duk_push_c_function(ctx, raw_add, 2);
  duk_put_global_string(ctx, "rawAdd");

  char src[3][512];
  const char *body[3] = {"s += duvAdd(i, 1);", "s += rawAdd(i, 1);", "s += i + 1;"};
  for (int k = 0; k < 3; k++) {
    snprintf(src[k], sizeof(src[k]),
             "(function () { var s = 0; for (var i = 0; i < %ld; i++) { %s }"
             " if (s !== %ld * (%ld + 1) / 2) throw new Error('wrong sum ' + s); })();",
             calls, body[k], calls, calls);
  }
  double t[3][100];
  for (int r = 0; r < rounds; r++)
    for (int j = 0; j < 3; j++) {
      int k = (j + r) % 3; /* rotate the order: no loop always runs first */
      t[k][r] = run(rt, src[k]);
    }
  double med[3];
  for (int k = 0; k < 3; k++) med[k] = median(t[k], rounds);
  double duv_ns = (med[0] - med[2]) / calls * 1e9;
  double raw_ns = (med[1] - med[2]) / calls * 1e9;
  printf("addon-call: %ld calls x %d rounds, median ns per call net of the loop (%.1f ns)\n", calls,
         rounds, med[2] / calls * 1e9);
  printf(
      "  duv  add(a, b)  %8.1f ns   (duv_function_new + duv_args_parse(\"dd:add\") + "
      "duv_value_build(\"d\"))\n",
      duv_ns);
  printf("  raw  add(a, b)  %8.1f ns   (duk_c_function, nargs 2, duk_require_number)\n", raw_ns);
  printf("  duv/raw %.2f (the bar: <= 1.5)\n", duv_ns / raw_ns);
  duv_runtime_free(rt);
  return 0;
}
