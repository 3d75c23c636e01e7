/*
 * Embedding costs, through include/duv.h only:
 *   - creating a runtime, evaluating `1+1` and freeing it (median of 200);
 *   - an idle non-waiting tick (duv_runtime_run(rt, DUV_RUN_NOWAIT) with a
 *     far timer pending, as a frame loop ticks it), ns per tick.
 * test/bench/run.py prints these beside `node -e 0`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <duv.h>

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(void) {
  enum { CREATES = 200, ROUNDS = 7, TICKS = 200000 };
  static double t[CREATES];
  for (int i = 0; i < CREATES; i++) {
    double t0 = now_ns();
    duv_runtime_t *rt = duv_runtime_new(NULL);
    if (rt == NULL || duv_runtime_eval(rt, "1+1", DUV_NTS, "bench.js", 0) != 0) return 1;
    duv_runtime_free(rt);
    t[i] = now_ns() - t0;
  }
  qsort(t, CREATES, sizeof(double), cmp);
  printf("  create + eval('1+1') + free   %.3f ms median (p10 %.3f, p90 %.3f) (the bar: <= 2 ms)\n",
         t[CREATES / 2] / 1e6, t[CREATES / 10] / 1e6, t[CREATES * 9 / 10] / 1e6);

  duv_runtime_t *rt = duv_runtime_new(NULL);
  if (duv_runtime_eval(rt, "setTimeout(function () {}, 3600000);", DUV_NTS, "bench.js", 0) != 0)
    return 1;
  double per[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now_ns();
    for (int i = 0; i < TICKS; i++) duv_runtime_run(rt, DUV_RUN_NOWAIT);
    per[r] = (now_ns() - t0) / TICKS;
  }
  qsort(per, ROUNDS, sizeof(double), cmp);
  printf("  idle non-waiting tick          %.0f ns median of %d rounds x %d (the bar: < 2000 ns)\n",
         per[ROUNDS / 2], ROUNDS, TICKS);
  duv_runtime_free(rt);
  return 0;
}
