/*
 * Embedding costs, through include/duv.h only:
 *   - creating a runtime, evaluating `1+1` and freeing it (median of 200);
 *   - an idle non-waiting tick (duv_runtime_run(rt, DUV_RUN_NOWAIT) with a
 *     far timer pending, as a frame loop ticks it), ns per tick;
 *   - a file-system permission check (duv_permission_has) with no permission
 *     model, and with grants, beside the stat() a binding makes anyway.
 * test/bench/run.py prints these beside `node -e 0`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
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

  /* Permission checks on a path that exists, four levels deep. */
  enum { CHECKS = 20000 };
  const char *path = "/usr/include/x86_64-linux-gnu/sys/stat.h";
  const char *grants[] = {"fs.read=/opt", "fs.read=/usr/include", "fs.write=/tmp", NULL};
  duv_config_t config;
  duv_config_init(&config);
  duv_runtime_t *open_rt = duv_runtime_new(&config);
  config.permissions = grants;
  duv_runtime_t *fenced = duv_runtime_new(&config);
  if (open_rt == NULL || fenced == NULL || duv_permission_has(fenced, DUV_PERMISSION_FS_READ, path) != 1)
    return 1;
  double none[ROUNDS], checked[ROUNDS], stats[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now_ns();
    for (int i = 0; i < CHECKS; i++) duv_permission_has(open_rt, DUV_PERMISSION_FS_READ, path);
    double t1 = now_ns();
    for (int i = 0; i < CHECKS; i++) duv_permission_has(fenced, DUV_PERMISSION_FS_READ, path);
    double t2 = now_ns();
    struct stat st;
    for (int i = 0; i < CHECKS; i++) stat(path, &st);
    double t3 = now_ns();
    none[r] = (t1 - t0) / CHECKS;
    checked[r] = (t2 - t1) / CHECKS;
    stats[r] = (t3 - t2) / CHECKS;
  }
  qsort(none, ROUNDS, sizeof(double), cmp);
  qsort(checked, ROUNDS, sizeof(double), cmp);
  qsort(stats, ROUNDS, sizeof(double), cmp);
  printf("  fs permission check            %.0f ns with no model, %.0f ns with grants "
         "(%.1fx one stat() of %.0f ns)\n",
         none[ROUNDS / 2], checked[ROUNDS / 2], checked[ROUNDS / 2] / stats[ROUNDS / 2],
         stats[ROUNDS / 2]);
  duv_runtime_free(open_rt);
  duv_runtime_free(fenced);
  return 0;
}
