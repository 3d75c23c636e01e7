/*
 * UTF-8 at the boundary. Duktape stores strings as CESU-8-like extended UTF-8:
 * JS strings are UTF-16, so a character outside the BMP must be a surrogate
 * pair of two 3-byte sequences inside the engine. Text coming in is decoded
 * as Node does (invalid bytes become U+FFFD); text going out is valid UTF-8.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Length of a valid UTF-8 sequence starting at p (at most n bytes), or 0. */
static size_t utf8_valid_len(const unsigned char *p, size_t n, uint32_t *cp) {
  unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    if (n < 2 || (p[1] & 0xC0) != 0x80) return 0;
    *cp = ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0; /* overlong */
    *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3; /* surrogates (ED A0..BF) are accepted: CESU-8 pieces */
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] > 0x8F) return 0;
    *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
          ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  return 0;
}

/*
 * Bytes an invalid sequence at p spans (at least 1): its lead byte and the
 * continuation bytes that were valid where they stood, the "maximal subpart"
 * the WHATWG decoder (so Node) turns into one U+FFFD. A surrogate encoded in
 * three bytes (ED A0..BF ..) is invalid from its second byte on: three U+FFFD.
 */
static size_t invalid_len(const unsigned char *p, size_t n) {
  unsigned char c = p[0];
  unsigned char lo = 0x80, hi = 0xBF;
  size_t need;
  if (c >= 0xC2 && c <= 0xDF) {
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
    return 1;
  }
  size_t k = 1;
  while (k <= need && k < n && p[k] >= lo && p[k] <= hi) {
    lo = 0x80;
    hi = 0xBF;
    k++;
  }
  return k;
}

int duv__utf8_is_valid(const unsigned char *p, size_t n) {
  size_t i = 0;
  uint32_t cp;
  while (i < n) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t l = utf8_valid_len(p + i, n - i, &cp);
    if (l == 0 || (l == 3 && cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    i += l;
  }
  return 1;
}

static size_t put3(unsigned char *o, uint32_t cp) {
  o[0] = (unsigned char)(0xE0 | (cp >> 12));
  o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[2] = (unsigned char)(0x80 | (cp & 0x3F));
  return 3;
}

void duv__push_utf8(duk_context *ctx, const char *data, size_t len) {
  const unsigned char *p = (const unsigned char *)data;
  size_t i = 0;
  uint32_t cp;
  /* Fast path: plain ASCII, or UTF-8 that needs no change. */
  while (i < len) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t l = utf8_valid_len(p + i, len - i, &cp);
    if (l == 0 || l == 4) break;
    if (l == 3 && cp >= 0xD800 && cp <= 0xDFFF) break; /* lone surrogate in input */
    i += l;
  }
  if (i == len) {
    duk_push_lstring(ctx, data, len);
    return;
  }
  /* Each input byte yields at most 3 output bytes (U+FFFD), a 4-byte sequence 6. */
  unsigned char *out = duk_push_fixed_buffer(ctx, len * 3);
  memcpy(out, p, i);
  size_t o = i;
  while (i < len) {
    size_t l = utf8_valid_len(p + i, len - i, &cp);
    if (l == 0 || (l == 3 && cp >= 0xD800 && cp <= 0xDFFF)) {
      o += put3(out + o, 0xFFFD);
      i += invalid_len(p + i, len - i);
    } else if (l == 4) {
      cp -= 0x10000;
      o += put3(out + o, 0xD800 | (cp >> 10));
      o += put3(out + o, 0xDC00 | (cp & 0x3FF));
      i += 4;
    } else {
      memcpy(out + o, p + i, l);
      o += l;
      i += l;
    }
  }
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

char *duv__cesu8_to_utf8(const char *data, size_t len, size_t *out_len) {
  const unsigned char *p = (const unsigned char *)data;
  size_t i = 0;
  uint32_t cp;
  while (i < len) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t l = utf8_valid_len(p + i, len - i, &cp);
    if (l == 0 || (l == 3 && cp >= 0xD800 && cp <= 0xDFFF)) break;
    i += l;
  }
  if (i == len) {
    *out_len = len;
    return NULL;
  }
  /* An invalid byte becomes U+FFFD: at most three bytes out for one in. */
  char *out = malloc(len * 3 + 1);
  if (out == NULL) {
    *out_len = (size_t)-1;
    return NULL;
  }
  memcpy(out, p, i);
  size_t o = i;
  while (i < len) {
    size_t l = utf8_valid_len(p + i, len - i, &cp);
    if (l == 3 && cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t lo;
      if (len - i >= 6 && utf8_valid_len(p + i + 3, len - i - 3, &lo) == 3 && lo >= 0xDC00 &&
          lo <= 0xDFFF) {
        uint32_t c = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        out[o++] = (char)(0xF0 | (c >> 18));
        out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
        out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[o++] = (char)(0x80 | (c & 0x3F));
        i += 6;
        continue;
      }
      o += put3((unsigned char *)out + o, 0xFFFD);
      i += 3;
    } else if (l == 0 || l == 3) {
      /* l == 3 here means a lone low surrogate; l == 0 a byte Duktape would
       * never produce from a string, but a buffer may hold anything. */
      o += put3((unsigned char *)out + o, 0xFFFD);
      i += l == 0 ? 1 : 3;
    } else {
      memcpy(out + o, p + i, l);
      o += l;
      i += l;
    }
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

const char *duv__push_os_string(duk_context *ctx, duk_idx_t idx) {
  duk_size_t len;
  const char *s = duk_require_lstring(ctx, idx, &len);
  /* The buffer comes first so that nothing can throw while the malloc'd
   * conversion is held; UTF-8 out is never more than three bytes per byte in. */
  char *copy = duk_push_fixed_buffer(ctx, len * 3 + 1);
  size_t out_len;
  char *utf8 = duv__cesu8_to_utf8(s, len, &out_len);
  if (utf8 == NULL) {
    if (out_len == (size_t)-1) (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    return s; /* already UTF-8; the string stays alive at idx */
  }
  memcpy(copy, utf8, out_len + 1);
  free(utf8);
  return copy;
}
