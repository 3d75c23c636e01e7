/*
 * Contexts of the vm module: a context is a Duktape thread made with its own
 * global environment (fresh built-ins, its own global object) in the same
 * heap, so values pass between contexts as they are, as between V8 contexts.
 * The thread is kept by a hidden property of its global object.
 */
#include "internal.h"

#define THREAD_KEY DUK_HIDDEN_SYMBOL("vmThread")

/* newContext() -> the global object of a new context. */
static duk_ret_t js_new_context(duk_context *ctx) {
  duk_push_thread_new_globalenv(ctx);
  duk_context *thread = duk_get_context(ctx, -1);
  duk_push_global_object(thread);
  duk_xmove_top(ctx, thread, 1);
  duk_dup(ctx, -2);
  duk_put_prop_string(ctx, -2, THREAD_KEY);
  return 1;
}

/* isContext(object) -> whether it is the global object of a context. */
static duk_ret_t js_is_context(duk_context *ctx) {
  duk_push_boolean(ctx, duk_is_object(ctx, 0) && duk_has_prop_string(ctx, 0, THREAD_KEY));
  return 1;
}

/* [ source filename ] on thread -> [ result ] or [ error ]: 0 or -1. */
static duk_ret_t run_in_thread(duk_context *thread, void *udata) {
  (void)udata;
  duk_compile(thread, 0);
  duk_call(thread, 0);
  return 1;
}

/*
 * runInContext(global, source, filename) -> the completion value of source
 * run as global code of the context whose global object is given; what it
 * throws is rethrown here (an error object of the context's own realm).
 */
static duk_ret_t js_run_in_context(duk_context *ctx) {
  duk_require_object(ctx, 0);
  duk_require_string(ctx, 1);
  duk_require_string(ctx, 2);
  if (!duk_get_prop_string(ctx, 0, THREAD_KEY) || !duk_is_thread(ctx, -1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "not a vm context");
  duk_context *thread = duk_get_context(ctx, -1);
  if (!duk_check_stack(thread, 4)) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  duk_dup(ctx, 1);
  duk_dup(ctx, 2);
  duk_xmove_top(thread, ctx, 2);
  duk_int_t rc = duk_safe_call(thread, run_in_thread, NULL, 2, 1);
  duk_xmove_top(ctx, thread, 1);
  if (rc != DUK_EXEC_SUCCESS) return duk_throw(ctx);
  return 1;
}

void duv__binding_vm_context(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"newContext", js_new_context, 0},
      {"isContext", js_is_context, 1},
      {"runInContext", js_run_in_context, 3},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
