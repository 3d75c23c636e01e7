/* The JavaScript built into the library: each module compiled to Duktape
 * bytecode at build time (tools/jsc.c, run by SCons). */
#ifndef DUV_VM_JS_SOURCES_H
#define DUV_VM_JS_SOURCES_H

#include <stddef.h>

/* The parameters of a built-in module's wrapper function. */
#define DUV__BUILTIN_PARAMS "exports, require, module, internalBinding, process"

typedef struct {
  const char *id;                /* "fs", "internal/bootstrap", ... */
  const unsigned char *bytecode; /* duk_dump_function() of the wrapper */
  size_t length;
  const char *source;            /* the JS text, for error reports */
  size_t source_length;
} duv__js_source;

/* Sorted by id, terminated by an entry with a NULL id. */
extern const duv__js_source duv__js_sources[];

#endif
