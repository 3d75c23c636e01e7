/*
 * Text <-> bytes for Node's Buffer encodings (bindings/buffer_codec.c), shared
 * by the buffer binding (bindings/buffer.c) and string_decoder.
 *
 * Strings come in as Duktape keeps them: CESU-8 (characters outside the BMP
 * are surrogate pairs of two 3-byte sequences), and go out the same way.
 */
#ifndef DUV_BINDINGS_BUFFER_CODEC_H
#define DUV_BINDINGS_BUFFER_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* Encodings, as bindings/lib/buffer.js numbers them after normalising names. */
enum {
  DUV__ENC_UTF8 = 0,
  DUV__ENC_UCS2,
  DUV__ENC_LATIN1,
  DUV__ENC_ASCII,
  DUV__ENC_BASE64,
  DUV__ENC_BASE64URL,
  DUV__ENC_HEX,
  DUV__ENC_COUNT
};

/* Bytes the string s (n bytes of CESU-8) takes in enc: exact for utf8, ucs2,
 * latin1, ascii and hex; for base64 Node's estimate from the length and the
 * trailing '=' (what Buffer.byteLength reports). */
size_t duv__codec_byte_length(const uint8_t *s, size_t n, int enc);

/* Encode s into dst (at most cap bytes) as Node writes: whole characters only
 * for utf8 and ucs2, hex up to the first invalid pair. Returns bytes written. */
size_t duv__codec_write(uint8_t *dst, size_t cap, const uint8_t *s, size_t n, int enc);

/* Whether s is all ASCII. */
int duv__codec_is_ascii(const uint8_t *s, size_t n);

/* The low byte of each UTF-16 code unit of s into out (room for n bytes):
 * what Node's base64 and hex decoders read from a string that is not
 * Latin-1. Returns the count. */
size_t duv__codec_low_bytes(const uint8_t *s, size_t n, uint8_t *out);

/* Push the string that the bytes p[0..n) decode to in enc. */
void duv__codec_push_string(duk_context *ctx, const uint8_t *p, size_t n, int enc);

#endif
