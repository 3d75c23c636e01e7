/*
 * Reading and writing numbers in Buffers for bindings/lib/buffer.js: integers
 * of 1 to 6 bytes in either byte order, signed or not, and IEEE 754 floats
 * and doubles. JS has checked the offsets and the value ranges.
 */
#include <string.h>

#include "internal.h"

static uint8_t *bytes_at(duk_context *ctx, size_t need) {
  duk_size_t n = 0;
  uint8_t *p = duk_require_buffer_data(ctx, 0, &n);
  double off = duk_require_number(ctx, 1);
  if (!(off >= 0) || off + (double)need > (double)n)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "offset out of range");
  return p + (size_t)off;
}

/* readInt(buf, offset, byteLength, littleEndian, signed) */
static duk_ret_t js_read_int(duk_context *ctx) {
  int n = duk_require_int(ctx, 2);
  if (n < 1 || n > 6) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad byteLength");
  const uint8_t *p = bytes_at(ctx, (size_t)n);
  int le = duk_to_boolean(ctx, 3);
  uint64_t v = 0;
  for (int i = 0; i < n; i++) v = (v << 8) | p[le ? n - 1 - i : i];
  if (duk_to_boolean(ctx, 4) && (v >> (8 * n - 1)) & 1) {
    duk_push_number(ctx, (double)(int64_t)(v | (~(uint64_t)0 << (8 * n))));
  } else {
    duk_push_number(ctx, (double)v);
  }
  return 1;
}

/* writeInt(buf, offset, byteLength, littleEndian, value): the value's low
 * bytes, in two's complement when negative. */
static duk_ret_t js_write_int(duk_context *ctx) {
  int n = duk_require_int(ctx, 2);
  if (n < 1 || n > 6) return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad byteLength");
  uint8_t *p = bytes_at(ctx, (size_t)n);
  int le = duk_to_boolean(ctx, 3);
  double d = duk_to_number(ctx, 4);
  uint64_t v = 0;
  if (d == d && d > -9.3e18 && d < 9.3e18) v = (uint64_t)(int64_t)d;
  for (int i = 0; i < n; i++) p[le ? i : n - 1 - i] = (uint8_t)(v >> (8 * i));
  return 0;
}

/* readFloat(buf, offset, size, littleEndian): size 4 or 8. */
static duk_ret_t js_read_float(duk_context *ctx) {
  int size = duk_require_int(ctx, 2) == 4 ? 4 : 8;
  const uint8_t *p = bytes_at(ctx, (size_t)size);
  int le = duk_to_boolean(ctx, 3);
  uint8_t b[8];
  const uint16_t probe = 1;
  int host_le = *(const uint8_t *)&probe == 1;
  for (int i = 0; i < size; i++) b[i] = p[le == host_le ? i : size - 1 - i];
  if (size == 4) {
    float f;
    memcpy(&f, b, 4);
    duk_push_number(ctx, (double)f);
  } else {
    double d;
    memcpy(&d, b, 8);
    duk_push_number(ctx, d);
  }
  return 1;
}

/* writeFloat(buf, offset, size, littleEndian, value) */
static duk_ret_t js_write_float(duk_context *ctx) {
  int size = duk_require_int(ctx, 2) == 4 ? 4 : 8;
  uint8_t *p = bytes_at(ctx, (size_t)size);
  int le = duk_to_boolean(ctx, 3);
  double d = duk_to_number(ctx, 4);
  uint8_t b[8];
  if (size == 4) {
    float f = (float)d;
    memcpy(b, &f, 4);
  } else {
    memcpy(b, &d, 8);
  }
  const uint16_t probe = 1;
  int host_le = *(const uint8_t *)&probe == 1;
  for (int i = 0; i < size; i++) p[le == host_le ? i : size - 1 - i] = b[i];
  return 0;
}

void duv__buffer_number_functions(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"readInt", js_read_int, 5},
                                                {"writeInt", js_write_int, 5},
                                                {"readFloat", js_read_float, 4},
                                                {"writeFloat", js_write_float, 5},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
