/*
 * A host that owns its frame loop, as a game engine does: it renders at
 * 60 Hz and ticks duv once per frame without ever blocking in it, while the
 * script runs timers, reads a data file through require() and reacts to a
 * per-frame event. Run: build/release/examples/frame-loop examples/frame-loop/game.js
 */
#include <poll.h>
#include <stdio.h>
#include <time.h>

#include <duv.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s script.js\n", argv[0]);
    return 2;
  }
  duv_config_t config;
  duv_config_init(&config);
  config.argc = argc;
  config.argv = (const char *const *)argv;
  config.time_limit_ms = 8; /* a frame's budget for script work */
  duv_runtime_t *rt = duv_runtime_new(&config);
  if (rt == NULL || duv_runtime_run_main(rt, argv[1]) != 0) {
    int code = rt ? duv_runtime_exit(rt) : 1;
    duv_runtime_free(rt);
    return code ? code : 1;
  }

  /* The script's per-frame hook, if it set one: globalThis.onFrame(n). */
  duv_value_t *global = duv_runtime_global(rt);
  const double frame_ms = 1000.0 / 60;
  double next = now_ms();
  for (int frame = 0; frame < 600; frame++) {
    duv_value_t *hook = duv_object_get(rt, global, "onFrame");
    int has_hook = hook != NULL && duv_value_type(rt, hook) == DUV_TYPE_FUNCTION;
    if (has_hook) {
      duv_value_t *n = duv_number_new(rt, frame);
      duv_value_t *r = duv_function_call(rt, hook, NULL, &n, 1);
      if (r == NULL) duv_error_clear(rt); /* a real host would log it */
      duv_value_release(rt, r);
      duv_value_release(rt, n);
    }
    duv_value_release(rt, hook);
    /* Timers, immediates and I/O that are due: never waits. */
    int pending = duv_runtime_run(rt, DUV_RUN_NOWAIT);
    if (pending < 0) duv_error_clear(rt); /* a callback overran the frame budget */
    /* The game goes on while the script wants frames or has work queued. */
    if (!has_hook && pending == 0) break;
    /* "Render", then sleep until the next frame (or until duv has I/O). */
    next += frame_ms;
    double wait = next - now_ms();
    if (wait > 0) {
      struct pollfd pfd = {.fd = duv_runtime_backend_fd(rt), .events = POLLIN};
      poll(&pfd, 1, (int)wait);
    }
  }
  duv_value_release(rt, global);
  int code = duv_runtime_exit(rt);
  duv_runtime_free(rt);
  return code;
}
