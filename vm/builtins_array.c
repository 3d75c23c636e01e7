/*
 * Array builtins of ES2015-ES2022 that Duktape lacks: Array.from, Array.of,
 * and Array.prototype find/findIndex/findLast/findLastIndex/fill/includes/
 * copyWithin/flat/flatMap/at. Generic over array-likes, as the spec says;
 * the array-returning ones make plain arrays (Duktape has no Symbol.species).
 * The search methods that make sense for typed arrays are also installed on
 * %TypedArray%.prototype, which Duktape leaves nearly empty.
 */
#include <math.h>

#include "builtins.h"

#define STASH_ARRAY "Array"
#define MAX_FLAT_DEPTH 10000

/* Push ToObject(this) (at index `at`, which must be the top) and return its
 * length. */
static double push_this_object(duk_context *ctx, duk_idx_t at) {
  duk_set_top(ctx, at);
  duk_push_this(ctx);
  if (duk_is_null_or_undefined(ctx, -1))
    (void)duk_type_error(ctx, "Array.prototype method called on null or undefined");
  duk_to_object(ctx, -1);
  return duv__length_of(ctx, -1);
}

static void require_callable(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_callable(ctx, idx))
    (void)duk_type_error(ctx, "%s is not a function", duk_safe_to_string(ctx, idx));
}

/* CreateDataPropertyOrThrow(obj, index, value at the top), popping it. */
static void create_data_index(duk_context *ctx, duk_idx_t obj_idx, double index, int plain) {
  if (plain && index < 4294967295.0) {
    duk_put_prop_index(ctx, obj_idx, (duk_uarridx_t)index);
    return;
  }
  obj_idx = duk_normalize_index(ctx, obj_idx);
  duk_push_number(ctx, index);
  duk_to_string(ctx, -1);
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WEC);
}

/* Whether `this` (at idx) is a constructor to build the result with, rather
 * than the intrinsic Array or a non-constructor (then a plain array). */
static int use_constructor(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_constructable(ctx, idx)) return 0;
  duv__stash_get(ctx, STASH_ARRAY);
  int intrinsic = duk_get_heapptr(ctx, -1) == duk_get_heapptr(ctx, idx);
  duk_pop(ctx);
  return !intrinsic;
}

/* Set obj.length = len, throwing on failure. */
static void set_length(duk_context *ctx, duk_idx_t obj_idx, double len) {
  duk_push_number(ctx, len);
  duk_put_prop_string(ctx, obj_idx < 0 ? obj_idx - 1 : obj_idx, "length");
}

/* ---- Array.from and Array.of ---- */

typedef struct {
  duk_idx_t target; /* the result */
  duk_idx_t mapfn;  /* or -1 */
  duk_idx_t this_arg;
  double k;
  int plain;
} from_state;

static void from_value(duk_context *ctx, void *udata) {
  from_state *st = udata;
  if (st->k >= 9007199254740991.0) (void)duk_type_error(ctx, "Array.from: too many values");
  if (st->mapfn >= 0) {
    duk_dup(ctx, st->mapfn);
    duk_dup(ctx, st->this_arg);
    duk_dup(ctx, -3);
    duk_push_number(ctx, st->k);
    duk_call_method(ctx, 2);
    duk_remove(ctx, -2);
  }
  create_data_index(ctx, st->target, st->k, st->plain);
  st->k++;
}

static duk_ret_t array_from(duk_context *ctx) {
  duk_set_top(ctx, 3); /* [ items mapfn thisArg ] */
  duk_push_this(ctx);  /* 3: C */
  from_state st = {0, -1, 2, 0, 0};
  if (!duk_is_undefined(ctx, 1)) {
    require_callable(ctx, 1);
    st.mapfn = 1;
  }
  if (duk_is_null_or_undefined(ctx, 0))
    return duk_type_error(ctx, "%s is not iterable", duk_safe_to_string(ctx, 0));
  int ctor = use_constructor(ctx, 3);
  duk_get_prop_string(ctx, 0, DUV__SYM_ITERATOR);
  int iterable = !duk_is_null_or_undefined(ctx, -1);
  duk_pop(ctx);
  if (iterable) {
    if (ctor) {
      duk_dup(ctx, 3);
      duk_new(ctx, 0);
    } else {
      duk_push_array(ctx);
    }
    st.target = 4;
    st.plain = !ctor;
    duv__iterate(ctx, 0, from_value, &st);
    set_length(ctx, 4, st.k);
    return 1;
  }
  duk_dup(ctx, 0);
  duk_to_object(ctx, -1); /* 4: arrayLike */
  double len = duv__length_of(ctx, 4);
  if (ctor) {
    duk_dup(ctx, 3);
    duk_push_number(ctx, len);
    duk_new(ctx, 1);
  } else {
    duk_push_array(ctx);
  }
  st.target = 5;
  st.plain = !ctor;
  for (double k = 0; k < len; k++) {
    duk_get_prop_index(ctx, 4, (duk_uarridx_t)k);
    from_value(ctx, &st);
  }
  set_length(ctx, 5, len);
  return 1;
}

static duk_ret_t array_of(duk_context *ctx) {
  duk_idx_t n = duk_get_top(ctx);
  duk_push_this(ctx);
  int ctor = use_constructor(ctx, n);
  if (ctor) {
    duk_push_number(ctx, n);
    duk_new(ctx, 1);
  } else {
    duk_pop(ctx);
    duk_push_array(ctx);
  }
  for (duk_idx_t i = 0; i < n; i++) {
    duk_dup(ctx, i);
    create_data_index(ctx, -2, i, !ctor);
  }
  set_length(ctx, -1, n);
  return 1;
}

/* ---- Searching ---- */

/* find, findIndex (magic 0, 1) and findLast, findLastIndex (2, 3). */
static duk_ret_t array_find(duk_context *ctx) {
  int magic = duk_get_current_magic(ctx);
  int want_index = magic & 1, from_end = magic & 2;
  double len = push_this_object(ctx, 2); /* [ pred thisArg O ] */
  require_callable(ctx, 0);
  for (double n = 0; n < len; n++) {
    double k = from_end ? len - 1 - n : n;
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)k); /* 3: value */
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_dup(ctx, 3);
    duk_push_number(ctx, k);
    duk_dup(ctx, 2);
    duk_call_method(ctx, 3);
    if (duk_to_boolean(ctx, -1)) {
      if (want_index)
        duk_push_number(ctx, k);
      else
        duk_dup(ctx, 3);
      return 1;
    }
    duk_pop_2(ctx);
  }
  if (want_index) {
    duk_push_int(ctx, -1);
    return 1;
  }
  return 0;
}

static duk_ret_t array_includes(duk_context *ctx) {
  double len = push_this_object(ctx, 2); /* [ search fromIndex O ] */
  if (len == 0) return duk_push_false(ctx), 1;
  double n = duv__to_integer(ctx, 1);
  if (n == INFINITY) return duk_push_false(ctx), 1;
  double k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
  for (; k < len; k++) {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)k);
    if (duv__same_value_zero(ctx, -1, 0)) return duk_push_true(ctx), 1;
    duk_pop(ctx);
  }
  return duk_push_false(ctx), 1;
}

static duk_ret_t array_at(duk_context *ctx) {
  double len = push_this_object(ctx, 1); /* [ index O ] */
  double rel = duv__to_integer(ctx, 0);
  double k = rel >= 0 ? rel : len + rel;
  if (k < 0 || k >= len) return 0;
  duk_get_prop_index(ctx, 1, (duk_uarridx_t)k);
  return 1;
}

/* ---- Writing ---- */

static duk_ret_t array_fill(duk_context *ctx) {
  double len = push_this_object(ctx, 3); /* [ value start end O ] */
  double k = duv__relative_index(ctx, 1, len, 0);
  double end = duv__relative_index(ctx, 2, len, len);
  for (; k < end; k++) {
    duk_dup(ctx, 0);
    duk_put_prop_index(ctx, 3, (duk_uarridx_t)k);
  }
  return 1;
}

static duk_ret_t array_copy_within(duk_context *ctx) {
  double len = push_this_object(ctx, 3); /* [ target start end O ] */
  double to = duv__relative_index(ctx, 0, len, 0);
  double from = duv__relative_index(ctx, 1, len, 0);
  double final = duv__relative_index(ctx, 2, len, len);
  double count = final - from < len - to ? final - from : len - to;
  double dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--, from += dir, to += dir) {
    if (duk_has_prop_index(ctx, 3, (duk_uarridx_t)from)) {
      duk_get_prop_index(ctx, 3, (duk_uarridx_t)from);
      duk_put_prop_index(ctx, 3, (duk_uarridx_t)to);
    } else {
      duk_del_prop_index(ctx, 3, (duk_uarridx_t)to);
    }
  }
  return 1;
}

/* ---- flat and flatMap ---- */

typedef struct {
  duk_idx_t target;
  double index;
  duk_idx_t mapper; /* or -1 */
  duk_idx_t this_arg;
  int nesting;
} flat_state;

/* FlattenIntoArray of the array-like at source_idx; `map` applies the
 * mapper (flatMap's top level only). */
static void flatten(duk_context *ctx, flat_state *st, duk_idx_t source_idx, double depth, int map) {
  if (++st->nesting > MAX_FLAT_DEPTH)
    (void)duk_range_error(ctx, "Maximum call stack size exceeded");
  duk_require_stack(ctx, 8);
  double len = duv__length_of(ctx, source_idx);
  for (double k = 0; k < len; k++) {
    if (!duk_has_prop_index(ctx, source_idx, (duk_uarridx_t)k)) continue;
    duk_get_prop_index(ctx, source_idx, (duk_uarridx_t)k);
    if (map) {
      duk_dup(ctx, st->mapper);
      duk_dup(ctx, st->this_arg);
      duk_dup(ctx, -3);
      duk_push_number(ctx, k);
      duk_dup(ctx, source_idx);
      duk_call_method(ctx, 3);
      duk_remove(ctx, -2);
    }
    if (depth > 0 && duk_is_array(ctx, -1)) {
      flatten(ctx, st, duk_get_top_index(ctx), depth - 1, 0);
      duk_pop(ctx);
    } else {
      if (st->index >= 9007199254740991.0) (void)duk_type_error(ctx, "flat: too many elements");
      duk_put_prop_index(ctx, st->target, (duk_uarridx_t)st->index);
      st->index++;
    }
  }
  st->nesting--;
}

static duk_ret_t array_flat(duk_context *ctx) {
  push_this_object(ctx, 1); /* [ depth O ] */
  double depth = duk_is_undefined(ctx, 0) ? 1 : duv__to_integer(ctx, 0);
  if (depth < 0) depth = 0;
  duk_push_array(ctx);
  flat_state st = {2, 0, -1, -1, 0};
  flatten(ctx, &st, 1, depth, 0);
  return 1;
}

static duk_ret_t array_flat_map(duk_context *ctx) {
  push_this_object(ctx, 2); /* [ mapper thisArg O ] */
  require_callable(ctx, 0);
  duk_push_array(ctx);
  flat_state st = {3, 0, 0, 1, 0};
  flatten(ctx, &st, 2, 1, 1);
  return 1;
}

/* ---- Setup ---- */

static void def_magic_methods(duk_context *ctx, duk_idx_t obj_idx) {
  static const char *const names[] = {"find", "findIndex", "findLast", "findLastIndex"};
  obj_idx = duk_normalize_index(ctx, obj_idx);
  for (int i = 0; i < 4; i++) {
    if (duk_has_prop_string(ctx, obj_idx, names[i])) continue;
    duv__push_native(ctx, names[i], array_find, 2, 1);
    duk_set_magic(ctx, -1, i);
    duv__def_hidden_value(ctx, obj_idx, names[i]);
  }
}

void duv__builtins_array_init(duk_context *ctx) {
  static const duv__method statics[] = {
      {"from", array_from, DUK_VARARGS, 1}, {"of", array_of, DUK_VARARGS, 0}, {NULL, NULL, 0, 0}};
  static const duv__method protos[] = {{"fill", array_fill, 3, 1},
                                       {"includes", array_includes, 2, 1},
                                       {"copyWithin", array_copy_within, 3, 2},
                                       {"flat", array_flat, 1, 0},
                                       {"flatMap", array_flat_map, 2, 1},
                                       {"at", array_at, 1, 1},
                                       {NULL, NULL, 0, 0}};
  static const duv__method typed_protos[] = {{"fill", array_fill, 3, 1},
                                             {"includes", array_includes, 2, 1},
                                             {"at", array_at, 1, 1},
                                             {NULL, NULL, 0, 0}};

  duk_get_global_string(ctx, "Array");
  duk_dup_top(ctx);
  duv__stash_put(ctx, STASH_ARRAY);
  duv__def_methods(ctx, -1, statics, 1);
  duk_get_prop_string(ctx, -1, "prototype");
  duv__def_methods(ctx, -1, protos, 1);
  def_magic_methods(ctx, -1);
  duk_pop_2(ctx);

  duk_get_global_string(ctx, "Uint8Array");
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_string(ctx, -1, "prototype");
    duk_get_prototype(ctx, -1);
    duv__def_methods(ctx, -1, typed_protos, 1);
    def_magic_methods(ctx, -1);
    duk_pop_2(ctx);
  }
  duk_pop(ctx);
}
