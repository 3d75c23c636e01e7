/*
 * Modules of the extension API (include/duv.h, "Modules"): making a
 * duv_module_def in a runtime, its per-runtime state, and the helpers that
 * fill an exports object.
 *
 * A runtime keeps a list of the modules made in it, keyed by the address of
 * their definition (no global registry, no counter: PEP 630, and the QuickJS
 * class-id lesson). The module's functions carry its state as their
 * function data, so a function reaches its state in one load; the list is
 * only scanned by duv_module_load() and duv_module_state().
 */
#include <stdlib.h>
#include <string.h>

#include "capi.h"

typedef struct duv__module {
  struct duv__module *next;
  const duv_module_def *def;
  void *state;
  duv_value_t *exports; /* a reference held for the runtime's life */
} duv__module;

/* The fields a def must have for this version to read it. */
#define DEF_MIN_SIZE (offsetof(duv_module_def, free) + sizeof(((duv_module_def *)0)->free))

static duv__module *find(duv__capi *c, const duv_module_def *def) {
  for (duv__module *m = c->modules; m != NULL; m = m->next)
    if (m->def == def) return m;
  return NULL;
}

void *duv_module_state(duv_runtime_t *rt, const duv_module_def *def) {
  duv__module *m = find(rt->capi, def);
  return m != NULL ? m->state : NULL;
}

static void free_module(duv__module *m) {
  if (m->def->free != NULL) m->def->free(m->state);
  free(m->state);
  free(m);
}

void duv__modules_free(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  if (c == NULL) return;
  /* The heap is gone: the exports references are not released, only
   * forgotten (the handle table goes with duv__capi_free). */
  while (c->modules != NULL) {
    duv__module *m = c->modules;
    c->modules = m->next;
    free_module(m);
  }
}

duv_value_t *duv_module_load(duv_runtime_t *rt, const duv_module_def *def) {
  if (duv_error_occurred(rt)) return NULL;
  duv__capi *c = rt->capi;
  duv__module *m = find(c, def);
  if (m != NULL) return duv_value_dup(rt, m->exports);
  if (def == NULL || def->struct_size < DEF_MIN_SIZE) {
    duv_error_set(rt, DUV_TYPE_ERROR, NULL,
                  "module definition '%s' has struct_size %zu; this runtime needs at least %zu",
                  def != NULL && def->struct_size >= offsetof(duv_module_def, doc) && def->name
                      ? def->name
                      : "?",
                  def != NULL ? def->struct_size : (size_t)0, (size_t)DEF_MIN_SIZE);
    return NULL;
  }
  m = calloc(1, sizeof(*m));
  if (m == NULL) goto oom;
  m->def = def;
  if (def->state_size > 0) {
    m->state = calloc(1, def->state_size);
    if (m->state == NULL) {
      free(m);
      goto oom;
    }
  }
  m->exports = duv_object_new(rt);
  if (m->exports != NULL) m->exports->internal = 1; /* held for the runtime's life */
  if (m->exports == NULL) {
    free(m->state);
    free(m);
    return NULL;
  }
  if ((def->methods != NULL &&
       duv_module_add_functions(rt, m->exports, def->methods, m->state) < 0) ||
      (def->constants != NULL && duv_module_add_constants(rt, m->exports, def->constants) < 0)) {
    duv_value_release(rt, m->exports);
    free(m->state);
    free(m);
    return NULL;
  }
  /* Registered before init runs, so that init (and what it calls) finds the
   * state through duv_module_state(). */
  m->next = c->modules;
  c->modules = m;
  if (def->init != NULL) {
    int rc = def->init(rt, m->exports, m->state);
    if (rc != 0 || duv_error_occurred(rt)) {
      if (!duv_error_occurred(rt))
        duv_error_set(rt, DUV_ERROR, NULL, "module '%s': init failed without setting an exception",
                      def->name ? def->name : "?");
      c->modules = m->next;
      duv_value_release(rt, m->exports);
      free_module(m);
      return NULL;
    }
  }
  return duv_value_dup(rt, m->exports);
oom:
  duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
  return NULL;
}

int duv_module_add_functions(duv_runtime_t *rt, duv_value_t *obj, const duv_method_def *defs,
                             void *data) {
  if (duv_error_occurred(rt)) return -1;
  for (const duv_method_def *d = defs; d->name != NULL; d++) {
    if (d->flags > DUV_METH_VARARGS || d->fn == NULL) {
      duv_error_set(rt, DUV_TYPE_ERROR, NULL, "function '%s': %s", d->name,
                    d->fn == NULL ? "no C function" : "unknown calling convention");
      return -1;
    }
    int length = d->length > 0xffff ? 0xffff : (int)d->length;
    duv_value_t *fn = duv__function_new_conv(rt, d->name, d->fn, d->flags, length, data);
    if (fn == NULL) return -1;
    int rc = duv_object_set(rt, obj, d->name, fn);
    duv_value_release(rt, fn);
    if (rc < 0) return -1;
  }
  return 0;
}

int duv_module_add_constants(duv_runtime_t *rt, duv_value_t *obj, const duv_const_def *defs) {
  if (duv_error_occurred(rt)) return -1;
  for (const duv_const_def *d = defs; d->name != NULL; d++) {
    int rc;
    switch (d->type) {
      case DUV_CONST_NUMBER:
        rc = duv_module_add_number(rt, obj, d->name, d->number);
        break;
      case DUV_CONST_STRING:
        rc = duv_module_add_string(rt, obj, d->name, d->string != NULL ? d->string : "");
        break;
      case DUV_CONST_BOOLEAN:
        rc = duv_module_add_object(rt, obj, d->name, duv_boolean_new(rt, d->number != 0));
        break;
      default:
        duv_error_set(rt, DUV_TYPE_ERROR, NULL, "constant '%s': unknown type %u", d->name,
                      (unsigned)d->type);
        return -1;
    }
    if (rc < 0) return -1;
  }
  return 0;
}

int duv_module_add_object(duv_runtime_t *rt, duv_value_t *obj, const char *name,
                          duv_value_t *value) {
  if (duv_error_occurred(rt)) return -1;
  if (value == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, NULL, "duv_module_add_object: no value for '%s'", name);
    return -1;
  }
  return duv_object_set(rt, obj, name, value);
}

int duv_module_add_number(duv_runtime_t *rt, duv_value_t *obj, const char *name, double value) {
  if (duv_error_occurred(rt)) return -1;
  duv_value_t *v = duv_number_new(rt, value);
  if (v == NULL) return -1;
  int rc = duv_object_set(rt, obj, name, v);
  duv_value_release(rt, v);
  return rc;
}

int duv_module_add_string(duv_runtime_t *rt, duv_value_t *obj, const char *name, const char *utf8) {
  if (duv_error_occurred(rt)) return -1;
  duv_value_t *v = duv_string_new(rt, utf8, DUV_NTS);
  if (v == NULL) return -1;
  int rc = duv_object_set(rt, obj, name, v);
  duv_value_release(rt, v);
  return rc;
}
