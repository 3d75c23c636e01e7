/*
 * Node's Buffer encodings: utf8, ucs2 (utf16le), latin1, ascii, base64,
 * base64url and hex, from JS strings to bytes and back. The rules are Node's:
 * lone surrogates become U+FFFD when written as UTF-8; invalid UTF-8 read back
 * gives one U+FFFD per maximal subpart (vm/utf8.c); latin1 and ascii keep the
 * low byte of each code unit when writing, ascii clears the high bit when
 * reading; base64 reading accepts both alphabets, skips characters outside
 * them and stops at '='; hex stops at the first pair that is not hex.
 */
#include "buffer_codec.h"

#include <string.h>

/* ---- Walking a CESU-8 string ---- */

/*
 * The code point at s[*i] (advancing *i). Surrogates come out one by one, as
 * the engine stores them; a 4-byte sequence (which a C caller may have pushed)
 * comes out whole; a byte that starts nothing valid comes out as U+FFFD.
 */
static uint32_t next_cp(const uint8_t *s, size_t n, size_t *i) {
  size_t k = *i;
  uint8_t c = s[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  if (c >= 0xC0 && c < 0xE0 && k + 1 < n && (s[k + 1] & 0xC0) == 0x80) {
    *i = k + 2;
    return ((uint32_t)(c & 0x1F) << 6) | (s[k + 1] & 0x3F);
  }
  if (c >= 0xE0 && c < 0xF0 && k + 2 < n && (s[k + 1] & 0xC0) == 0x80 &&
      (s[k + 2] & 0xC0) == 0x80) {
    *i = k + 3;
    return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[k + 1] & 0x3F) << 6) | (s[k + 2] & 0x3F);
  }
  if (c >= 0xF0 && c < 0xF8 && k + 3 < n && (s[k + 1] & 0xC0) == 0x80 &&
      (s[k + 2] & 0xC0) == 0x80 && (s[k + 3] & 0xC0) == 0x80) {
    *i = k + 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[k + 1] & 0x3F) << 12) |
           ((uint32_t)(s[k + 2] & 0x3F) << 6) | (s[k + 3] & 0x3F);
  }
  *i = k + 1;
  return 0xFFFD;
}

/* Whether s[i..] starts with a low surrogate in three bytes (ED B0..BF xx). */
static int low_surrogate_at(const uint8_t *s, size_t n, size_t i) {
  return i + 2 < n && s[i] == 0xED && s[i + 1] >= 0xB0 && s[i + 1] <= 0xBF &&
         (s[i + 2] & 0xC0) == 0x80;
}

/* Length of the ASCII prefix of s. */
static size_t ascii_prefix(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) i++;
  return i;
}

/* UTF-16 code units of s. */
static size_t utf16_units(const uint8_t *s, size_t n) {
  size_t i = ascii_prefix(s, n), units = i;
  while (i < n) {
    uint32_t cp = next_cp(s, n, &i);
    units += cp > 0xFFFF ? 2 : 1;
  }
  return units;
}

/* ---- base64 and hex tables ---- */

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* Value of a base64 character of either alphabet, 64 for '=', 255 otherwise. */
static const uint8_t b64_table[256] = {
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 62,  255, 62,  255, 63,  52,  53,  54,  55,  56,  57,  58,  59,  60,
    61,  255, 255, 255, 64,  255, 255, 255, 0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,
    11,  12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  255, 255, 255, 255,
    63,  255, 26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,  41,  42,
    43,  44,  45,  46,  47,  48,  49,  50,  51,  255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255,
};

static int hex_value(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decode base64 into dst (at most cap bytes): characters outside both
 * alphabets are skipped, '=' ends the input, a lone last character is
 * dropped. */
static size_t base64_decode(uint8_t *dst, size_t cap, const uint8_t *s, size_t n) {
  size_t o = 0, i = 0;
  uint32_t acc = 0;
  int have = 0;
  /* Fast path: groups of four plain characters. */
  while (i + 4 <= n && o + 3 <= cap) {
    uint8_t a = b64_table[s[i]], b = b64_table[s[i + 1]], c = b64_table[s[i + 2]],
            d = b64_table[s[i + 3]];
    if ((a | b | c | d) >= 64) break;
    uint32_t w = ((uint32_t)a << 18) | ((uint32_t)b << 12) | ((uint32_t)c << 6) | d;
    dst[o] = (uint8_t)(w >> 16);
    dst[o + 1] = (uint8_t)(w >> 8);
    dst[o + 2] = (uint8_t)w;
    o += 3;
    i += 4;
  }
  for (; i < n && o < cap; i++) {
    uint8_t v = b64_table[s[i]];
    if (v == 64) break;
    if (v > 64) continue;
    acc = (acc << 6) | v;
    have++;
    if (have >= 2) {
      /* Each character after the first of a group completes one byte. */
      int shift = 2 * (4 - have); /* 4, 2, 0 */
      dst[o++] = (uint8_t)(acc >> shift);
      acc &= (1u << shift) - 1;
      if (have == 4) have = 0;
    }
  }
  return o;
}

/*
 * Three bytes make four characters. Past a few kilobytes a table of every
 * 12-bit value's two characters (8 KB, built on the stack per call: no shared
 * mutable state between runtimes) halves the work per group.
 */
static size_t base64_encode(uint8_t *dst, const uint8_t *p, size_t n, int url) {
  const char *t = url ? b64_url : b64_std;
  size_t o = 0, i = 0;
  if (n >= 16384) {
    uint8_t pairs[4096][2];
    for (int k = 0; k < 4096; k++) {
      pairs[k][0] = (uint8_t)t[k >> 6];
      pairs[k][1] = (uint8_t)t[k & 63];
    }
    for (; i + 3 <= n; i += 3) {
      uint32_t w = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8) | p[i + 2];
      memcpy(dst + o, pairs[w >> 12], 2);
      memcpy(dst + o + 2, pairs[w & 4095], 2);
      o += 4;
    }
  }
  for (; i + 3 <= n; i += 3) {
    uint32_t w = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8) | p[i + 2];
    dst[o] = (uint8_t)t[w >> 18];
    dst[o + 1] = (uint8_t)t[(w >> 12) & 63];
    dst[o + 2] = (uint8_t)t[(w >> 6) & 63];
    dst[o + 3] = (uint8_t)t[w & 63];
    o += 4;
  }
  if (n - i == 1) {
    uint32_t w = (uint32_t)p[i] << 16;
    dst[o++] = (uint8_t)t[w >> 18];
    dst[o++] = (uint8_t)t[(w >> 12) & 63];
    if (!url) {
      dst[o++] = '=';
      dst[o++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t w = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8);
    dst[o++] = (uint8_t)t[w >> 18];
    dst[o++] = (uint8_t)t[(w >> 12) & 63];
    dst[o++] = (uint8_t)t[(w >> 6) & 63];
    if (!url) dst[o++] = '=';
  }
  return o;
}

/* ---- String -> bytes ---- */

static size_t utf8_length(const uint8_t *s, size_t n) {
  /* CESU-8 to UTF-8 only shrinks a surrogate pair (6 bytes) to 4; a lone
   * surrogate becomes U+FFFD, three bytes as well. */
  size_t len = n, i = ascii_prefix(s, n);
  while (i < n) {
    if (s[i] == 0xED && i + 2 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xAF &&
        low_surrogate_at(s, n, i + 3)) {
      len -= 2;
      i += 6;
    } else {
      i++;
    }
  }
  return len;
}

size_t duv__codec_byte_length(const uint8_t *s, size_t n, int enc) {
  switch (enc) {
    case DUV__ENC_UCS2:
      return utf16_units(s, n) * 2;
    case DUV__ENC_LATIN1:
    case DUV__ENC_ASCII:
      return utf16_units(s, n);
    case DUV__ENC_BASE64:
    case DUV__ENC_BASE64URL: {
      /* Node counts UTF-16 code units, whatever they are. */
      size_t len = utf16_units(s, n);
      if (len > 0 && s[n - 1] == '=') {
        len--;
        if (len > 1 && s[n - 2] == '=') len--;
      }
      return len * 3 / 4;
    }
    case DUV__ENC_HEX:
      return utf16_units(s, n) / 2;
    default:
      return utf8_length(s, n);
  }
}

static size_t put_utf8(uint8_t *o, uint32_t cp) {
  if (cp < 0x80) {
    o[0] = (uint8_t)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (uint8_t)(0xC0 | (cp >> 6));
    o[1] = (uint8_t)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (uint8_t)(0xE0 | (cp >> 12));
    o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (uint8_t)(0xF0 | (cp >> 18));
  o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

static size_t utf8_write(uint8_t *dst, size_t cap, const uint8_t *s, size_t n) {
  size_t i = ascii_prefix(s, n < cap ? n : cap);
  memcpy(dst, s, i);
  size_t o = i;
  while (i < n) {
    uint32_t cp = next_cp(s, n, &i);
    if (cp >= 0xD800 && cp <= 0xDBFF && low_surrogate_at(s, n, i)) {
      size_t j = i;
      uint32_t lo = next_cp(s, n, &j);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i = j;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    size_t need = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (o + need > cap) break;
    o += put_utf8(dst + o, cp);
  }
  return o;
}

/* ucs2 (two bytes per unit, little-endian), latin1/ascii (low byte). */
static size_t units_write(uint8_t *dst, size_t cap, const uint8_t *s, size_t n, int wide) {
  size_t o = 0, i = 0, step = wide ? 2 : 1;
  while (i < n && o + step <= cap) {
    uint32_t cp = next_cp(s, n, &i);
    uint32_t u[2];
    int k = 1;
    u[0] = cp;
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      u[0] = 0xD800 | (cp >> 10);
      u[1] = 0xDC00 | (cp & 0x3FF);
      k = 2;
    }
    for (int j = 0; j < k && o + step <= cap; j++) {
      dst[o++] = (uint8_t)u[j];
      if (wide) dst[o++] = (uint8_t)(u[j] >> 8);
    }
  }
  return o;
}

static size_t hex_write(uint8_t *dst, size_t cap, const uint8_t *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
    if (hi < 0 || lo < 0) break;
    dst[o++] = (uint8_t)((hi << 4) | lo);
  }
  return o;
}

size_t duv__codec_write(uint8_t *dst, size_t cap, const uint8_t *s, size_t n, int enc) {
  if (cap == 0) return 0;
  switch (enc) {
    case DUV__ENC_UCS2:
      return units_write(dst, cap, s, n, 1);
    case DUV__ENC_LATIN1:
    case DUV__ENC_ASCII:
      if (ascii_prefix(s, n) == n) {
        size_t k = n < cap ? n : cap;
        memcpy(dst, s, k);
        return k;
      }
      return units_write(dst, cap, s, n, 0);
    case DUV__ENC_BASE64:
    case DUV__ENC_BASE64URL:
      return base64_decode(dst, cap, s, n);
    case DUV__ENC_HEX:
      return hex_write(dst, cap, s, n);
    default:
      return utf8_write(dst, cap, s, n);
  }
}

size_t duv__codec_low_bytes(const uint8_t *s, size_t n, uint8_t *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    uint32_t cp = next_cp(s, n, &i);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      out[o++] = (uint8_t)(0xD800 | (cp >> 10));
      cp = 0xDC00 | (cp & 0x3FF);
    }
    out[o++] = (uint8_t)cp;
  }
  return o;
}

int duv__codec_is_ascii(const uint8_t *s, size_t n) {
  return ascii_prefix(s, n) == n;
}

/* ---- Bytes -> string ---- */

/* A code unit (< 0x10000, surrogates included) in CESU-8. */
static size_t put_unit(uint8_t *o, uint32_t u) {
  return put_utf8(o, u);
}

/*
 * Scratch memory for a string being built: from the runtime's allocator (so
 * counted against its memory cap) but not zero-filled as a Duktape buffer
 * would be, which for 64 MB of base64 is a whole extra pass over memory.
 */
typedef struct {
  const uint8_t *data;
  size_t len;
} scratch_string;

static duk_ret_t push_scratch(duk_context *ctx, void *udata) {
  scratch_string *s = udata;
  duk_push_lstring(ctx, (const char *)s->data, s->len);
  return 1;
}

/* Push out[0..len) as a string and free out, also when pushing throws. */
static void push_and_free(duk_context *ctx, uint8_t *out, size_t len) {
  scratch_string s = {out, len};
  duk_int_t rc = duk_safe_call(ctx, push_scratch, &s, 0, 1);
  duk_free_raw(ctx, out);
  if (rc != DUK_EXEC_SUCCESS) (void)duk_throw(ctx);
}

static uint8_t *scratch(duk_context *ctx, size_t n, size_t per_byte) {
  if (n > ((size_t)-1 - 8) / per_byte) (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  uint8_t *out = duk_alloc_raw(ctx, n * per_byte + 4);
  if (out == NULL) (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  return out;
}

void duv__codec_push_string(duk_context *ctx, const uint8_t *p, size_t n, int enc) {
  static const char hex[] = "0123456789abcdef";
  uint8_t *out;
  size_t o = 0;
  if (n == 0) {
    duk_push_string(ctx, "");
    return;
  }
  switch (enc) {
    case DUV__ENC_UCS2: {
      out = scratch(ctx, n, 2); /* 3 bytes per 2 in at most */
      for (size_t i = 0; i + 1 < n; i += 2)
        o += put_unit(out + o, p[i] | ((uint32_t)p[i + 1] << 8));
      break;
    }
    case DUV__ENC_LATIN1:
    case DUV__ENC_ASCII: {
      size_t k = ascii_prefix(p, n);
      if (k == n) {
        duk_push_lstring(ctx, (const char *)p, n);
        return;
      }
      out = scratch(ctx, n, 2);
      memcpy(out, p, k);
      o = k;
      for (size_t i = k; i < n; i++) {
        uint32_t c = enc == DUV__ENC_ASCII ? (p[i] & 0x7Fu) : p[i];
        o += put_unit(out + o, c);
      }
      break;
    }
    case DUV__ENC_BASE64:
    case DUV__ENC_BASE64URL:
      out = scratch(ctx, (n + 2) / 3, 4);
      o = base64_encode(out, p, n, enc == DUV__ENC_BASE64URL);
      break;
    case DUV__ENC_HEX:
      out = scratch(ctx, n, 2);
      for (size_t i = 0; i < n; i++) {
        out[2 * i] = (uint8_t)hex[p[i] >> 4];
        out[2 * i + 1] = (uint8_t)hex[p[i] & 15];
      }
      o = n * 2;
      break;
    default:
      duv__push_utf8(ctx, (const char *)p, n);
      return;
  }
  push_and_free(ctx, out, o);
}
