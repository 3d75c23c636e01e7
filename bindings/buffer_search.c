/*
 * Searching and comparing bytes for bindings/lib/buffer.js: indexOf and
 * lastIndexOf of a byte or a byte sequence, and the three-way comparison
 * behind Buffer.compare and buf.compare.
 */
#include <string.h>

#include "internal.h"

static uint8_t *bytes_of(duk_context *ctx, duk_idx_t idx, size_t *len) {
  duk_size_t n = 0;
  uint8_t *p = duk_require_buffer_data(ctx, idx, &n);
  *len = n;
  return n == 0 ? NULL : p;
}

/*
 * Where a search starts, as Node decides from the byte offset (already an
 * integer, NaN replaced): a negative offset counts from the end; before the
 * start, a forward search (or one for nothing) covers the whole buffer and a
 * backward one finds nothing; past the end, a forward search finds nothing,
 * a search for nothing stops at the end, and a backward one starts at the
 * last byte. -1: no match possible.
 */
static int64_t search_start(int64_t len, double offset, int64_t needle, int forward) {
  int64_t off = offset != offset ? 0
                : offset < -9e15 ? (int64_t)-9e15
                : offset > 9e15  ? (int64_t)9e15
                                 : (int64_t)offset;
  if (off < 0) {
    if (off + len >= 0) return len + off;
    return forward || needle == 0 ? 0 : -1;
  }
  if (off + needle <= len) return off;
  if (needle == 0) return len;
  return forward ? -1 : len - 1;
}

/* indexOf(buf, needle, byteOffset, forward, step): needle is a Uint8Array or
 * a byte value; matches start at multiples of step (2 for ucs2 strings). */
static duk_ret_t js_index_of(duk_context *ctx) {
  size_t len, nlen;
  const uint8_t *h = bytes_of(ctx, 0, &len);
  int forward = duk_to_boolean(ctx, 3);
  int64_t step = duk_get_int_default(ctx, 4, 1) == 2 ? 2 : 1;
  uint8_t byte = 0;
  const uint8_t *needle;
  if (duk_is_number(ctx, 1)) {
    byte = (uint8_t)(duk_to_uint32(ctx, 1) & 255);
    needle = &byte;
    nlen = 1;
  } else {
    needle = bytes_of(ctx, 1, &nlen);
  }
  int64_t start = search_start((int64_t)len, duk_require_number(ctx, 2), (int64_t)nlen, forward);
  if (nlen == 0) {
    duk_push_number(ctx, (double)start);
    return 1;
  }
  int64_t last = (int64_t)len - (int64_t)nlen; /* last position a match can start */
  /* A forward search never finds a match starting past `last`, even when
   * aligning to step would move the start back. */
  if (len == 0 || start < 0 || last < 0 || (forward && start > last)) {
    duk_push_int(ctx, -1);
    return 1;
  }
  if (step == 2 && len < 2) {
    duk_push_int(ctx, -1);
    return 1;
  }
  start -= start % step;
  int64_t found = -1;
  if (forward) {
    for (int64_t i = start; i <= last;) {
      const uint8_t *hit = memchr(h + i, needle[0], (size_t)(last - i + 1));
      if (hit == NULL) break;
      int64_t at = hit - h;
      if (at % step == 0 && memcmp(hit, needle, nlen) == 0) {
        found = at;
        break;
      }
      i = at + 1;
    }
  } else {
    if (start > last) start = last - last % step;
    for (int64_t i = start; i >= 0; i -= step) {
      if (h[i] == needle[0] && memcmp(h + i, needle, nlen) == 0) {
        found = i;
        break;
      }
    }
  }
  duk_push_number(ctx, (double)found);
  return 1;
}

/* compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1, ranges clamped. */
static duk_ret_t js_compare(duk_context *ctx) {
  size_t alen, blen;
  const uint8_t *a = bytes_of(ctx, 0, &alen);
  const uint8_t *b = bytes_of(ctx, 3, &blen);
  double r[4];
  size_t lim[4] = {alen, alen, blen, blen};
  for (int i = 0; i < 4; i++) {
    r[i] = duk_require_number(ctx, i < 2 ? 1 + i : 2 + i);
    if (!(r[i] >= 0)) r[i] = 0;
    if (r[i] > (double)lim[i]) r[i] = (double)lim[i];
  }
  size_t a0 = (size_t)r[0], a1 = (size_t)r[1], b0 = (size_t)r[2], b1 = (size_t)r[3];
  size_t an = a1 > a0 ? a1 - a0 : 0, bn = b1 > b0 ? b1 - b0 : 0;
  size_t n = an < bn ? an : bn;
  int c = n ? memcmp(a + a0, b + b0, n) : 0;
  if (c == 0) c = an < bn ? -1 : an > bn ? 1 : 0;
  duk_push_int(ctx, c < 0 ? -1 : c > 0 ? 1 : 0);
  return 1;
}

void duv__buffer_search_functions(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"indexOf", js_index_of, 5}, {"compare", js_compare, 6}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
