/*
 * String builtins Duktape lacks: String.prototype padStart/padEnd,
 * trimStart/trimEnd (trimLeft/trimRight are the same functions, as in V8),
 * at, and String.raw. (codePointAt, includes, startsWith, endsWith, repeat and
 * String.fromCodePoint are Duktape's own.)
 *
 * Duktape keeps strings as CESU-8: every UTF-16 code unit is one 1-3 byte
 * sequence, so cutting at a code unit is cutting at a sequence boundary.
 */
#include <string.h>

#include "builtins.h"

/* V8's limit on string length, in code units. */
#define MAX_STRING_LENGTH 536870888.0

/* Push ToString(RequireObjectCoercible(this)). */
static void push_this_string(duk_context *ctx, const char *method) {
  duk_push_this(ctx);
  if (duk_is_null_or_undefined(ctx, -1))
    (void)duk_type_error(ctx, "String.prototype.%s called on null or undefined", method);
  duk_to_string(ctx, -1);
}

/* padStart (magic 0) and padEnd (magic 1). */
static duk_ret_t string_pad(duk_context *ctx) {
  int at_end = duk_get_current_magic(ctx);
  push_this_string(ctx, at_end ? "padEnd" : "padStart"); /* 2: S */
  double max = duv__to_length(ctx, 0);
  double len = (double)duk_get_length(ctx, 2);
  if (max <= len) return 1;
  if (duk_is_undefined(ctx, 1))
    duk_push_string(ctx, " ");
  else
    duk_dup(ctx, 1);
  duk_to_string(ctx, -1); /* 3: filler */
  duk_size_t fill_units = duk_get_length(ctx, 3);
  if (fill_units == 0) {
    duk_pop(ctx);
    return 1;
  }
  if (max > MAX_STRING_LENGTH) return duk_range_error(ctx, "Invalid string length");
  double pad = max - len;
  double whole = pad / (double)fill_units;
  size_t copies = (size_t)whole;
  duk_size_t rest = (duk_size_t)(pad - (double)copies * (double)fill_units);
  duk_dup(ctx, 3);
  duk_substring(ctx, 4, 0, rest); /* 4: the last, partial copy */
  duk_size_t fill_bytes, rest_bytes, s_bytes;
  const char *fill = duk_get_lstring(ctx, 3, &fill_bytes);
  const char *part = duk_get_lstring(ctx, 4, &rest_bytes);
  const char *s = duk_get_lstring(ctx, 2, &s_bytes);
  size_t total = copies * fill_bytes + rest_bytes + s_bytes;
  char *out = duk_push_fixed_buffer(ctx, total);
  /* The buffer is pushed: re-read the strings, which stay where they are. */
  fill = duk_get_lstring(ctx, 3, NULL);
  part = duk_get_lstring(ctx, 4, NULL);
  s = duk_get_lstring(ctx, 2, NULL);
  char *p = out;
  if (at_end) {
    memcpy(p, s, s_bytes);
    p += s_bytes;
  }
  for (size_t i = 0; i < copies; i++, p += fill_bytes) memcpy(p, fill, fill_bytes);
  memcpy(p, part, rest_bytes);
  p += rest_bytes;
  if (!at_end) memcpy(p, s, s_bytes);
  duk_buffer_to_string(ctx, -1);
  return 1;
}

/* WhiteSpace or LineTerminator, as String.prototype.trim uses them. */
static int is_space(duk_codepoint_t c) {
  switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return 1;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

/* The code point of the sequence at p (at most n bytes), or -1 for anything
 * that cannot be a space (a 4-byte sequence or malformed bytes). */
static duk_codepoint_t decode(const unsigned char *p, size_t n, size_t *size) {
  if (p[0] < 0x80) return *size = 1, p[0];
  if (p[0] >= 0xC0 && p[0] < 0xE0 && n >= 2) return *size = 2, ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (p[0] >= 0xE0 && p[0] < 0xF0 && n >= 3)
    return *size = 3, ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return -1;
}

/* trimStart (magic 1), trimEnd (magic 2). */
static duk_ret_t string_trim_side(duk_context *ctx) {
  int side = duk_get_current_magic(ctx);
  push_this_string(ctx, side == 1 ? "trimStart" : "trimEnd");
  duk_size_t n;
  const unsigned char *s = (const unsigned char *)duk_get_lstring(ctx, 0, &n);
  size_t start = 0, end = n, size;
  if (side == 1) {
    while (start < end && is_space(decode(s + start, end - start, &size))) start += size;
  } else {
    while (end > start) {
      size_t b = end - 1;
      while (b > start && (s[b] & 0xC0) == 0x80) b--;
      if (!is_space(decode(s + b, end - b, &size)) || b + size != end) break;
      end = b;
    }
  }
  if (start == 0 && end == n) return 1;
  duk_push_lstring(ctx, (const char *)s + start, end - start);
  return 1;
}

static duk_ret_t string_at(duk_context *ctx) {
  push_this_string(ctx, "at"); /* 1 */
  double len = (double)duk_get_length(ctx, 1);
  double rel = duv__to_integer(ctx, 0);
  double k = rel >= 0 ? rel : len + rel;
  if (k < 0 || k >= len) return 0;
  duk_substring(ctx, 1, (duk_size_t)k, (duk_size_t)k + 1);
  return 1;
}

/* String.raw(template, ...substitutions). */
static duk_ret_t string_raw(duk_context *ctx) {
  duk_idx_t nsubs = duk_get_top(ctx) - 1;
  if (nsubs < 0) {
    duk_push_undefined(ctx);
    nsubs = 0;
  }
  if (duk_is_null_or_undefined(ctx, 0))
    return duk_type_error(ctx, "Cannot convert undefined or null to object");
  duk_to_object(ctx, 0);
  duk_get_prop_string(ctx, 0, "raw");
  if (duk_is_null_or_undefined(ctx, -1))
    return duk_type_error(ctx, "Cannot convert undefined or null to object");
  duk_to_object(ctx, -1);
  duk_idx_t raw = duk_get_top_index(ctx);
  double count = duv__length_of(ctx, raw);
  duk_push_string(ctx, ""); /* the result so far */
  int pieces = 1;
  for (double i = 0; i < count; i++) {
    duk_get_prop_index(ctx, raw, (duk_uarridx_t)i);
    duk_to_string(ctx, -1);
    pieces++;
    if (i + 1 < count && i < nsubs) {
      duk_dup(ctx, 1 + (duk_idx_t)i);
      duk_to_string(ctx, -1);
      pieces++;
    }
    if (pieces >= 64) { /* concatenate in batches: bounded stack, linear time */
      duk_concat(ctx, pieces);
      pieces = 1;
    }
  }
  duk_concat(ctx, pieces);
  return 1;
}

void duv__builtins_string_init(duk_context *ctx) {
  static const duv__method protos[] = {{"at", string_at, 1, 1}, {NULL, NULL, 0, 0}};
  static const duv__method statics[] = {{"raw", string_raw, DUK_VARARGS, 1}, {NULL, NULL, 0, 0}};
  duk_get_global_string(ctx, "String");
  duv__def_methods(ctx, -1, statics, 1);
  duk_get_prop_string(ctx, -1, "prototype");
  duv__def_methods(ctx, -1, protos, 1);
  static const char *const pads[] = {"padStart", "padEnd"};
  for (int i = 0; i < 2; i++) {
    if (duk_has_prop_string(ctx, -1, pads[i])) continue;
    duv__push_native(ctx, pads[i], string_pad, 2, 1);
    duk_set_magic(ctx, -1, i);
    duv__def_hidden_value(ctx, -2, pads[i]);
  }
  /* trimLeft and trimRight are other names of the same functions. */
  static const char *const trims[][2] = {{"trimStart", "trimLeft"}, {"trimEnd", "trimRight"}};
  for (int i = 0; i < 2; i++) {
    if (duk_has_prop_string(ctx, -1, trims[i][0])) continue;
    duv__push_native(ctx, trims[i][0], string_trim_side, 0, 0);
    duk_set_magic(ctx, -1, i + 1);
    duk_dup_top(ctx);
    duv__def_hidden_value(ctx, -3, trims[i][0]);
    if (!duk_has_prop_string(ctx, -2, trims[i][1]))
      duv__def_hidden_value(ctx, -2, trims[i][1]);
    else
      duk_pop(ctx);
  }
  duk_pop_2(ctx);
}
