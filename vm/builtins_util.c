/*
 * Helpers shared by the builtins duv adds to Duktape: defining methods with
 * the spec's property attributes, `name` and `length`, and the abstract
 * operations (ToLength, SameValueZero, ...) the builtins are written with.
 */
#include <math.h>

#include "builtins.h"

void duv__push_native(duk_context *ctx, const char *name, duk_c_function fn, duk_int_t nargs,
                      duk_int_t length) {
  duk_push_c_function(ctx, fn, nargs);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_C | DUK_DEFPROP_FORCE);
  if (nargs == DUK_VARARGS || nargs != length) {
    duk_push_string(ctx, "length");
    duk_push_int(ctx, length);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_C | DUK_DEFPROP_FORCE);
  }
}

void duv__def_hidden_value(duk_context *ctx, duk_idx_t obj_idx, const char *key) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  duk_push_string(ctx, key);
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_WC | DUK_DEFPROP_FORCE);
}

void duv__def_methods(duk_context *ctx, duk_idx_t obj_idx, const duv__method *methods,
                      int only_missing) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  for (const duv__method *m = methods; m->name != NULL; m++) {
    const char *key = m->name;
    const char *name = m->name;
    if (key[0] == '@') {
      /* "@iterator": the well-known symbol, named "[Symbol.iterator]". */
      key = DUV__SYM_ITERATOR;
      name = "[Symbol.iterator]";
    }
    if (only_missing && duk_has_prop_string(ctx, obj_idx, key)) continue;
    duv__push_native(ctx, name, m->fn, m->nargs, m->length);
    duv__def_hidden_value(ctx, obj_idx, key);
  }
}

void duv__def_getter(duk_context *ctx, duk_idx_t obj_idx, const char *key, duk_c_function fn) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  duk_push_string(ctx, key);
  duk_push_sprintf(ctx, "get %s", key);
  duv__push_native(ctx, duk_get_string(ctx, -1), fn, 0, 0);
  duk_remove(ctx, -2);
  duk_def_prop(ctx, obj_idx,
               DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
}

void duv__def_tag(duk_context *ctx, duk_idx_t obj_idx, const char *tag) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  duk_push_string(ctx, DUV__SYM_TO_STRING_TAG);
  duk_push_string(ctx, tag);
  duk_def_prop(ctx, obj_idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_C | DUK_DEFPROP_FORCE);
}

void duv__push_iter_result(duk_context *ctx, int done) {
  duk_push_object(ctx);
  duk_swap_top(ctx, -2);
  duk_put_prop_literal(ctx, -2, "value");
  duk_push_boolean(ctx, done);
  duk_put_prop_literal(ctx, -2, "done");
}

double duv__to_integer(duk_context *ctx, duk_idx_t idx) {
  double d = duk_to_number(ctx, idx);
  if (isnan(d)) return 0;
  if (isinf(d)) return d;
  return trunc(d) + 0.0; /* + 0.0 turns -0 into +0 */
}

double duv__to_length(duk_context *ctx, duk_idx_t idx) {
  double d = duv__to_integer(ctx, idx);
  if (d <= 0) return 0;
  return d > 9007199254740991.0 ? 9007199254740991.0 : d;
}

double duv__length_of(duk_context *ctx, duk_idx_t obj_idx) {
  duk_get_prop_literal(ctx, obj_idx, "length");
  double len = duv__to_length(ctx, -1);
  duk_pop(ctx);
  return len;
}

double duv__relative_index(duk_context *ctx, duk_idx_t idx, double len, double dflt) {
  if (duk_is_undefined(ctx, idx)) return dflt;
  double rel = duv__to_integer(ctx, idx);
  if (rel < 0) return rel + len < 0 ? 0 : rel + len;
  return rel > len ? len : rel;
}

int duv__same_value_zero(duk_context *ctx, duk_idx_t a, duk_idx_t b) {
  if (duk_is_number(ctx, a) && duk_is_number(ctx, b)) {
    double x = duk_get_number(ctx, a), y = duk_get_number(ctx, b);
    return x == y || (isnan(x) && isnan(y));
  }
  return duk_strict_equals(ctx, a, b);
}
