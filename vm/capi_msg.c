/*
 * Node-style argument messages for the extension API. They are made only on
 * the error path, so they may use the engine (a protected call) to describe
 * the received value exactly as Node's errors do.
 */
#include "capi_msg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MSG_MAX 512

typedef struct {
  duk_idx_t idx;
  char *out;
} received_args;

/* [ ] -> [ text ] */
static duk_ret_t received_protected(duk_context *ctx, void *udata) {
  received_args *a = udata;
  duv__push_received(ctx, a->idx);
  snprintf(a->out, MSG_MAX, "%s", duk_get_string(ctx, -1));
  return 0;
}

void duv__capi_type_error(duv_runtime_t *rt, duk_idx_t idx, const char *prefix, const char *name,
                          int property, const char *expected) {
  duk_context *ctx = rt->ctx;
  char received[MSG_MAX] = "Received an unknown value";
  received_args a = {duk_normalize_index(ctx, idx), received};
  /* A getter that throws while the value is described is not the error to
   * report: the description falls back to the text above. */
  if (duk_safe_call(ctx, received_protected, &a, 0, 1) != 0)
    snprintf(received, sizeof(received), "Received an unknown value");
  duk_pop(ctx);
  if (name == NULL) {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "%sThe value must be %s. %s",
                  prefix ? prefix : "", expected, received);
  } else {
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "%sThe \"%s\" %s must be %s. %s",
                  prefix ? prefix : "", name, property ? "property" : "argument", expected,
                  received);
  }
}

/* Node's rendering of a number in ERR_OUT_OF_RANGE: util.inspect, with "_"
 * between groups of three digits for integers beyond 2^32. */
static void render_number(duv_runtime_t *rt, double n, char *out, size_t size) {
  if (n == 0 && signbit(n)) {
    snprintf(out, size, "-0");
    return;
  }
  if (isnan(n)) {
    snprintf(out, size, "NaN");
    return;
  }
  if (isinf(n)) {
    snprintf(out, size, n < 0 ? "-Infinity" : "Infinity");
    return;
  }
  duk_context *ctx = rt->ctx;
  duk_push_number(ctx, n);
  const char *s = duk_safe_to_string(ctx, -1);
  char plain[64];
  snprintf(plain, sizeof(plain), "%s", s);
  duk_pop(ctx);
  if (n != floor(n) || fabs(n) <= 4294967296.0 || strchr(plain, 'e') != NULL) {
    snprintf(out, size, "%s", plain);
    return;
  }
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  size_t nd = strlen(digits), o = 0;
  if (plain[0] == '-') out[o++] = '-';
  for (size_t i = 0; i < nd && o + 2 < size; i++) {
    if (i > 0 && (nd - i) % 3 == 0) out[o++] = '_';
    out[o++] = digits[i];
  }
  out[o] = '\0';
}

void duv__capi_range_error(duv_runtime_t *rt, const char *prefix, const char *name,
                           const char *range, double n) {
  char received[80];
  render_number(rt, n, received, sizeof(received));
  duv_error_set(rt, DUV_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                "%sThe value of \"%s\" is out of range. It must be %s. Received %s",
                prefix ? prefix : "", name, range, received);
}

int duv__capi_check_integer(duv_runtime_t *rt, const char *prefix, const char *name, double n,
                            double lo, double hi) {
  if (!isfinite(n) || n != floor(n)) {
    duv__capi_range_error(rt, prefix, name, "an integer", n);
    return -1;
  }
  if (n < lo || n > hi) {
    char range[96];
    snprintf(range, sizeof(range), ">= %.0f && <= %.0f", lo, hi);
    duv__capi_range_error(rt, prefix, name, range, n);
    return -1;
  }
  return 0;
}

void duv__capi_format_error(duv_runtime_t *rt, const char *format, const char *why) {
  duv_error_set(rt, DUV_ERROR, "ERR_INTERNAL_ASSERTION", "bad format string \"%s\": %s", format,
                why);
}
