/*
 * Bringing a runtime to life: the builtins Duktape lacks, the internal
 * bindings, and the JS bootstrap (vm/js/bootstrap.js) that builds process,
 * console, timers and require. Also the entry points that run host code.
 */
#include <string.h>

#include "capi.h"
#include "internal.h"

/* internalBinding(name): the native half of a core module, created once. */
static duk_ret_t internal_binding(duk_context *ctx) {
  const char *name = duk_require_string(ctx, 0);
  duv__stash_get(ctx, DUV__STASH_BINDINGS);
  if (duk_get_prop_string(ctx, -1, name)) return 1;
  duk_pop(ctx);
  for (const duv__binding_def *b = duv__bindings; b->name != NULL; b++) {
    if (strcmp(b->name, name) == 0) {
      duk_push_object(ctx);
      b->init(ctx);
      duk_dup_top(ctx);
      duk_put_prop_string(ctx, -3, name);
      return 1;
    }
  }
  return duk_error(ctx, DUK_ERR_ERROR, "No such binding: %s", name);
}

static const char *const hook_names[] = {
    DUV__STASH_TICKS,      DUV__STASH_UNCAUGHT,  DUV__STASH_EXIT, DUV__STASH_BEFORE_EXIT,
    DUV__STASH_IMMEDIATES, DUV__STASH_TIMEOUT,   "evalScript",    "runMain",
    "runScript",           "loadBuffer", NULL};

static duk_ret_t bootstrap_inner(duk_context *ctx, void *udata) {
  (void)udata;
  if (duv__capi_init(duv__runtime(ctx)) != 0) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  for (const duv__builtin_init *init = duv__builtins; *init != NULL; init++) (*init)(ctx);
  duk_push_object(ctx);
  duv__stash_put(ctx, DUV__STASH_HANDLES);
  duk_push_object(ctx);
  duv__stash_put(ctx, DUV__STASH_BINDINGS);
  duv__microtask_setup(ctx);
  duv__next_tick_setup(ctx);

  if (duv__push_builtin_js(ctx, "internal/bootstrap") != 0) return duk_throw(ctx);
  duk_push_undefined(ctx);                           /* this */
  duk_push_object(ctx);                              /* exports */
  duk_push_undefined(ctx);                           /* require: made by the bootstrap */
  duk_push_undefined(ctx);                           /* module */
  duk_push_c_function(ctx, internal_binding, 1);     /* internalBinding */
  duk_push_object(ctx);                              /* process */
  duv__runtime(ctx)->process_obj = duk_get_heapptr(ctx, -1);
  duk_dup_top(ctx);
  duv__stash_put(ctx, DUV__STASH_PROCESS);
  duk_call_method(ctx, 5);
  if (!duk_is_object(ctx, -1)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "bootstrap gave no hooks");
  for (const char *const *name = hook_names; *name != NULL; name++) {
    duk_get_prop_string(ctx, -1, *name);
    if (!duk_is_function(ctx, -1))
      return duk_error(ctx, DUK_ERR_TYPE_ERROR, "bootstrap hook %s missing", *name);
    duv__stash_put(ctx, *name);
  }
  return 0;
}

int duv__bootstrap(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  if (duk_safe_call(ctx, bootstrap_inner, NULL, 0, 1) != 0) {
    rt->memory_limit = 0; /* reporting the failure must not fail for the cap */
    const char *msg = duk_safe_to_stacktrace(ctx, -1);
    duv__write_stdio(rt, 2, "duv: bootstrap failed: ", 23);
    duv__write_stdio(rt, 2, msg, strlen(msg));
    duv__write_stdio(rt, 2, "\n", 1);
    duk_pop(ctx);
    return -1;
  }
  duk_pop(ctx);
  return 0;
}

int duv_runtime_eval(duv_runtime_t *rt, const char *source, size_t len, const char *filename,
                     unsigned flags) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting) return -1;
  if (len == (size_t)-1) len = strlen(source);
  rt->timer_clock_fresh = 0; /* a new turn (bindings/timers.c) */
  duv__stash_get(ctx, "evalScript");
  duk_push_undefined(ctx);
  duv__push_utf8(ctx, source, len);
  duk_push_string(ctx, filename ? filename : "[eval]");
  duk_push_boolean(ctx, (flags & DUV_EVAL_PRINT) != 0);
  int rc = duv__call_method(rt, 3);
  duk_pop(ctx);
  return rc == 0 && !rt->exiting ? 0 : -1;
}

int duv_runtime_run_main(duv_runtime_t *rt, const char *path) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting) return -1;
  rt->timer_clock_fresh = 0; /* a new turn (bindings/timers.c) */
  duv__stash_get(ctx, "runMain");
  duk_push_undefined(ctx);
  duv__push_utf8(ctx, path, strlen(path));
  int rc = duv__call_method(rt, 1);
  duk_pop(ctx);
  return rc == 0 && !rt->exiting ? 0 : -1;
}
