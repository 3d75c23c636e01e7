/*
 * Native functions of the extension API (include/duv.h, "Functions").
 *
 * Every native function is one shared Duktape C function, the trampoline;
 * its 16-bit magic indexes the runtime's table of {fn, data, name}. The
 * trampoline hands the C function its arguments as tagged borrowed handles
 * (value-stack indices: no allocation), then pushes the returned value, or
 * throws the pending exception once the C function has returned, so that no
 * longjmp ever crosses the addon's frames. The record's calling convention
 * (DUV_METH_*) is checked once: FASTCALL, the default, stays the straight
 * path; the others go through call_other().
 */
#include <stdlib.h>
#include <string.h>

#include "capi.h"

#define MAX_FUNCS 65535
#define INLINE_ARGS 16

static void free_scratch(duv__capi *c) {
  while (c->scratch != NULL && c->scratch->depth >= c->depth) {
    duv__scratch *next = c->scratch->next;
    free(c->scratch);
    c->scratch = next;
  }
}

/* [ ... args ] -> [ ... array ]; udata is the count (a safe call sees the
 * whole value stack, not only its arguments). */
static duk_ret_t pack_args(duk_context *ctx, void *udata) {
  duv__duk_pack(ctx, (duk_idx_t)(intptr_t)udata);
  return 1;
}

/* Calls a function of a convention other than FASTCALL: returns its result,
 * or NULL with an exception pending (also when the arguments array cannot
 * be made, in which case fn is not called). */
static duv_value_t *call_other(duv_runtime_t *rt, const duv__cfunc *f, duk_idx_t argc) {
  duk_context *ctx = rt->ctx;
  duv_value_t *self = DUV__TAG(argc);
  duv__capi *c = rt->capi;
  duv_value_t *result = NULL;
  void *saved_data = c->cur_data;
  c->cur_data = f->data;
  c->depth++;
  switch (f->conv) {
    case DUV_METH_NOARGS:
      result = ((duv_cfunction_noargs)(void (*)(void))f->fn)(rt, self);
      break;
    case DUV_METH_O:
      result = ((duv_cfunction_o)(void (*)(void))f->fn)(rt, self,
                                                        argc > 0 ? DUV__TAG(0) : duv_undefined(rt));
      break;
    default: { /* DUV_METH_VARARGS */
      duv_value_t *args = NULL;
      if (!duk_check_stack(ctx, argc + 2)) {
        duv_error_set(rt, DUV_RANGE_ERROR, NULL, "too many arguments (%ld)", (long)argc);
      } else {
        for (duk_idx_t i = 0; i < argc; i++) duk_dup(ctx, i);
        if (duv__capi_protect(rt, pack_args, (void *)(intptr_t)argc, argc, 1) != 0)
          duk_pop(ctx);
        else
          args = duv__capi_pop_handle(rt);
      }
      if (args != NULL) {
        result = ((duv_cfunction_varargs)(void (*)(void))f->fn)(rt, self, args);
        duv_value_release(rt, args);
      }
      break;
    }
  }
  c->depth--;
  c->cur_data = saved_data;
  return result;
}

static duk_ret_t trampoline(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duv__capi *c = rt->capi;
  const duv__cfunc *f = &c->funcs[duk_get_current_magic(ctx) & 0xffff];
  duk_idx_t argc = duk_get_top(ctx);
  duk_push_this(ctx); /* self at index argc */

  /* A pending exception left by host code is not this call's. */
  if (c->err_state != DUV__ERR_NONE) duv_error_clear(rt);
  duv_value_t *result;
  if (f->conv == DUV_METH_FASTCALL) {
    duv_value_t *inline_argv[INLINE_ARGS];
    duv_value_t **argv = inline_argv;
    if (argc > INLINE_ARGS) {
      argv = malloc((size_t)argc * sizeof(*argv));
      if (argv == NULL) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    for (duk_idx_t i = 0; i < argc; i++) argv[i] = DUV__TAG(i);

    void *saved_data = c->cur_data;
    c->cur_data = f->data;
    c->depth++;
    result = f->fn(rt, DUV__TAG(argc), argv, (size_t)argc);
    c->depth--;
    c->cur_data = saved_data;
    if (argv != inline_argv) free(argv);
  } else {
    result = call_other(rt, f, argc);
  }

  if (result == NULL || duv_error_occurred(rt)) {
    duv_value_release(rt, result);
    free_scratch(c);
    if (!duv_error_occurred(rt)) {
      duv_error_set(rt, DUV_TYPE_ERROR, NULL,
                    "native function '%s' returned NULL without setting an exception", f->name);
    }
    duv__capi_push_pending(rt);
    return duk_throw(ctx);
  }
  if (!DUV__TAGGED(result) && result->kind == DUV__V_NUMBER) {
    /* The common result, a number kept in its handle: push it and give the
     * entry back to the free list here, without the general release. */
    duk_push_number(ctx, result->u.num);
    result->kind = DUV__V_FREE;
    result->u.next_free = c->free_list;
    c->free_list = result;
  } else {
    duv__capi_push(rt, result);
    duv_value_release(rt, result);
  }
  if (c->scratch != NULL) free_scratch(c);
  return 1;
}

typedef struct {
  const char *name;
  int length;
  duk_int_t magic;
} fn_spec;

static duk_ret_t make_function(duk_context *ctx, void *udata) {
  fn_spec *spec = udata;
  duk_push_c_function(ctx, trampoline, DUK_VARARGS);
  duk_set_magic(ctx, -1, spec->magic);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, spec->name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_string(ctx, "length");
  duk_push_int(ctx, spec->length);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

duv_value_t *duv_function_new(duv_runtime_t *rt, const char *name, duv_cfunction fn, int length,
                              void *data) {
  return duv__function_new_conv(rt, name, fn, DUV_METH_FASTCALL, length, data);
}

duv_value_t *duv__function_new_conv(duv_runtime_t *rt, const char *name, duv_cfunction fn,
                                    uint32_t conv, int length, void *data) {
  if (duv_error_occurred(rt)) return NULL;
  duv__capi *c = rt->capi;
  if (c->nfuncs == MAX_FUNCS) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "too many native functions in one runtime (%d)",
                  MAX_FUNCS);
    return NULL;
  }
  if (c->nfuncs == c->funcs_cap) {
    size_t cap = c->funcs_cap ? c->funcs_cap * 2 : 16;
    duv__cfunc *funcs = realloc(c->funcs, cap * sizeof(*funcs));
    if (funcs == NULL) goto oom;
    c->funcs = funcs;
    c->funcs_cap = cap;
  }
  char *name_copy = strdup(name != NULL ? name : "");
  if (name_copy == NULL) goto oom;
  /* Magic is a signed 16-bit value in Duktape; the trampoline masks it. */
  fn_spec spec = {name_copy, length < 0 ? 0 : length, (duk_int_t)(int16_t)(uint16_t)c->nfuncs};
  if (duv__capi_protect(rt, make_function, &spec, 0, 1) != 0) {
    duk_pop(rt->ctx);
    free(name_copy);
    return NULL;
  }
  duv__cfunc *f = &c->funcs[c->nfuncs++];
  f->fn = fn;
  f->data = data;
  f->name = name_copy;
  f->conv = conv;
  return duv__capi_pop_handle(rt);
oom:
  duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
  return NULL;
}

void *duv_function_data(duv_runtime_t *rt) {
  return rt->capi->cur_data;
}

duv_value_t *duv_function_call(duv_runtime_t *rt, duv_value_t *fn, duv_value_t *self,
                               duv_value_t *const *argv, size_t argc) {
  if (duv_error_occurred(rt)) return NULL;
  duk_context *ctx = rt->ctx;
  if (!duk_check_stack(ctx, (duk_idx_t)argc + 2)) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "too many arguments (%zu)", argc);
    return NULL;
  }
  duv__capi_push(rt, fn);
  if (self != NULL)
    duv__capi_push(rt, self);
  else
    duk_push_undefined(ctx);
  for (size_t i = 0; i < argc; i++) duv__capi_push(rt, argv[i]);
  if (duk_pcall_method(ctx, (duk_idx_t)argc) != 0) {
    duv__capi_set_pending_from_top(rt);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

duv_value_t *duv_function_construct(duv_runtime_t *rt, duv_value_t *ctor, duv_value_t *const *argv,
                                    size_t argc) {
  if (duv_error_occurred(rt)) return NULL;
  duk_context *ctx = rt->ctx;
  if (!duk_check_stack(ctx, (duk_idx_t)argc + 1)) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "too many arguments (%zu)", argc);
    return NULL;
  }
  duv__capi_push(rt, ctor);
  for (size_t i = 0; i < argc; i++) duv__capi_push(rt, argv[i]);
  if (duk_pnew(ctx, (duk_idx_t)argc) != 0) {
    duv__capi_set_pending_from_top(rt);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}
