/*
 * A host that runs its own libuv loop, as a server does, and gives it to
 * duv: two runtimes ("plugins") run the same script on the host's loop next
 * to the host's own heartbeat timer, and the host's uv_run drives them all.
 * Run: build/release/examples/host-loop examples/host-loop.js
 */
#include <stdio.h>
#include <uv.h>

#include <duv.h>

static int heartbeats;

static void heartbeat(uv_timer_t *timer) {
  if (++heartbeats == 5) uv_close((uv_handle_t *)timer, NULL);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s script.js\n", argv[0]);
    return 2;
  }
  uv_loop_t loop;
  uv_loop_init(&loop);
  uv_timer_t timer;
  uv_timer_init(&loop, &timer);
  uv_timer_start(&timer, heartbeat, 20, 20);

  const char *names[] = {"alpha", "beta"};
  duv_runtime_t *plugins[2];
  int status = 0;
  for (int i = 0; i < 2; i++) {
    const char *plugin_argv[] = {argv[0], argv[1], names[i]};
    duv_config_t config;
    duv_config_init(&config);
    config.argc = 3;
    config.argv = plugin_argv;
    config.loop = &loop; /* the host's loop instead of one of the runtime's own */
    plugins[i] = duv_runtime_new(&config);
    if (plugins[i] == NULL || duv_runtime_run_main(plugins[i], argv[1]) != 0) status = 1;
  }

  /* The host's own loop runs the heartbeat and both plugins' callbacks,
   * each followed by its nextTick and microtask queues. */
  uv_run(&loop, UV_RUN_DEFAULT);

  for (int i = 0; i < 2; i++) {
    if (plugins[i] == NULL) continue;
    /* process 'exit' comes from duv_runtime_exit: the host calls it. */
    if (duv_runtime_exit(plugins[i]) != 0) status = 1;
    /* Outside uv_run: freeing may run the loop until the plugin's own
     * handles are closed. */
    duv_runtime_free(plugins[i]);
  }
  /* Nothing of the plugins' is left on the loop. */
  int closed = uv_loop_close(&loop);
  printf("host: %d heartbeats, loop closed: %s\n", heartbeats, closed == 0 ? "yes" : "no");
  return closed == 0 ? status : 1;
}
