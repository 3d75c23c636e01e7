/*
 * A host that gives scripts its own objects as a module: require('host')
 * returns an inventory kept in C, with a class for its items.
 * Run: build/release/examples/host-module examples/host-module.js
 */
#include <stdio.h>
#include <string.h>

#include <duv.h>

typedef struct {
  char name[32];
  int count;
} item;

static const duv_class_def item_class;

static int item_init(duv_runtime_t *rt, duv_value_t *self, void *data, duv_value_t *const *argv,
                     size_t argc) {
  (void)self;
  item *it = data;
  const char *name;
  int32_t count = 1;
  if (duv_args_parse(rt, argv, argc, "s|i:Item", &name, &count) < 0) return -1;
  snprintf(it->name, sizeof(it->name), "%s", name);
  it->count = count;
  return 0;
}

static duv_value_t *item_describe(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                  size_t argc) {
  (void)argv, (void)argc;
  item *it = duv_class_data(rt, self, &item_class);
  if (it == NULL) return NULL;
  char text[64];
  snprintf(text, sizeof(text), "%d x %s", it->count, it->name);
  return duv_string_new(rt, text, DUV_NTS);
}

static const duv_method_def item_methods[] = {{"describe", item_describe, DUV_METH_FASTCALL, 0, NULL},
                                              {NULL, NULL, 0, 0, NULL}};
static const duv_class_def item_class = {sizeof(duv_class_def), "Item", sizeof(item), item_init,
                                         NULL, item_methods, NULL, NULL};

typedef struct {
  int gold;
} host_state;

static duv_value_t *host_gold(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                              size_t argc) {
  (void)self;
  host_state *st = duv_function_data(rt);
  int32_t add = 0;
  if (duv_args_parse(rt, argv, argc, "|i:gold", &add) < 0) return NULL;
  st->gold += add;
  return duv_number_new(rt, st->gold);
}

static int host_init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  ((host_state *)state)->gold = 100;
  return duv_module_add_class(rt, exports, &item_class, state);
}

static const duv_method_def host_methods[] = {{"gold", host_gold, DUV_METH_FASTCALL, 1, NULL},
                                              {NULL, NULL, 0, 0, NULL}};
static const duv_module_def host_module = {sizeof(duv_module_def), "host", "the host's objects",
                                           host_methods, NULL, sizeof(host_state), host_init, NULL};

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s script.js\n", argv[0]);
    return 2;
  }
  duv_config_t config;
  duv_config_init(&config);
  config.argc = argc;
  config.argv = (const char *const *)argv;
  duv_runtime_t *rt = duv_runtime_new(&config);
  if (rt == NULL || duv_runtime_add_module(rt, "host", &host_module) != 0) return 1;
  duv_runtime_run_main(rt, argv[1]);
  duv_runtime_run(rt, DUV_RUN_DEFAULT);
  int code = duv_runtime_exit(rt);
  duv_runtime_free(rt);
  return code;
}
