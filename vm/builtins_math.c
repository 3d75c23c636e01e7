/*
 * Math functions of ES2015 that Duktape lacks (it has trunc, sign, log2,
 * log10, hypot, cbrt, imul and clz32): log1p, expm1, the hyperbolic functions
 * and fround, straight from the C library.
 */
#include <math.h>

#include "builtins.h"

typedef double (*unary_fn)(double);

static const struct {
  const char *name;
  unary_fn fn;
} unary[] = {
    {"log1p", log1p}, {"expm1", expm1}, {"sinh", sinh},   {"cosh", cosh},
    {"tanh", tanh},   {"asinh", asinh}, {"acosh", acosh}, {"atanh", atanh},
};

static duk_ret_t math_unary(duk_context *ctx) {
  double x = duk_to_number(ctx, 0);
  duk_push_number(ctx, unary[duk_get_current_magic(ctx)].fn(x));
  return 1;
}

static duk_ret_t math_fround(duk_context *ctx) {
  duk_push_number(ctx, (double)(float)duk_to_number(ctx, 0));
  return 1;
}

void duv__builtins_math_init(duk_context *ctx) {
  duk_get_global_string(ctx, "Math");
  for (int i = 0; i < (int)(sizeof(unary) / sizeof(unary[0])); i++) {
    if (duk_has_prop_string(ctx, -1, unary[i].name)) continue;
    duv__push_native(ctx, unary[i].name, math_unary, 1, 1);
    duk_set_magic(ctx, -1, i);
    duv__def_hidden_value(ctx, -2, unary[i].name);
  }
  if (!duk_has_prop_string(ctx, -1, "fround")) {
    duv__push_native(ctx, "fround", math_fround, 1, 1);
    duv__def_hidden_value(ctx, -2, "fround");
  }
  duk_pop(ctx);
}
