/* The ten-line embedding example of README.md, built and run by the test suite. */
#include <duv.h>

int main(int argc, char **argv) {
  duv_config_t config;
  duv_config_init(&config);
  config.argc = argc;
  config.argv = (const char *const *)argv;
  duv_runtime_t *rt = duv_runtime_new(&config);
  duv_runtime_eval(rt, "setTimeout(function () { console.log('tick'); }, 10)", (size_t)-1, "main.js", 0);
  duv_runtime_run(rt, DUV_RUN_DEFAULT);
  int code = duv_runtime_exit(rt);
  duv_runtime_free(rt);
  return code;
}
