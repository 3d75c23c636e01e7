/*
 * Iteration: %IteratorPrototype%, the array iterators (Array.prototype
 * values/keys/entries/[Symbol.iterator], also on typed arrays), the string
 * iterator (by code points), and duv__iterate, the iteration protocol as the
 * other builtins consume it (Map and Set constructors, Array.from, ...).
 *
 * Duktape has Symbol.iterator but nothing iterable. Arguments objects get no
 * iterator: Duktape creates them internally with Object.prototype as their
 * prototype, and there is no hook to add an own property to each.
 */
#include "builtins.h"

#define KEY_TARGET DUK_HIDDEN_SYMBOL("duvIterTarget")
#define KEY_INDEX DUK_HIDDEN_SYMBOL("duvIterIndex")
#define KEY_KIND DUK_HIDDEN_SYMBOL("duvIterKind")

enum { KIND_KEYS, KIND_VALUES, KIND_ENTRIES };

static duk_ret_t iterator_self(duk_context *ctx) {
  duk_push_this(ctx);
  return 1;
}

/* ---- Array iterators ---- */

void duv__push_array_iterator(duk_context *ctx, duk_idx_t idx, int kind) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_object(ctx);
  duv__stash_get(ctx, DUV__STASH_ARRAY_ITER_PROTO);
  duk_set_prototype(ctx, -2);
  duk_dup(ctx, idx);
  duk_put_prop_literal(ctx, -2, KEY_TARGET);
  duk_push_uint(ctx, 0);
  duk_put_prop_literal(ctx, -2, KEY_INDEX);
  duk_push_int(ctx, kind);
  duk_put_prop_literal(ctx, -2, KEY_KIND);
}

static duk_ret_t array_iter_next(duk_context *ctx) {
  duk_push_this(ctx);
  if (!duk_is_object(ctx, -1) || !duk_get_prop_literal(ctx, -1, KEY_KIND))
    return duk_type_error(ctx, "next method called on incompatible receiver");
  int kind = duk_get_int(ctx, -1);
  duk_get_prop_literal(ctx, 0, KEY_TARGET); /* [ this kind target ] */
  if (duk_is_undefined(ctx, -1)) return duv__push_iter_result(ctx, 1), 1;
  duk_get_prop_literal(ctx, 0, KEY_INDEX);
  double i = duk_get_number(ctx, -1);
  duk_pop(ctx);
  if (i >= duv__length_of(ctx, 2)) {
    /* Exhausted for good: a later push to the array is not seen. */
    duk_push_undefined(ctx);
    DUV__PUT_INTERNAL(ctx, 0, KEY_TARGET);
    duk_push_undefined(ctx);
    duv__push_iter_result(ctx, 1);
    return 1;
  }
  duk_push_number(ctx, i + 1);
  DUV__PUT_INTERNAL(ctx, 0, KEY_INDEX);
  if (kind == KIND_KEYS) {
    duk_push_number(ctx, i);
  } else {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)i);
    if (kind == KIND_ENTRIES) {
      duk_push_array(ctx);
      duk_push_number(ctx, i);
      duk_put_prop_index(ctx, -2, 0);
      duk_swap_top(ctx, -2);
      duk_put_prop_index(ctx, -2, 1);
    }
  }
  duv__push_iter_result(ctx, 0);
  return 1;
}

static duk_ret_t array_values(duk_context *ctx) {
  duk_push_this(ctx);
  duk_to_object(ctx, -1);
  duv__push_array_iterator(ctx, -1, KIND_VALUES);
  return 1;
}

static duk_ret_t array_keys(duk_context *ctx) {
  duk_push_this(ctx);
  duk_to_object(ctx, -1);
  duv__push_array_iterator(ctx, -1, KIND_KEYS);
  return 1;
}

static duk_ret_t array_entries(duk_context *ctx) {
  duk_push_this(ctx);
  duk_to_object(ctx, -1);
  duv__push_array_iterator(ctx, -1, KIND_ENTRIES);
  return 1;
}

/* %TypedArray%.prototype methods refuse what is not a typed array. */
static void require_typed_array(duk_context *ctx) {
  duk_push_this(ctx);
  if (!duk_is_buffer_data(ctx, -1) || !duk_is_object(ctx, -1) ||
      !duk_has_prop_string(ctx, -1, "BYTES_PER_ELEMENT"))
    (void)duk_type_error(ctx, "this is not a typed array.");
}

static duk_ret_t typed_values(duk_context *ctx) {
  require_typed_array(ctx);
  duv__push_array_iterator(ctx, -1, KIND_VALUES);
  return 1;
}

static duk_ret_t typed_keys(duk_context *ctx) {
  require_typed_array(ctx);
  duv__push_array_iterator(ctx, -1, KIND_KEYS);
  return 1;
}

static duk_ret_t typed_entries(duk_context *ctx) {
  require_typed_array(ctx);
  duv__push_array_iterator(ctx, -1, KIND_ENTRIES);
  return 1;
}

/* ---- String iterator: one code point per step ---- */

static duk_ret_t string_iterator(duk_context *ctx) {
  duk_push_this(ctx);
  if (duk_is_null_or_undefined(ctx, -1))
    return duk_type_error(ctx, "String.prototype[Symbol.iterator] called on null or undefined");
  duk_to_string(ctx, -1);
  duk_push_object(ctx);
  duv__stash_get(ctx, DUV__STASH_STRING_ITER_PROTO);
  duk_set_prototype(ctx, -2);
  duk_swap_top(ctx, -2);
  duk_put_prop_literal(ctx, -2, KEY_TARGET);
  duk_push_uint(ctx, 0);
  duk_put_prop_literal(ctx, -2, KEY_INDEX);
  return 1;
}

static duk_ret_t string_iter_next(duk_context *ctx) {
  duk_push_this(ctx);
  if (!duk_is_object(ctx, -1) || !duk_get_prop_literal(ctx, -1, KEY_INDEX))
    return duk_type_error(ctx, "next method called on incompatible receiver");
  duk_size_t i = (duk_size_t)duk_get_number(ctx, -1);
  duk_get_prop_literal(ctx, 0, KEY_TARGET); /* [ this index string ] */
  if (!duk_is_string(ctx, -1)) return duv__push_iter_result(ctx, 1), 1;
  duk_size_t len = duk_get_length(ctx, -1);
  if (i >= len) {
    duk_push_undefined(ctx);
    DUV__PUT_INTERNAL(ctx, 0, KEY_TARGET);
    duk_push_undefined(ctx);
    duv__push_iter_result(ctx, 1);
    return 1;
  }
  duk_size_t end = i + 1;
  duk_codepoint_t c = duk_char_code_at(ctx, 2, i);
  if (c >= 0xD800 && c <= 0xDBFF && end < len) {
    duk_codepoint_t d = duk_char_code_at(ctx, 2, end);
    if (d >= 0xDC00 && d <= 0xDFFF) end++;
  }
  duk_push_number(ctx, (double)end);
  DUV__PUT_INTERNAL(ctx, 0, KEY_INDEX);
  duk_substring(ctx, 2, i, end); /* replaces the string in place */
  duv__push_iter_result(ctx, 0);
  return 1;
}

/* ---- The iteration protocol, for builtins written in C ---- */

typedef struct {
  duv__iter_fn fn;
  void *udata;
  int in_step; /* an error now comes from the iterator, which is not closed */
} iterate_state;

/* [ ... iterator next ] -> [ ... undefined ] */
static duk_ret_t iterate_loop(duk_context *ctx, void *udata) {
  iterate_state *st = udata;
  duk_idx_t next = duk_get_top_index(ctx);
  for (;;) {
    st->in_step = 1;
    duk_dup(ctx, next);
    duk_dup(ctx, next - 1);
    duk_call_method(ctx, 0);
    if (!duk_is_object(ctx, -1))
      return duk_type_error(ctx, "Iterator result %s is not an object",
                            duk_safe_to_string(ctx, -1));
    duk_get_prop_literal(ctx, -1, "done");
    if (duk_to_boolean(ctx, -1)) break;
    duk_pop(ctx);
    duk_get_prop_literal(ctx, -1, "value");
    duk_remove(ctx, -2);
    st->in_step = 0;
    st->fn(ctx, st->udata);
  }
  duk_pop_2(ctx);
  duk_push_undefined(ctx);
  return 1;
}

/* Whether iterating the array at idx would run the built-in array iterator
 * unchanged, so that walking it by index is what the protocol observes. */
static int builtin_array_iteration(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_array(ctx, idx)) return 0;
  duk_get_prop_string(ctx, idx, DUV__SYM_ITERATOR);
  int ok = duk_is_function(ctx, -1) && duk_get_c_function(ctx, -1) == array_values;
  duk_pop(ctx);
  if (!ok) return 0;
  duv__stash_get(ctx, DUV__STASH_ARRAY_ITER_PROTO);
  duk_get_prop_string(ctx, -1, "next");
  ok = duk_get_c_function(ctx, -1) == array_iter_next;
  duk_pop_2(ctx);
  return ok;
}

void duv__iterate(duk_context *ctx, duk_idx_t idx, duv__iter_fn fn, void *udata) {
  idx = duk_normalize_index(ctx, idx);
  if (builtin_array_iteration(ctx, idx)) {
    /* The length is read at every step, as the array iterator does. */
    for (double i = 0; i < duv__length_of(ctx, idx); i++) {
      duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
      fn(ctx, udata);
    }
    return;
  }
  if (duk_is_null_or_undefined(ctx, idx))
    (void)duk_type_error(ctx, "%s is not iterable", duk_safe_to_string(ctx, idx));
  duk_get_prop_string(ctx, idx, DUV__SYM_ITERATOR);
  if (!duk_is_callable(ctx, -1)) {
    duk_dup(ctx, idx);
    (void)duk_type_error(ctx, "%s is not iterable", duk_safe_to_string(ctx, -1));
  }
  duk_dup(ctx, idx);
  duk_call_method(ctx, 0);
  if (!duk_is_object(ctx, -1))
    (void)duk_type_error(ctx, "Result of the Symbol.iterator method is not an object");
  duk_get_prop_string(ctx, -1, "next"); /* [ ... iterator next ] */
  duk_dup(ctx, -2);
  duk_dup(ctx, -2);
  iterate_state st = {fn, udata, 1};
  if (duk_safe_call(ctx, iterate_loop, &st, 2, 1) == DUK_EXEC_SUCCESS) {
    duk_pop_3(ctx);
    return;
  }
  /* [ ... iterator next error ] */
  if (!st.in_step) {
    /* IteratorClose with a throw completion: the error of `return` itself is
     * ignored and the original one propagates. */
    duk_get_prop_string(ctx, -3, "return");
    if (duk_is_callable(ctx, -1)) {
      duk_dup(ctx, -4);
      duk_pcall_method(ctx, 0);
    }
    duk_pop(ctx);
  }
  (void)duk_throw(ctx);
}

/* ---- Setup ---- */

void duv__builtins_iterator_init(duk_context *ctx) {
  static const duv__method iter_proto[] = {{"@iterator", iterator_self, 0, 0}, {NULL, NULL, 0, 0}};
  static const duv__method array_iter[] = {{"next", array_iter_next, 0, 0}, {NULL, NULL, 0, 0}};
  static const duv__method string_iter[] = {{"next", string_iter_next, 0, 0}, {NULL, NULL, 0, 0}};
  static const duv__method array_methods[] = {
      {"keys", array_keys, 0, 0}, {"entries", array_entries, 0, 0}, {NULL, NULL, 0, 0}};
  static const duv__method typed_methods[] = {
      {"keys", typed_keys, 0, 0}, {"entries", typed_entries, 0, 0}, {NULL, NULL, 0, 0}};

  duk_push_object(ctx); /* %IteratorPrototype% */
  duv__def_methods(ctx, -1, iter_proto, 0);
  duk_dup_top(ctx);
  duv__stash_put(ctx, DUV__STASH_ITER_PROTO);

  duk_push_object(ctx); /* %ArrayIteratorPrototype% */
  duk_dup(ctx, -2);
  duk_set_prototype(ctx, -2);
  duv__def_methods(ctx, -1, array_iter, 0);
  duv__def_tag(ctx, -1, "Array Iterator");
  duv__stash_put(ctx, DUV__STASH_ARRAY_ITER_PROTO);

  duk_push_object(ctx); /* %StringIteratorPrototype% */
  duk_dup(ctx, -2);
  duk_set_prototype(ctx, -2);
  duv__def_methods(ctx, -1, string_iter, 0);
  duv__def_tag(ctx, -1, "String Iterator");
  duv__stash_put(ctx, DUV__STASH_STRING_ITER_PROTO);
  duk_pop(ctx);

  /* Array.prototype: values is also [Symbol.iterator], one function. */
  duk_get_global_string(ctx, "Array");
  duk_get_prop_string(ctx, -1, "prototype");
  duv__def_methods(ctx, -1, array_methods, 1);
  duv__push_native(ctx, "values", array_values, 0, 0);
  duk_dup_top(ctx);
  duv__def_hidden_value(ctx, -3, "values");
  duv__def_hidden_value(ctx, -2, DUV__SYM_ITERATOR);
  duk_pop_2(ctx);

  /* %TypedArray%.prototype, the prototype every typed array prototype shares. */
  duk_get_global_string(ctx, "Uint8Array");
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_string(ctx, -1, "prototype");
    duk_get_prototype(ctx, -1);
    duv__def_methods(ctx, -1, typed_methods, 1);
    duv__push_native(ctx, "values", typed_values, 0, 0);
    duk_dup_top(ctx);
    duv__def_hidden_value(ctx, -3, "values");
    duv__def_hidden_value(ctx, -2, DUV__SYM_ITERATOR);
    duk_pop_2(ctx);
  }
  duk_pop(ctx);

  duk_get_global_string(ctx, "String");
  duk_get_prop_string(ctx, -1, "prototype");
  duv__push_native(ctx, "[Symbol.iterator]", string_iterator, 0, 0);
  duv__def_hidden_value(ctx, -2, DUV__SYM_ITERATOR);
  duk_pop_2(ctx);
}
