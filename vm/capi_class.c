/*
 * Classes backed by C structs (include/duv.h, "Classes").
 *
 * Each instance carries, under a hidden key of its own, a pointer to a block
 * {def, data[]}: the definition's address is the type tag, read as an own
 * property only (an object inheriting from an instance is not one). The
 * block is freed by the instance's finalizer, which Duktape also runs at
 * heap destruction, so every instance's data is finalized exactly once.
 * Constructors and prototypes are made once per runtime and kept in the
 * stash; the registry maps a definition to them.
 */
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "capi.h"

#define INSTANCE_KEY DUK_HIDDEN_SYMBOL("duvInstance")

typedef struct {
  const duv_class_def *def;
  max_align_t data[];
} instance_block;

struct duv__class {
  const duv_class_def *def;
  void *data;             /* duv_function_data() for its functions */
  duv_value_t *ctor;      /* kept for the runtime's life */
  duv_value_t *proto;
  struct duv__getset_fn *accessors; /* one record per getset entry */
  struct duv__class *next;
};

struct duv__getset_fn {
  const duv_getset_def *gs;
  void *data;
};

static struct duv__class *find_class(duv__capi *c, const duv_class_def *def) {
  for (struct duv__class *k = c->classes; k != NULL; k = k->next)
    if (k->def == def) return k;
  return NULL;
}

/* The instance's block, read as an own hidden property: NULL if none. */
static instance_block *block_of(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return NULL;
  idx = duk_normalize_index(ctx, idx);
  duk_push_string(ctx, INSTANCE_KEY);
  if (!duv__duk_get_own_hidden(ctx, idx)) return NULL;
  instance_block *b = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  return b;
}

static duk_ret_t instance_finalizer(duk_context *ctx) {
  instance_block *b = block_of(ctx, 0);
  if (b == NULL) return 0;
  duk_push_string(ctx, INSTANCE_KEY);
  duv__duk_del_own_hidden(ctx, 0);
  if (b->def->finalize != NULL) b->def->finalize(b->data);
  free(b);
  return 0;
}

/* [ ... obj ] : attach a zeroed block and the finalizer (protected). */
static duk_ret_t attach_block(duk_context *ctx, void *udata) {
  instance_block *b = udata;
  duk_push_pointer(ctx, b);
  duk_put_prop_string(ctx, -2, INSTANCE_KEY);
  duk_push_c_function(ctx, instance_finalizer, 1);
  duk_set_finalizer(ctx, -2);
  return 0;
}

static instance_block *new_block(duv_runtime_t *rt, const duv_class_def *def) {
  instance_block *b = calloc(1, sizeof(*b) + (def->data_size ? def->data_size : 1));
  if (b == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  b->def = def;
  return b;
}

/* Attach a block to the object at the top; on failure the block is freed
 * (no finalizer ran: init never saw it). */
static instance_block *make_instance(duv_runtime_t *rt, const duv_class_def *def) {
  instance_block *b = new_block(rt, def);
  if (b == NULL) return NULL;
  duk_dup_top(rt->ctx);
  if (duv__capi_protect(rt, attach_block, b, 1, 1) != 0) {
    duk_pop(rt->ctx);
    free(b);
    return NULL;
  }
  duk_pop(rt->ctx);
  return b;
}

/* The constructor: `new Name(...)` makes the instance and runs init. */
static duk_ret_t class_construct(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duv__capi *c = rt->capi;
  duk_push_current_function(ctx);
  duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("duvClass"));
  struct duv__class *k = duk_get_pointer(ctx, -1);
  duk_pop_2(ctx);
  const duv_class_def *def = k->def;
  if (!duk_is_constructor_call(ctx))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor %s cannot be invoked without 'new'",
                     def->name);
  if (def->init == NULL) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Illegal constructor");
  duk_idx_t argc = duk_get_top(ctx);
  duk_push_this(ctx); /* the new object, whose prototype is ours */
  if (c->err_state != DUV__ERR_NONE) duv_error_clear(rt);
  instance_block *b = make_instance(rt, def);
  if (b == NULL) {
    duv__capi_push_pending(rt);
    return duk_throw(ctx);
  }
  duv_value_t *inline_argv[16];
  duv_value_t **argv = inline_argv;
  if (argc > 16) {
    argv = malloc((size_t)argc * sizeof(*argv));
    if (argv == NULL) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  }
  for (duk_idx_t i = 0; i < argc; i++) argv[i] = DUV__TAG(i);
  void *saved = c->cur_data;
  c->cur_data = k->data;
  c->depth++;
  int rc = def->init(rt, DUV__TAG(argc), b->data, argv, (size_t)argc);
  c->depth--;
  c->cur_data = saved;
  if (argv != inline_argv) free(argv);
  if (rc != 0 || duv_error_occurred(rt)) {
    if (!duv_error_occurred(rt))
      duv_error_set(rt, DUV_TYPE_ERROR, NULL, "%s: init failed without setting an exception",
                    def->name);
    duv__capi_push_pending(rt);
    return duk_throw(ctx);
  }
  return 0; /* the default instance */
}

/* Accessors go through the trampoline as FASTCALL functions whose data is
 * the getset record; the record's own data is what they see. */
static duv_value_t *getter(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                           size_t argc) {
  (void)argv, (void)argc;
  struct duv__getset_fn *g = duv_function_data(rt);
  rt->capi->cur_data = g->data;
  return g->gs->get(rt, self);
}

static duv_value_t *setter(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                           size_t argc) {
  struct duv__getset_fn *g = duv_function_data(rt);
  rt->capi->cur_data = g->data;
  if (g->gs->set(rt, self, argc > 0 ? argv[0] : duv_undefined(rt)) != 0) {
    if (!duv_error_occurred(rt))
      duv_error_set(rt, DUV_TYPE_ERROR, NULL, "setter '%s' failed without setting an exception",
                    g->gs->name);
    return NULL;
  }
  return duv_undefined(rt);
}

/* Handles pushed inside a safe call must be real entries, never tagged
 * arguments: a safe call rebases the value-stack indices. */
typedef struct {
  duv_runtime_t *rt;
  duv_value_t *target, *get, *set;
  const char *name;
} accessor_spec;

static duk_ret_t define_accessor(duk_context *ctx, void *udata) {
  accessor_spec *a = udata;
  duv__capi_push(a->rt, a->target);
  duk_push_string(ctx, a->name);
  duv__capi_push(a->rt, a->get);
  duk_uint_t flags = DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE;
  duk_idx_t obj = -3;
  if (a->set != NULL) {
    duv__capi_push(a->rt, a->set);
    flags |= DUK_DEFPROP_HAVE_SETTER;
    obj = -4;
  }
  duk_def_prop(ctx, obj, flags);
  duk_pop(ctx);
  return 0;
}

static int add_accessors(duv_runtime_t *rt, struct duv__class *k) {
  const duv_getset_def *gs = k->def->getset;
  if (gs == NULL) return 0;
  size_t n = 0;
  while (gs[n].name != NULL) n++;
  k->accessors = calloc(n ? n : 1, sizeof(*k->accessors));
  if (k->accessors == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return -1;
  }
  for (size_t i = 0; i < n; i++) {
    if (gs[i].get == NULL) {
      duv_error_set(rt, DUV_TYPE_ERROR, NULL, "class %s: accessor '%s' has no getter",
                    k->def->name, gs[i].name);
      return -1;
    }
    k->accessors[i].gs = &gs[i];
    k->accessors[i].data = k->data;
    duv_value_t *get = duv_function_new(rt, gs[i].name, getter, 0, &k->accessors[i]);
    duv_value_t *set =
        get != NULL && gs[i].set ? duv_function_new(rt, gs[i].name, setter, 1, &k->accessors[i]) : NULL;
    int rc = -1;
    if (get != NULL && (gs[i].set == NULL || set != NULL)) {
      accessor_spec spec = {rt, k->proto, get, set, gs[i].name};
      rc = duv__capi_protect(rt, define_accessor, &spec, 0, 1);
      duk_pop(rt->ctx);
    }
    duv_value_release(rt, get);
    duv_value_release(rt, set);
    if (rc != 0) return -1;
  }
  return 0;
}

/* [ ] -> [ ctor proto ]: the constructor function and its prototype. */
static duk_ret_t make_ctor(duk_context *ctx, void *udata) {
  struct duv__class *k = udata;
  duk_push_c_function(ctx, class_construct, DUK_VARARGS);
  duk_push_pointer(ctx, k);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("duvClass"));
  duk_push_string(ctx, "name");
  duk_push_string(ctx, k->def->name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_object(ctx); /* the prototype */
  duk_dup(ctx, -2);
  duk_put_prop_string(ctx, -2, "constructor");
  duk_push_string(ctx, "constructor");
  duk_def_prop(ctx, -2, DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_push_string(ctx, "prototype");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_CLEAR_WRITABLE |
                           DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_CLEAR_CONFIGURABLE);
  /* Object.prototype.toString gives [object Name]. */
  duk_push_global_object(ctx);
  duk_get_prop_string(ctx, -1, "Symbol");
  duk_get_prop_string(ctx, -1, "toStringTag");
  duk_push_string(ctx, k->def->name);
  duk_def_prop(ctx, -5, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_pop_2(ctx);
  return 2;
}

static void free_class(struct duv__class *k) {
  free(k->accessors);
  free(k);
}

duv_value_t *duv_class_get(duv_runtime_t *rt, const duv_class_def *def, void *data) {
  if (duv_error_occurred(rt)) return NULL;
  duv__capi *c = rt->capi;
  struct duv__class *k = find_class(c, def);
  if (k != NULL) return duv_value_dup(rt, k->ctor);
  if (def == NULL || def->struct_size < sizeof(duv_class_def) || def->name == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, NULL, "duv_class_get: malformed class definition");
    return NULL;
  }
  k = calloc(1, sizeof(*k));
  if (k == NULL) {
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  k->def = def;
  k->data = data;
  if (duv__capi_protect(rt, make_ctor, k, 0, 2) != 0) {
    duk_pop_2(rt->ctx);
    free_class(k);
    return NULL;
  }
  k->proto = duv__capi_pop_handle(rt);
  k->ctor = duv__capi_pop_handle(rt);
  if (k->proto != NULL) k->proto->internal = 1;
  if (k->ctor != NULL) k->ctor->internal = 1;
  if (k->proto == NULL || k->ctor == NULL ||
      (def->methods != NULL && duv_module_add_functions(rt, k->proto, def->methods, data) < 0) ||
      add_accessors(rt, k) < 0 ||
      (def->statics != NULL && duv_module_add_functions(rt, k->ctor, def->statics, data) < 0)) {
    duv_value_release(rt, k->proto);
    duv_value_release(rt, k->ctor);
    free_class(k);
    return NULL;
  }
  k->next = c->classes;
  c->classes = k;
  return duv_value_dup(rt, k->ctor);
}

duv_value_t *duv_class_instance_new(duv_runtime_t *rt, const duv_class_def *def, void **data) {
  if (duv_error_occurred(rt)) return NULL;
  duv_value_t *ctor = duv_class_get(rt, def, NULL);
  if (ctor == NULL) return NULL;
  duv_value_release(rt, ctor);
  struct duv__class *k = find_class(rt->capi, def);
  duk_context *ctx = rt->ctx;
  /* A plain object whose prototype is the class's: init does not run. */
  duv_value_t *obj = duv_object_new(rt);
  if (obj == NULL) return NULL;
  duv__capi_push(rt, obj);
  duv__capi_push(rt, k->proto);
  duk_set_prototype(ctx, -2);
  instance_block *b = make_instance(rt, def);
  duk_pop(ctx);
  if (b == NULL) {
    duv_value_release(rt, obj);
    return NULL;
  }
  if (data != NULL) *data = b->data;
  return obj;
}

void *duv_class_data(duv_runtime_t *rt, duv_value_t *v, const duv_class_def *def) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v);
  instance_block *b = block_of(ctx, -1);
  if (b != NULL && b->def == def) {
    duk_pop(ctx);
    return b->data;
  }
  duv__push_received(ctx, -1);
  duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                "The value must be an instance of %s. %s", def && def->name ? def->name : "?",
                duk_get_string(ctx, -1));
  duk_pop_2(ctx);
  return NULL;
}

int duv_module_add_class(duv_runtime_t *rt, duv_value_t *obj, const duv_class_def *def, void *data) {
  duv_value_t *ctor = duv_class_get(rt, def, data);
  if (ctor == NULL) return -1;
  int rc = duv_object_set(rt, obj, def->name, ctor);
  duv_value_release(rt, ctor);
  return rc;
}

void duv__capi_free_classes(duv_runtime_t *rt) {
  duv__capi *c = rt->capi;
  if (c == NULL) return;
  while (c->classes != NULL) {
    struct duv__class *k = c->classes;
    c->classes = k->next;
    free_class(k);
  }
}
