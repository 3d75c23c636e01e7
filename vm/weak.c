/*
 * WeakMap and WeakSet.
 *
 * Duktape has no ephemerons, so an entry lives on its key: each WeakMap or
 * WeakSet gets its own hidden key (a Duktape hidden symbol, invisible to
 * scripts: no enumeration, no getOwnPropertySymbols, no Proxy trap), and
 * `set(key, value)` defines it on the key object with the value. The
 * collection holds nothing of its keys, so an entry never keeps its key alive;
 * when the key is collected, its value goes with it. Entries are read and
 * deleted as own properties of the key itself (vm/duktape/patches/
 * 0002-own-hidden-props.patch), never through the prototype chain, so an
 * object does not see its prototype's entry and a Proxy's traps never run.
 *
 * Documented differences from an ephemeron table: a value stays reachable as
 * long as its key does, even after the WeakMap itself is gone (a cycle from
 * the value back to the key is collected by mark-and-sweep, not by reference
 * counting). Entries are defined with Duktape's forced definition, as
 * non-writable and non-configurable properties, so frozen, sealed and
 * non-extensible objects take entries too, and Object.isFrozen/isSealed of a
 * key do not change.
 */
#include "builtins.h"

#define KEY_SYMBOL DUK_HIDDEN_SYMBOL("duvWeakKey")
#define STASH_COUNTER "weakCounter"

enum { TYPE_WEAKMAP = 1, TYPE_WEAKSET = 2 };

static const char *const type_names[] = {"", "WeakMap", "WeakSet"};

/* Push the hidden symbol of the WeakMap/WeakSet `this`, checking its type. */
static void push_symbol(duk_context *ctx, int type, const char *method) {
  duk_push_this(ctx);
  int ok =
      duk_is_object(ctx, -1) && duk_get_prop_literal(ctx, -1, KEY_SYMBOL) && duk_is_string(ctx, -1);
  if (ok) {
    /* The symbol's text starts with the type's letter, M or S. */
    const char *s = duk_get_string(ctx, -1);
    ok = s[sizeof("\xFF"
                  "duvWeak") -
           1] == (type == TYPE_WEAKMAP ? 'M' : 'S');
  }
  if (!ok)
    (void)duk_type_error(ctx, "Method %s.prototype.%s called on incompatible receiver %s",
                         type_names[type], method, duk_safe_to_string(ctx, -2));
  duk_remove(ctx, -2);
}

/* Push the value stored for the key at key_idx under the symbol at the top
 * (left in place); returns 0, pushing nothing, when there is none. */
static int lookup(duk_context *ctx, duk_idx_t key_idx) {
  if (!duk_is_object(ctx, key_idx)) return 0;
  duk_dup_top(ctx);
  return duv__duk_get_own_hidden(ctx, key_idx);
}

/* Set the entry of the key at key_idx to the value at the top (popped), the
 * symbol just below it. */
static void weak_put(duk_context *ctx, duk_idx_t key_idx) {
  key_idx = duk_normalize_index(ctx, key_idx);
  duk_dup(ctx, -2);
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, key_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_HAVE_WEC | DUK_DEFPROP_FORCE);
}

/* The constructors' iteration: each value goes through the adder. */
typedef struct {
  int type;
} fill_state;

static void fill(duk_context *ctx, void *udata) {
  fill_state *st = udata;
  /* [ iterable this adder ... value ] */
  if (st->type == TYPE_WEAKMAP) {
    if (!duk_is_object(ctx, -1))
      (void)duk_type_error(ctx, "Iterator value %s is not an entry object",
                           duk_safe_to_string(ctx, -1));
    duk_dup(ctx, 2);
    duk_dup(ctx, 1);
    duk_get_prop_index(ctx, -3, 0);
    duk_get_prop_index(ctx, -4, 1);
    duk_call_method(ctx, 2);
  } else {
    duk_dup(ctx, 2);
    duk_dup(ctx, 1);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
  duk_pop_2(ctx);
}

static duk_ret_t construct(duk_context *ctx, int type) {
  if (!duk_is_constructor_call(ctx))
    return duk_type_error(ctx, "Constructor %s requires 'new'", type_names[type]);
  duk_push_this(ctx); /* [ iterable this ] */
  duv__stash_get(ctx, STASH_COUNTER);
  double n = duk_get_number_default(ctx, -1, 0) + 1;
  duk_pop(ctx);
  duk_push_number(ctx, n);
  duv__stash_put(ctx, STASH_COUNTER);
  duk_push_sprintf(ctx,
                   "\xFF"
                   "duvWeak%c%.0f",
                   type == TYPE_WEAKMAP ? 'M' : 'S', n);
  duk_put_prop_literal(ctx, 1, KEY_SYMBOL);
  if (duk_is_null_or_undefined(ctx, 0)) return 0;
  const char *adder = type == TYPE_WEAKMAP ? "set" : "add";
  duk_get_prop_string(ctx, 1, adder); /* 2 */
  if (!duk_is_callable(ctx, -1))
    return duk_type_error(ctx,
                          "'%s' returned for property '%s' of object '#<%s>' is not a function",
                          duk_safe_to_string(ctx, -1), adder, type_names[type]);
  /* Through the adder, as the spec says; this is not a hot path. */
  fill_state st = {type};
  duv__iterate(ctx, 0, fill, &st);
  return 0;
}

static duk_ret_t weakmap_set(duk_context *ctx) {
  push_symbol(ctx, TYPE_WEAKMAP, "set");
  if (!duk_is_object(ctx, 0)) return duk_type_error(ctx, "Invalid value used as weak map key");
  duk_dup(ctx, 1);
  weak_put(ctx, 0);
  duk_push_this(ctx);
  return 1;
}

static duk_ret_t weakset_add(duk_context *ctx) {
  push_symbol(ctx, TYPE_WEAKSET, "add");
  if (!duk_is_object(ctx, 0)) return duk_type_error(ctx, "Invalid value used in weak set");
  duk_push_true(ctx);
  weak_put(ctx, 0);
  duk_push_this(ctx);
  return 1;
}

static duk_ret_t weakmap_get(duk_context *ctx) {
  push_symbol(ctx, TYPE_WEAKMAP, "get");
  return lookup(ctx, 0) ? 1 : 0;
}

static duk_ret_t weak_has(duk_context *ctx) {
  int type = duk_get_current_magic(ctx);
  push_symbol(ctx, type, "has");
  duk_push_boolean(ctx, lookup(ctx, 0));
  return 1;
}

static duk_ret_t weak_delete(duk_context *ctx) {
  int type = duk_get_current_magic(ctx);
  push_symbol(ctx, type, "delete");
  if (!lookup(ctx, 0)) return duk_push_false(ctx), 1;
  duk_pop(ctx);
  duv__duk_del_own_hidden(ctx, 0);
  duk_push_true(ctx);
  return 1;
}

static duk_ret_t weakmap_ctor(duk_context *ctx) {
  return construct(ctx, TYPE_WEAKMAP);
}
static duk_ret_t weakset_ctor(duk_context *ctx) {
  return construct(ctx, TYPE_WEAKSET);
}

static void define_class(duk_context *ctx, int type, duk_c_function ctor,
                         const duv__method *methods) {
  const char *name = type_names[type];
  duv__push_native(ctx, name, ctor, 1, 0);
  duk_push_object(ctx);
  duk_push_string(ctx, "constructor");
  duk_dup(ctx, -3);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_WC);
  duk_push_string(ctx, "prototype");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_HAVE_WEC | DUK_DEFPROP_FORCE);
  duv__def_methods(ctx, -1, methods, 0);
  duv__push_native(ctx, "has", weak_has, 1, 1);
  duk_set_magic(ctx, -1, type);
  duv__def_hidden_value(ctx, -2, "has");
  duv__push_native(ctx, "delete", weak_delete, 1, 1);
  duk_set_magic(ctx, -1, type);
  duv__def_hidden_value(ctx, -2, "delete");
  duv__def_tag(ctx, -1, name);
  duk_pop(ctx);
  duv__def_hidden_value(ctx, -2, name);
}

void duv__builtins_weak_init(duk_context *ctx) {
  static const duv__method weakmap_methods[] = {
      {"get", weakmap_get, 1, 1}, {"set", weakmap_set, 2, 2}, {NULL, NULL, 0, 0}};
  static const duv__method weakset_methods[] = {{"add", weakset_add, 1, 1}, {NULL, NULL, 0, 0}};
  duk_push_global_object(ctx);
  if (!duk_has_prop_string(ctx, -1, "WeakMap"))
    define_class(ctx, TYPE_WEAKMAP, weakmap_ctor, weakmap_methods);
  if (!duk_has_prop_string(ctx, -1, "WeakSet"))
    define_class(ctx, TYPE_WEAKSET, weakset_ctor, weakset_methods);
  duk_pop(ctx);
}
