/* Every calling convention, constants of each type, and an init hook that
 * adds to exports (test/js/addons/test-addons-conventions.js). */
#include <duv.h>

typedef struct {
  double inits;
} conv_state;

static duv_value_t *fast(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                         size_t argc) {
  (void)self;
  double sum = 0, d;
  for (size_t i = 0; i < argc; i++) {
    if (duv_number_get(rt, argv[i], &d) < 0) return NULL;
    sum += d;
  }
  return duv_number_new(rt, sum);
}

static duv_value_t *this_of(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                            size_t argc) {
  (void)argv, (void)argc;
  return duv_value_dup(rt, self);
}

static duv_value_t *noargs(duv_runtime_t *rt, duv_value_t *self) {
  (void)self;
  return duv_string_new(rt, "noargs", DUV_NTS);
}

static duv_value_t *one(duv_runtime_t *rt, duv_value_t *self, duv_value_t *arg) {
  (void)self;
  return duv_value_dup(rt, arg);
}

static duv_value_t *varargs(duv_runtime_t *rt, duv_value_t *self, duv_value_t *args) {
  (void)self;
  return duv_value_dup(rt, args);
}

static duv_value_t *fail(duv_runtime_t *rt, duv_value_t *self) {
  (void)self;
  duv_error_set(rt, DUV_RANGE_ERROR, "ERR_CONV_FAIL", "failed on purpose");
  return NULL;
}

static duv_value_t *inits(duv_runtime_t *rt, duv_value_t *self) {
  (void)self;
  conv_state *s = duv_function_data(rt);
  return duv_number_new(rt, s->inits);
}

static const duv_method_def methods[] = {{"fast", fast, DUV_METH_FASTCALL, 2, NULL},
                                         {"thisOf", this_of, DUV_METH_FASTCALL, 0, NULL},
                                         {"noargs", DUV_CFUNC(noargs), DUV_METH_NOARGS, 0, NULL},
                                         {"one", DUV_CFUNC(one), DUV_METH_O, 1, NULL},
                                         {"varargs", DUV_CFUNC(varargs), DUV_METH_VARARGS, 0, NULL},
                                         {"fail", DUV_CFUNC(fail), DUV_METH_NOARGS, 0, NULL},
                                         {"inits", DUV_CFUNC(inits), DUV_METH_NOARGS, 0, NULL},
                                         {NULL, NULL, 0, 0, NULL}};

static const duv_const_def constants[] = {{"NUM", DUV_CONST_NUMBER, 42.5, NULL},
                                          {"STR", DUV_CONST_STRING, 0, "caf\xc3\xa9"},
                                          {"YES", DUV_CONST_BOOLEAN, 1, NULL},
                                          {"NO", DUV_CONST_BOOLEAN, 0, NULL},
                                          {NULL, 0, 0, NULL}};

static const duv_module_def conventions_module;

static const duv_method_def nested_methods[] = {{"sum", fast, DUV_METH_FASTCALL, 2, NULL},
                                                {NULL, NULL, 0, 0, NULL}};

static int init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  conv_state *s = state;
  s->inits++;
  /* The state is reachable by definition while init runs. */
  if (duv_module_add_object(
          rt, exports, "stateFound",
          duv_boolean_new(rt, duv_module_state(rt, &conventions_module) == state)) < 0)
    return -1;
  duv_value_t *nested = duv_object_new(rt);
  if (nested == NULL) return -1;
  int rc = duv_module_add_functions(rt, nested, nested_methods, state);
  if (rc == 0) rc = duv_module_add_number(rt, nested, "n", 7);
  if (rc == 0) rc = duv_module_add_string(rt, nested, "s", "nested");
  if (rc == 0) rc = duv_module_add_object(rt, exports, "nested", nested);
  duv_value_release(rt, nested);
  return rc;
}

static const duv_module_def conventions_module = {
    .struct_size = sizeof(duv_module_def),
    .name = "conventions",
    .methods = methods,
    .constants = constants,
    .state_size = sizeof(conv_state),
    .init = init,
};

DUV_ADDON(conventions_module)
