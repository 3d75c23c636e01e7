/*
 * Math functions of ES2015 that Duktape lacks (it has trunc, sign, log2,
 * log10, hypot, cbrt, imul and clz32): log1p, expm1, the hyperbolic functions
 * and fround, straight from the C library. Math.cbrt is replaced: Duktape's
 * and glibc's both miss exact cubes (Math.cbrt(27) gave 3.0000000000000004,
 * V8 gives 3), so the C library's result is refined by a Newton step in
 * extended precision.
 */
#include <math.h>

#include "builtins.h"

typedef double (*unary_fn)(double);

static double exact_cbrt(double x) {
  double r = cbrt(x);
  if (!isfinite(r) || r == 0) return r;
  /* One Newton step in extended precision, then rounding to double. */
  long double y = r;
  y -= (y * y * y - x) / (3 * y * y);
  return (double)y;
}

static const struct {
  const char *name;
  unary_fn fn;
} unary[] = {
    {"log1p", log1p}, {"expm1", expm1}, {"sinh", sinh},   {"cosh", cosh},       {"tanh", tanh},
    {"asinh", asinh}, {"acosh", acosh}, {"atanh", atanh}, {"cbrt", exact_cbrt},
};

/* The last entries of `unary` replace Duktape's own. */
#define FIRST_REPLACED 8

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
    if (i < FIRST_REPLACED && duk_has_prop_string(ctx, -1, unary[i].name)) continue;
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
