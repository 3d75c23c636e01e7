/*
 * The buffer binding: the byte loops behind bindings/lib/buffer.js. JS checks
 * arguments (types, ranges, Node's errors) and calls in here with validated
 * Uint8Arrays, offsets and encoding numbers (bindings/buffer_codec.h), so
 * nothing here needs to throw Node's errors. Searching and comparing live in
 * bindings/buffer_search.c, numbers in bindings/buffer_number.c.
 */
#include <string.h>

#include "buffer_codec.h"

/* From vm/duktape/patches/0006-own-stored-keys.patch. */
void duv__duk_own_stored_keys(duk_context *ctx, duk_idx_t obj_idx, duk_bool_t nonenumerable,
                              duk_bool_t symbols);

void duv__buffer_search_functions(duk_context *ctx);
void duv__buffer_number_functions(duk_context *ctx);

/* The bytes of the Uint8Array at idx (NULL when it is empty). */
static uint8_t *bytes_of(duk_context *ctx, duk_idx_t idx, size_t *len) {
  duk_size_t n = 0;
  uint8_t *p = duk_require_buffer_data(ctx, idx, &n);
  *len = n;
  return n == 0 ? NULL : p;
}

/* A size or offset JS validated: a non-negative integer. */
static size_t size_arg(duk_context *ctx, duk_idx_t idx) {
  double d = duk_require_number(ctx, idx);
  if (!(d >= 0)) return 0;
  if (d >= 9007199254740992.0) return (size_t)-1;
  return (size_t)d;
}

static const uint8_t *string_of(duk_context *ctx, duk_idx_t idx, size_t *len) {
  duk_size_t n;
  const char *s = duk_require_lstring(ctx, idx, &n);
  *len = n;
  return (const uint8_t *)s;
}

/*
 * The text base64 and hex decode: Node reads the low byte of each UTF-16
 * unit of a string, so a character beyond Latin-1 may count as an ASCII
 * one. For such a string this pushes the low bytes (one value on the stack)
 * and points s at them.
 */
static void decoder_input(duk_context *ctx, const uint8_t **s, size_t *n, int enc) {
  if (enc != DUV__ENC_BASE64 && enc != DUV__ENC_BASE64URL && enc != DUV__ENC_HEX) return;
  if (duv__codec_is_ascii(*s, *n)) return;
  uint8_t *low = duk_push_fixed_buffer(ctx, *n);
  *n = duv__codec_low_bytes(*s, *n, low);
  *s = low;
}

static int enc_arg(duk_context *ctx, duk_idx_t idx) {
  int e = duk_require_int(ctx, idx);
  return e >= 0 && e < DUV__ENC_COUNT ? e : DUV__ENC_UTF8;
}

/*
 * A new zero-filled Buffer of len bytes. Duktape's typed arrays hold at most
 * 2^32 - 1 bytes (Node's kMaxLength is 2^32): past that, V8's error for a
 * failed allocation, before anything is allocated.
 */
static uint8_t *new_buffer(duk_context *ctx, size_t len) {
  if (len > 0xFFFFFFFFu)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "Array buffer allocation failed");
  return duv__push_buffer(ctx, len);
}

/* setPrototype(proto): Buffers made from C get proto from now on. */
static duk_ret_t js_set_prototype(duk_context *ctx) {
  duk_require_object(ctx, 0);
  duk_dup(ctx, 0);
  duv__buffer_set_prototype(ctx);
  return 0;
}

/* alloc(size) -> zero-filled Buffer. */
static duk_ret_t js_alloc(duk_context *ctx) {
  new_buffer(ctx, size_arg(ctx, 0));
  return 1;
}

/* byteLength(string, enc) */
static duk_ret_t js_byte_length(duk_context *ctx) {
  size_t n;
  const uint8_t *s = string_of(ctx, 0, &n);
  duk_push_number(ctx, (double)duv__codec_byte_length(s, n, enc_arg(ctx, 1)));
  return 1;
}

/* fromString(string, enc) -> Buffer holding exactly the encoded bytes. */
static duk_ret_t js_from_string(duk_context *ctx) {
  size_t n;
  const uint8_t *s = string_of(ctx, 0, &n);
  int enc = enc_arg(ctx, 1);
  decoder_input(ctx, &s, &n, enc);
  /* Exact for every encoding but base64 (Node's estimate from the length)
   * and hex, which stop early on bad input: the Buffer is then a view of the
   * decoded part, as Node's is (a scan for the exact size first would be a
   * whole extra pass over the string). */
  size_t len = duv__codec_byte_length(s, n, enc);
  uint8_t *p = new_buffer(ctx, len);
  size_t done = len ? duv__codec_write(p, len, s, n, enc) : 0;
  if (done < len) {
    duk_get_prop_string(ctx, -1, "buffer");
    duk_push_buffer_object(ctx, -1, 0, done, DUK_BUFOBJ_UINT8ARRAY);
    duk_get_prototype(ctx, -3);
    duk_set_prototype(ctx, -2);
  }
  return 1;
}

/* write(buf, string, offset, maxLength, enc) -> bytes written. */
static duk_ret_t js_write(duk_context *ctx) {
  size_t len, n;
  uint8_t *p = bytes_of(ctx, 0, &len);
  const uint8_t *s = string_of(ctx, 1, &n);
  size_t off = size_arg(ctx, 2), max = size_arg(ctx, 3);
  int enc = enc_arg(ctx, 4);
  if (off > len) off = len;
  if (max > len - off) max = len - off;
  decoder_input(ctx, &s, &n, enc);
  duk_push_number(ctx, (double)(max ? duv__codec_write(p + off, max, s, n, enc) : 0));
  return 1;
}

/* toString(buf, enc, start, end) with 0 <= start <= end <= length. */
static duk_ret_t js_to_string(duk_context *ctx) {
  size_t len;
  uint8_t *p = bytes_of(ctx, 0, &len);
  size_t start = size_arg(ctx, 2), end = size_arg(ctx, 3);
  if (end > len) end = len;
  if (start > end) start = end;
  duv__codec_push_string(ctx, p ? p + start : p, end - start, enc_arg(ctx, 1));
  return 1;
}

/* fill(buf, pattern, start, end): repeat the pattern's bytes over [start, end). */
static duk_ret_t js_fill(duk_context *ctx) {
  size_t len, plen;
  uint8_t *p = bytes_of(ctx, 0, &len);
  size_t start = size_arg(ctx, 2), end = size_arg(ctx, 3);
  if (end > len) end = len;
  if (start >= end) return 0;
  if (duk_is_number(ctx, 1)) {
    memset(p + start, duk_to_int(ctx, 1) & 255, end - start);
    return 0;
  }
  uint8_t *pat = bytes_of(ctx, 1, &plen);
  if (plen == 0) return 0;
  size_t k = end - start < plen ? end - start : plen;
  memmove(p + start, pat, k);
  /* Double the filled prefix until the range is full. */
  while (k < end - start) {
    size_t c = k < end - start - k ? k : end - start - k;
    memcpy(p + start + k, p + start, c);
    k += c;
  }
  return 0;
}

/* copy(src, srcStart, srcEnd, dst, dstStart) -> bytes copied. */
static duk_ret_t js_copy(duk_context *ctx) {
  size_t slen, dlen;
  uint8_t *src = bytes_of(ctx, 0, &slen);
  uint8_t *dst = bytes_of(ctx, 3, &dlen);
  size_t s0 = size_arg(ctx, 1), s1 = size_arg(ctx, 2), d0 = size_arg(ctx, 4);
  if (s1 > slen) s1 = slen;
  if (s0 >= s1 || d0 >= dlen) {
    duk_push_int(ctx, 0);
    return 1;
  }
  size_t n = s1 - s0 < dlen - d0 ? s1 - s0 : dlen - d0;
  memmove(dst + d0, src + s0, n);
  duk_push_number(ctx, (double)n);
  return 1;
}

/* concat(list, totalLength) -> Buffer: the pieces in order, cut at
 * totalLength or zero-padded up to it. */
static duk_ret_t js_concat(duk_context *ctx) {
  size_t total = size_arg(ctx, 1);
  duk_size_t count = duk_get_length(ctx, 0);
  uint8_t *out = new_buffer(ctx, total);
  size_t o = 0;
  for (duk_size_t i = 0; i < count && o < total; i++) {
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    size_t n;
    uint8_t *p = bytes_of(ctx, -1, &n);
    if (n > total - o) n = total - o;
    if (n) memcpy(out + o, p, n);
    o += n;
    duk_pop(ctx);
  }
  return 1;
}

/* swap(buf, size): reverse the byte order of every size-byte group. */
static duk_ret_t js_swap(duk_context *ctx) {
  size_t len;
  uint8_t *p = bytes_of(ctx, 0, &len);
  size_t size = size_arg(ctx, 1);
  if (size < 2) return 0;
  for (size_t i = 0; i + size <= len; i += size) {
    for (size_t a = i, b = i + size - 1; a < b; a++, b--) {
      uint8_t t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }
  return 0;
}

/* Whether bytes are valid UTF-8 (no surrogates, no overlongs) / all ASCII. */
static duk_ret_t js_is_utf8(duk_context *ctx) {
  size_t n;
  const uint8_t *p = bytes_of(ctx, 0, &n);
  size_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      break;
    }
    if (n - i <= need) break;
    size_t k;
    for (k = 1; k <= need; k++) {
      if (p[i + k] < lo || p[i + k] > hi) break;
      lo = 0x80;
      hi = 0xBF;
    }
    if (k <= need) break;
    i += need + 1;
  }
  duk_push_boolean(ctx, i == n);
  return 1;
}

static duk_ret_t js_is_ascii(duk_context *ctx) {
  size_t n;
  const uint8_t *p = bytes_of(ctx, 0, &n);
  size_t i = 0;
  while (i < n && p[i] < 0x80) i++;
  duk_push_boolean(ctx, i == n);
  return 1;
}

/* ownStoredKeys(obj, nonenumerable, symbols): the own keys of a typed array
 * without its element indices (Object.keys would make a string per element),
 * for util.inspect and deep equality. */
static duk_ret_t js_own_stored_keys(duk_context *ctx) {
  duk_require_object(ctx, 0);
  duv__duk_own_stored_keys(ctx, 0, duk_to_boolean(ctx, 1), duk_to_boolean(ctx, 2));
  return 1;
}

void duv__binding_buffer(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"setPrototype", js_set_prototype, 1},
                                                {"alloc", js_alloc, 1},
                                                {"byteLength", js_byte_length, 2},
                                                {"fromString", js_from_string, 2},
                                                {"write", js_write, 5},
                                                {"toString", js_to_string, 4},
                                                {"fill", js_fill, 4},
                                                {"copy", js_copy, 5},
                                                {"concat", js_concat, 2},
                                                {"swap", js_swap, 2},
                                                {"isUtf8", js_is_utf8, 1},
                                                {"isAscii", js_is_ascii, 1},
                                                {"ownStoredKeys", js_own_stored_keys, 3},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
  duv__buffer_search_functions(ctx);
  duv__buffer_number_functions(ctx);
}
