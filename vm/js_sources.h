/* The JavaScript built into the library (generated table, see site_scons/duv_build.py). */
#ifndef DUV_VM_JS_SOURCES_H
#define DUV_VM_JS_SOURCES_H

#include <stddef.h>

typedef struct {
  const char *id;     /* "fs", "internal/bootstrap", ... */
  const char *source; /* UTF-8 */
  size_t length;
} duv__js_source;

/* Sorted by id, terminated by an entry with a NULL id. */
extern const duv__js_source duv__js_sources[];

#endif
