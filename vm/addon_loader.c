/*
 * Loading native addons (require() of a .node file; docs/extending.md).
 *
 * The shared objects are process-wide: each file is opened once with
 * uv_dlopen and never closed (Node never unloads addons either: a runtime
 * may still hold functions, finalizers or threads pointing into it, and
 * another runtime may load it later). That makes the list of opened
 * addons the one piece of global mutable state in libduv; runtimes may live
 * on different threads, so it is guarded by a mutex, taken only while a
 * file is looked up or opened. What the addon's module makes (state,
 * exports) is per runtime (vm/capi_module.c).
 *
 * The entry point duv_addon_v1() only returns a static descriptor, so the
 * ABI is checked before any of the addon's code touches a runtime.
 */
#include <stdlib.h>
#include <string.h>

#include "capi.h"

typedef struct loaded {
  struct loaded *next;
  char *path;
  uv_lib_t lib;
  const duv_addon_t *addon;
} loaded;

static uv_once_t once = UV_ONCE_INIT;
static uv_mutex_t lock;
static loaded *addons; /* guarded by lock; entries are never freed */

static void init_lock(void) {
  if (uv_mutex_init(&lock) != 0) abort();
}

/* The first fields every ABI version keeps in place. */
#define ADDON_HEAD_SIZE (offsetof(duv_addon_t, abi_version) + sizeof(uint32_t))

/* Opens and checks the addon at path (the loader's real path). Returns its
 * descriptor, or NULL with an error pending. */
static const duv_addon_t *open_addon(duv_runtime_t *rt, const char *path) {
  uv_once(&once, init_lock);
  uv_mutex_lock(&lock);
  for (loaded *l = addons; l != NULL; l = l->next) {
    if (strcmp(l->path, path) == 0) {
      const duv_addon_t *a = l->addon;
      uv_mutex_unlock(&lock);
      return a;
    }
  }
  loaded *l = calloc(1, sizeof(*l));
  char *copy = strdup(path);
  if (l == NULL || copy == NULL) {
    uv_mutex_unlock(&lock);
    free(l);
    free(copy);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  if (uv_dlopen(path, &l->lib) != 0) {
    uv_mutex_unlock(&lock);
    duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED", "%s", uv_dlerror(&l->lib));
    uv_dlclose(&l->lib); /* frees the message; the library did not open */
    free(l);
    free(copy);
    return NULL;
  }
  const duv_addon_t *(*entry)(void) = NULL;
  const duv_addon_t *a = NULL;
  void *sym = NULL;
  if (uv_dlsym(&l->lib, "duv_addon_v1", &sym) != 0) {
    /* dlsym's message, unless the file is a Node addon, which is said
     * plainly (the message is copied before the second lookup replaces it). */
    duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED", "%s", uv_dlerror(&l->lib));
    void *napi = NULL;
    if (uv_dlsym(&l->lib, "napi_register_module_v1", &napi) == 0)
      duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED",
                    "'%s' is a Node-API addon; duv loads only addons built against duv.h", path);
    goto refuse;
  }
  /* dlsym hands back an object pointer; POSIX guarantees the conversion. */
  memcpy(&entry, &sym, sizeof(entry));
  a = entry();
  if (a == NULL || a->struct_size < ADDON_HEAD_SIZE) {
    duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED",
                  "addon '%s' returned no valid descriptor from duv_addon_v1", path);
    goto refuse;
  }
  if (a->abi_version != DUV_ABI_VERSION) {
    duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED",
                  "addon '%s' was built for duv ABI %u; this runtime provides ABI %d", path,
                  (unsigned)a->abi_version, DUV_ABI_VERSION);
    goto refuse;
  }
  if (a->struct_size < sizeof(duv_addon_t) || a->module == NULL) {
    duv_error_set(rt, DUV_ERROR, "ERR_DLOPEN_FAILED",
                  "addon '%s' has an invalid descriptor (struct_size %u, module %s)", path,
                  (unsigned)a->struct_size, a->module == NULL ? "missing" : "present");
    goto refuse;
  }
  l->path = copy;
  l->addon = a;
  l->next = addons;
  addons = l;
  uv_mutex_unlock(&lock);
  return a;
refuse:
  /* Refused before any of its code ran against a runtime: close it, so a
   * corrected file at the same path can be loaded later. */
  uv_dlclose(&l->lib);
  uv_mutex_unlock(&lock);
  free(l);
  free(copy);
  return NULL;
}

/* load(filename) -> the exports of the addon in this runtime. */
static duk_ret_t js_load(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  /* Loading runs the addon's code with the whole process's rights: it needs
   * the addon permission as well as reading the file. */
  const char *path = duv__push_fs_path(ctx, 0, 0);
  duv__permission_require(ctx, DUV_PERMISSION_ADDON, path);
  duv__permission_require(ctx, DUV_PERMISSION_FS_READ, path);
  duv_error_clear(rt);
  const duv_addon_t *a = open_addon(rt, path);
  return duv__capi_return(rt, a != NULL ? duv_module_load(rt, a->module) : NULL);
}

void duv__binding_addon(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"load", js_load, 1}, {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
