/*
 * Host modules: a host gives a module definition a name, and scripts get it
 * with require(name), as they would a core module (made once per runtime,
 * on first require). The loader (bindings/lib/module.js) asks this binding
 * after core modules and before any file lookup.
 */
#include <stdlib.h>
#include <string.h>

#include "capi.h"

struct duv__host_module {
  char *name;
  const duv_module_def *def;
  struct duv__host_module *next;
};

static struct duv__host_module *find(duv__capi *c, const char *name) {
  for (struct duv__host_module *m = c->host_modules; m != NULL; m = m->next)
    if (strcmp(m->name, name) == 0) return m;
  return NULL;
}

int duv_runtime_add_module(duv_runtime_t *rt, const char *name, const duv_module_def *def) {
  if (duv_error_occurred(rt)) return -1;
  duv__capi *c = rt->capi;
  if (name == NULL || *name == '\0' || def == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", "a host module needs a name and a definition");
    return -1;
  }
  const char *bare = strncmp(name, "node:", 5) == 0 ? name + 5 : name;
  if (bare != name || (strncmp(bare, "internal/", 9) != 0 && duv__has_builtin_js(bare)) ||
      name[0] == '.' || name[0] == '/') {
    duv_error_set(rt, DUV_ERROR, "ERR_INVALID_ARG_VALUE",
                  "'%s' cannot name a host module: it is a core module or a path", name);
    return -1;
  }
  if (find(c, name) != NULL) {
    duv_error_set(rt, DUV_ERROR, "ERR_INVALID_ARG_VALUE", "a host module '%s' exists already", name);
    return -1;
  }
  struct duv__host_module *m = calloc(1, sizeof(*m));
  char *copy = strdup(name);
  if (m == NULL || copy == NULL) {
    free(m);
    free(copy);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return -1;
  }
  m->name = copy;
  m->def = def;
  m->next = c->host_modules;
  c->host_modules = m;
  return 0;
}

void duv__capi_free_host_modules(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  if (c == NULL) return;
  while (c->host_modules != NULL) {
    struct duv__host_module *m = c->host_modules;
    c->host_modules = m->next;
    free(m->name);
    free(m);
  }
}

/* has(name) -> whether a host module has that name. */
static duk_ret_t js_has(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_push_boolean(ctx, duk_is_string(ctx, 0) && find(rt->capi, duk_get_string(ctx, 0)) != NULL);
  return 1;
}

/* load(name) -> the module's exports, made on the first call. */
static duk_ret_t js_load(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  struct duv__host_module *m = find(rt->capi, duk_require_string(ctx, 0));
  if (m == NULL) return duk_error(ctx, DUK_ERR_ERROR, "no host module '%s'", duk_get_string(ctx, 0));
  duv_error_clear(rt);
  return duv__capi_return(rt, duv_module_load(rt, m->def));
}

void duv__binding_host_modules(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"has", js_has, 1}, {"load", js_load, 1}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
