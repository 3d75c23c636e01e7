/*
 * Object builtins Duktape lacks: Object.entries, Object.values,
 * Object.fromEntries and Object.getOwnPropertyDescriptors. (Object.assign,
 * Object.is and Object.setPrototypeOf are Duktape's own.)
 */
#include "builtins.h"

/* Duktape's Object.keys and Reflect.ownKeys, as they were at start-up. */
#define STASH_KEYS "Object.keys"
#define STASH_OWN_KEYS "Reflect.ownKeys"

/* Object.entries (magic 1) and Object.values (magic 0): the enumerable own
 * string-keyed properties, in Object.keys order, each read when its turn comes
 * and skipped if it has gone or stopped being enumerable by then. */
static duk_ret_t object_entries(duk_context *ctx) {
  int entries = duk_get_current_magic(ctx);
  if (duk_is_null_or_undefined(ctx, 0))
    return duk_type_error(ctx, "Cannot convert undefined or null to object");
  duk_to_object(ctx, 0);
  duk_push_undefined(ctx); /* 1: unused */
  duv__stash_get(ctx, STASH_KEYS);
  duk_dup(ctx, 0);
  duk_call(ctx, 1);    /* 2: keys */
  duk_push_array(ctx); /* 3: result */
  duk_uarridx_t n = 0;
  duk_size_t len = duk_get_length(ctx, 2);
  for (duk_size_t i = 0; i < len; i++) {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)i); /* 4: key */
    duk_dup(ctx, 4);
    duk_get_prop_desc(ctx, 0, 0); /* 5: descriptor or undefined */
    int present = duk_is_object(ctx, 5) && duk_get_prop_string(ctx, 5, "enumerable") &&
                  duk_get_boolean(ctx, -1);
    duk_set_top(ctx, 5);
    if (!present) {
      duk_pop(ctx);
      continue;
    }
    duk_dup(ctx, 4);
    duk_get_prop(ctx, 0); /* 5: value */
    if (entries) {
      duk_push_array(ctx);
      duk_dup(ctx, 4);
      duk_put_prop_index(ctx, -2, 0);
      duk_dup(ctx, 5);
      duk_put_prop_index(ctx, -2, 1);
      duk_put_prop_index(ctx, 3, n++);
      duk_pop_2(ctx);
    } else {
      duk_put_prop_index(ctx, 3, n++);
      duk_pop(ctx);
    }
  }
  duk_dup(ctx, 3);
  return 1;
}

/* CreateDataPropertyOrThrow(obj, ToPropertyKey(key at -2), value at -1). */
static void create_data_property(duk_context *ctx, duk_idx_t obj_idx) {
  if (!duk_is_symbol(ctx, -2)) {
    duk_to_primitive(ctx, -2, DUK_HINT_STRING);
    if (!duk_is_symbol(ctx, -2)) duk_to_string(ctx, -2);
  }
  duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WEC);
}

typedef struct {
  duk_idx_t target;
} from_entries_state;

static void from_entries_value(duk_context *ctx, void *udata) {
  from_entries_state *st = udata;
  if (!duk_is_object(ctx, -1))
    (void)duk_type_error(ctx, "Iterator value %s is not an entry object",
                         duk_safe_to_string(ctx, -1));
  duk_get_prop_index(ctx, -1, 0);
  duk_get_prop_index(ctx, -2, 1);
  create_data_property(ctx, st->target);
  duk_pop(ctx);
}

static duk_ret_t object_from_entries(duk_context *ctx) {
  if (duk_is_null_or_undefined(ctx, 0))
    return duk_type_error(ctx, "%s is not iterable", duk_safe_to_string(ctx, 0));
  duk_push_object(ctx); /* 1 */
  from_entries_state st = {1};
  duv__iterate(ctx, 0, from_entries_value, &st);
  return 1;
}

/* Object.getOwnPropertyDescriptors: every own key, strings (integer indices
 * first, as Duktape orders them) then symbols, like Reflect.ownKeys. */
static duk_ret_t object_get_own_property_descriptors(duk_context *ctx) {
  if (duk_is_null_or_undefined(ctx, 0))
    return duk_type_error(ctx, "Cannot convert undefined or null to object");
  duk_to_object(ctx, 0);
  duk_push_object(ctx); /* 1 */
  duv__stash_get(ctx, STASH_OWN_KEYS);
  duk_dup(ctx, 0);
  duk_call(ctx, 1); /* 2: keys */
  duk_size_t len = duk_get_length(ctx, 2);
  for (duk_size_t i = 0; i < len; i++) {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)i);
    duk_dup_top(ctx);
    duk_get_prop_desc(ctx, 0, 0);
    if (duk_is_undefined(ctx, -1)) {
      duk_pop_2(ctx);
      continue;
    }
    create_data_property(ctx, 1);
  }
  duk_dup(ctx, 1);
  return 1;
}

void duv__builtins_object_init(duk_context *ctx) {
  static const duv__method statics[] = {
      {"fromEntries", object_from_entries, 1, 1},
      {"getOwnPropertyDescriptors", object_get_own_property_descriptors, 1, 1},
      {NULL, NULL, 0, 0}};
  duk_get_global_string(ctx, "Reflect");
  duk_get_prop_string(ctx, -1, "ownKeys");
  duv__stash_put(ctx, STASH_OWN_KEYS);
  duk_pop(ctx);
  duk_get_global_string(ctx, "Object");
  duk_get_prop_string(ctx, -1, "keys");
  duv__stash_put(ctx, STASH_KEYS);
  duv__def_methods(ctx, -1, statics, 1);
  static const char *const names[] = {"values", "entries"};
  for (int i = 0; i < 2; i++) {
    if (duk_has_prop_string(ctx, -1, names[i])) continue;
    duv__push_native(ctx, names[i], object_entries, 1, 1);
    duk_set_magic(ctx, -1, i);
    duv__def_hidden_value(ctx, -2, names[i]);
  }
  duk_pop(ctx);
}
