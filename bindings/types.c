/*
 * Native half of util.types: the engine's own class of an object, which
 * scripts cannot fake (Symbol.toStringTag and prototypes do not change it),
 * the brand of duv's native Map and Set iterators, and whether a value is a
 * Proxy.
 */
#include "builtins.h"
#include "internal.h"

/* classOf(value) -> Duktape's class number of an object (DUK_HOBJECT_CLASS_*,
 * as duk_inspect_value reports it: 4 Arguments, 6 Date, 7 Error, 11 RegExp,
 * 19 ArrayBuffer, 20 DataView, 21..29 typed arrays, ...), or -1 for anything
 * that is not an object. */
static duk_ret_t js_class_of(duk_context *ctx) {
  if (!duk_is_object(ctx, 0)) {
    duk_push_int(ctx, -1);
    return 1;
  }
  duk_inspect_value(ctx, 0);
  duk_get_prop_string(ctx, -1, "class");
  duk_push_int(ctx, duk_get_int_default(ctx, -1, -1));
  return 1;
}

/* iteratorKind(value) -> 'map' or 'set' for the iterators of duv's Map and
 * Set (vm/collections.c marks them with a hidden kind and gives them their
 * prototype), else undefined. */
static duk_ret_t js_iterator_kind(duk_context *ctx) {
  if (!duk_is_object(ctx, 0) || !duk_has_prop_literal(ctx, 0, DUK_HIDDEN_SYMBOL("duvCollKind")))
    return 0;
  duk_get_prototype(ctx, 0);
  duv__stash_get(ctx, DUV__STASH_MAP_ITER_PROTO);
  if (duk_strict_equals(ctx, -1, -2)) {
    duk_push_string(ctx, "map");
    return 1;
  }
  duv__stash_get(ctx, DUV__STASH_SET_ITER_PROTO);
  if (duk_strict_equals(ctx, -1, -3)) {
    duk_push_string(ctx, "set");
    return 1;
  }
  return 0;
}

/* isProxy(value) -> whether value is a Proxy (which scripts cannot tell). */
static duk_ret_t js_is_proxy(duk_context *ctx) {
  duk_push_boolean(ctx, duv__duk_is_proxy(ctx, 0));
  return 1;
}

void duv__binding_types(duk_context *ctx) {
  static const duk_function_list_entry funcs[] = {{"classOf", js_class_of, 1},
                                                  {"iteratorKind", js_iterator_kind, 1},
                                                  {"isProxy", js_is_proxy, 1},
                                                  {NULL, NULL, 0}};
  duv__put_functions(ctx, funcs);
}
