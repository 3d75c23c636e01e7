/*
 * Buffers made from C. A Node Buffer is a Uint8Array whose prototype is
 * Buffer.prototype (as Node's FastBuffer); every binding that hands bytes to
 * JavaScript (fs reads, the extension API's buffers, ...) makes them here, so
 * they are Buffers once the buffer module has registered its prototype, and
 * plain Uint8Arrays before (during the bootstrap).
 */
#include <string.h>

#include "internal.h"

#define STASH_BUFFER_PROTO "bufferProto"

void duv__buffer_set_prototype(duk_context *ctx) { duv__stash_put(ctx, STASH_BUFFER_PROTO); }

/*
 * [ ... ] -> [ ... proto ]: Buffer.prototype, loading the buffer module the
 * first time (the global Buffer is lazy, so bytes from C may come first).
 * During the bootstrap, before the loader exists, undefined.
 */
static void push_prototype(duk_context *ctx) {
  duv__stash_get(ctx, STASH_BUFFER_PROTO);
  if (duk_is_object(ctx, -1)) return;
  duk_pop(ctx);
  duv__stash_get(ctx, "loadBuffer");
  if (!duk_is_function(ctx, -1)) return; /* undefined: no prototype yet */
  duk_call(ctx, 0);
  duk_pop(ctx);
  duv__stash_get(ctx, STASH_BUFFER_PROTO);
}

static void *push_buffer(duk_context *ctx, size_t len, duk_uint_t flags) {
  duk_push_buffer_raw(ctx, len, flags);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
  duk_remove(ctx, -2);
  push_prototype(ctx);
  if (duk_is_object(ctx, -1))
    duk_set_prototype(ctx, -2);
  else
    duk_pop(ctx);
  duk_size_t n;
  return duk_get_buffer_data(ctx, -1, &n);
}

void *duv__push_buffer(duk_context *ctx, size_t len) { return push_buffer(ctx, len, 0); }

/* Not zero-filled: for bytes the caller overwrites before any script can
 * see them (a copy, a read whose short result is copied out). Saves the
 * kernel faulting the memory in twice for large buffers. */
void *duv__push_buffer_uninit(duk_context *ctx, size_t len) {
  return push_buffer(ctx, len, DUK_BUF_FLAG_NOZERO);
}

void *duv__push_buffer_copy(duk_context *ctx, const void *data, size_t len) {
  void *p = duv__push_buffer_uninit(ctx, len);
  if (len > 0) memcpy(p, data, len);
  return p;
}
