/*
 * template: copy this folder to start an addon (as CPython's xxlimited.c).
 *
 * Rename the module ("template" below and in addons/SConscript), replace
 * the example function, and keep the shape: a method table, a constant
 * table, per-runtime state instead of C globals (an addon may be loaded by
 * several runtimes of one process, on different threads), an init hook that
 * fills the state, and a free hook that releases what the state owns.
 * docs/extending.md explains each part.
 */
#include <duv.h>
#include <stdlib.h>
#include <string.h>

/* Per-runtime state. Zeroed by duv before init runs. */
typedef struct {
  char *prefix; /* owned: freed by template_free */
} template_state;

/* example(text): prefix + text. Arguments are borrowed; the result is a new
 * reference; on failure return NULL with an exception pending. */
static duv_value_t *example(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                            size_t argc) {
  (void)self;
  template_state *state = duv_function_data(rt);
  if (argc < 1) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_MISSING_ARGS",
                  "The \"text\" argument must be specified");
    return NULL;
  }
  size_t len;
  const char *text = duv_string_get(rt, argv[0], &len);
  if (text == NULL) return NULL;
  size_t plen = strlen(state->prefix);
  char *joined = malloc(plen + len + 1);
  if (joined == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  memcpy(joined, state->prefix, plen);
  memcpy(joined + plen, text, len);
  duv_value_t *result = duv_string_new(rt, joined, plen + len);
  free(joined);
  return result;
}

static const duv_method_def template_methods[] = {
    {"example", example, DUV_METH_FASTCALL, 1, "example(text): prefix + text"},
    {NULL, NULL, 0, 0, NULL}};

static const duv_const_def template_constants[] = {{"ANSWER", DUV_CONST_NUMBER, 42, NULL},
                                                   {NULL, 0, 0, NULL}};

/* Runs once per runtime, after the methods and constants are on exports. */
static int template_init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  template_state *s = state;
  s->prefix = strdup("template: ");
  if (s->prefix == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return -1;
  }
  return duv_module_add_string(rt, exports, "name", "template");
}

/* Runs once per runtime at its teardown, after its heap is gone: release C
 * resources only, call no duv_* function. */
static void template_free(void *state) {
  template_state *s = state;
  free(s->prefix);
}

static const duv_module_def template_module = {
    .struct_size = sizeof(duv_module_def),
    .name = "template",
    .doc = "A starting point for duv addons.",
    .methods = template_methods,
    .constants = template_constants,
    .state_size = sizeof(template_state),
    .init = template_init,
    .free = template_free,
};

DUV_ADDON(template_module)
