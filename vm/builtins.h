/*
 * Helpers shared by the builtins duv adds to Duktape (vm/builtins_*.c,
 * vm/collections.c, vm/weak.c, vm/iterator.c). Internal to the library.
 */
#ifndef DUV_VM_BUILTINS_H
#define DUV_VM_BUILTINS_H

#ifndef DUV_BUILD_CORE
#error "vm/builtins.h is internal to libduv"
#endif

#include "internal.h"

#define DUV__SYM_ITERATOR DUK_WELLKNOWN_SYMBOL("Symbol.iterator")
#define DUV__SYM_TO_STRING_TAG DUK_WELLKNOWN_SYMBOL("Symbol.toStringTag")

/* Stash slots of the intrinsics the builtins share. */
#define DUV__STASH_ITER_PROTO "IteratorPrototype"
#define DUV__STASH_ARRAY_ITER_PROTO "ArrayIteratorPrototype"
#define DUV__STASH_STRING_ITER_PROTO "StringIteratorPrototype"
#define DUV__STASH_MAP_ITER_PROTO "MapIteratorPrototype"
#define DUV__STASH_SET_ITER_PROTO "SetIteratorPrototype"

/* A builtin method: name, C function, number of arguments the C function
 * sees (or DUK_VARARGS) and the `length` the spec gives it. */
typedef struct {
  const char *name;
  duk_c_function fn;
  duk_int_t nargs;
  duk_int_t length;
} duv__method;

/* Push a native function with the spec's `name` and `length`. */
void duv__push_native(duk_context *ctx, const char *name, duk_c_function fn, duk_int_t nargs,
                      duk_int_t length);
/* Define the value at the top (popped) as a non-enumerable, writable,
 * configurable property `key` of the object at obj_idx, as builtins are.
 * Keys may be well-known symbols (DUV__SYM_*). */
void duv__def_hidden_value(duk_context *ctx, duk_idx_t obj_idx, const char *key);
/* Define every method of a table (terminated by a NULL name) that the object
 * at obj_idx lacks; `only_missing` 0 replaces existing ones. */
void duv__def_methods(duk_context *ctx, duk_idx_t obj_idx, const duv__method *methods,
                      int only_missing);
/* Define a getter named key ("get key") on the object at obj_idx. */
void duv__def_getter(duk_context *ctx, duk_idx_t obj_idx, const char *key, duk_c_function fn);
/* Define a non-writable, non-enumerable, configurable string property. */
void duv__def_tag(duk_context *ctx, duk_idx_t obj_idx, const char *tag);

/* Set the (hidden) property `key`, a string literal, of the object at idx to
 * the value at the top (popped), even on a frozen object: the internal state of
 * builtins must not depend on Object.freeze (V8's Map keeps working frozen). */
#define DUV__PUT_INTERNAL(ctx, idx, key)                                       \
  do {                                                                         \
    duk_idx_t duv__obj = duk_normalize_index((ctx), (idx));                    \
    duk_push_literal((ctx), key);                                              \
    duk_swap_top((ctx), -2);                                                   \
    duk_def_prop((ctx), duv__obj, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE); \
  } while (0)

/* Replace the value at the top with an iterator result {value, done}. */
void duv__push_iter_result(duk_context *ctx, int done);

/* ToIntegerOrInfinity and ToLength of the value at idx (coerces it). */
double duv__to_integer(duk_context *ctx, duk_idx_t idx);
double duv__to_length(duk_context *ctx, duk_idx_t idx);
/* Length of an array-like: ToLength(obj.length). */
double duv__length_of(duk_context *ctx, duk_idx_t obj_idx);
/* A relative index (negative from the end), clamped to [0, len]. */
double duv__relative_index(duk_context *ctx, duk_idx_t idx, double len, double dflt);

/* SameValueZero of two stack values. */
int duv__same_value_zero(duk_context *ctx, duk_idx_t a, duk_idx_t b);

/*
 * Iterate the iterable at idx with the iteration protocol (GetIterator,
 * IteratorStep, IteratorValue). For each value, `fn` is called with the value
 * at the top of the stack and must leave the stack as it found it minus that
 * value. When `fn` throws, the iterator is closed (its `return` is called) and
 * the error propagates; errors of the iterator itself do not close it.
 * Arrays whose iteration is the built-in one are walked by index, which is
 * what the protocol would observe. Throws a TypeError when the value is not
 * iterable.
 */
typedef void (*duv__iter_fn)(duk_context *ctx, void *udata);
void duv__iterate(duk_context *ctx, duk_idx_t idx, duv__iter_fn fn, void *udata);

/* Push a new array iterator over the object at idx; kind 0 keys, 1 values,
 * 2 entries. */
void duv__push_array_iterator(duk_context *ctx, duk_idx_t idx, int kind);

/* Own properties by key, without the prototype chain or Proxy traps
 * (vm/duktape/patches/0002-own-hidden-props.patch): with the key at the top
 * (popped), push the value and return 1 or return 0; delete even if not
 * configurable. */
duk_bool_t duv__duk_get_own_hidden(duk_context *ctx, duk_idx_t obj_idx);
void duv__duk_del_own_hidden(duk_context *ctx, duk_idx_t obj_idx);

/* Init functions listed in vm/builtins.c. */
void duv__builtins_iterator_init(duk_context *ctx);
void duv__builtins_collections_init(duk_context *ctx);
void duv__builtins_weak_init(duk_context *ctx);
void duv__builtins_array_init(duk_context *ctx);
void duv__builtins_object_init(duk_context *ctx);
void duv__builtins_string_init(duk_context *ctx);
void duv__builtins_math_init(duk_context *ctx);

#endif
