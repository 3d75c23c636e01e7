/*
 * hello: the smallest complete duv addon (docs/extending.md, "Your first
 * addon"). A method table, a constant, per-runtime state counting calls,
 * and the entry point. Built against <duv.h> alone.
 *
 *   var hello = require('./hello.node');
 *   hello.greet('duv');   // 'Hello, duv!'
 *   hello.calls();        // 1: greet() calls made in this runtime
 *   hello.VERSION;        // '1.0.0'
 */
#include <duv.h>
#include <stdio.h>

/* The module's state: one per runtime that loads the addon. */
typedef struct {
  double calls;
} hello_state;

/* greet(name): "Hello, <name>!". */
static duv_value_t *greet(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                          size_t argc) {
  (void)self;
  hello_state *state = duv_function_data(rt);
  if (argc < 1) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_MISSING_ARGS",
                  "The \"name\" argument must be specified");
    return NULL;
  }
  size_t len;
  const char *name = duv_string_get(rt, argv[0], &len);
  if (name == NULL) return NULL; /* a TypeError is pending */
  state->calls++;
  char text[256];
  int n = snprintf(text, sizeof(text), "Hello, %.*s!", (int)(len > 200 ? 200 : len), name);
  return duv_string_new(rt, text, (size_t)n);
}

/* calls(): how many times greet() succeeded in this runtime. */
static duv_value_t *calls(duv_runtime_t *rt, duv_value_t *self) {
  (void)self;
  hello_state *state = duv_function_data(rt);
  return duv_number_new(rt, state->calls);
}

static const duv_method_def hello_methods[] = {
    {"greet", greet, DUV_METH_FASTCALL, 1, "greet(name): a greeting"},
    {"calls", DUV_CFUNC(calls), DUV_METH_NOARGS, 0, "calls(): greet() calls so far"},
    {NULL, NULL, 0, 0, NULL}};

static const duv_const_def hello_constants[] = {{"VERSION", DUV_CONST_STRING, 0, "1.0.0"},
                                                {NULL, 0, 0, NULL}};

static const duv_module_def hello_module = {
    .struct_size = sizeof(duv_module_def),
    .name = "hello",
    .doc = "The smallest complete duv addon.",
    .methods = hello_methods,
    .constants = hello_constants,
    .state_size = sizeof(hello_state),
};

DUV_ADDON(hello_module)
