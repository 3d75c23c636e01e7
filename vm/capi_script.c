/*
 * Compiled scripts (include/duv.h, "Compiled scripts"): compile once and
 * run many times, and Duktape bytecode stamped with the duv and Duktape
 * versions it was made by, so that a host can ship compiled scripts and
 * start faster. Duktape does not validate bytecode: only a host's own build
 * may be loaded; the stamp refuses bytecode from any other build.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi.h"

#define NAME_KEY DUK_HIDDEN_SYMBOL("duvScriptName")
#define MAGIC "DUVBC\001"
#define MAGIC_LEN 6

/* "duv 0.1.0 / duktape 20700 / 64-bit": what must match to load bytecode. */
static void stamp(char *buf, size_t size) {
  snprintf(buf, size, "duv %s / duktape %ld / %d-bit", DUV_VERSION_STRING, (long)DUK_VERSION,
           (int)(sizeof(void *) * 8));
}

typedef struct {
  const char *src;
  size_t len;
  const char *filename;
} compile_spec;

static duk_ret_t compile_protected(duk_context *ctx, void *udata) {
  compile_spec *c = udata;
  duv__push_utf8(ctx, c->src, c->len);
  duk_push_string(ctx, c->filename);
  duk_compile(ctx, 0);
  duk_push_string(ctx, c->filename);
  duk_put_prop_string(ctx, -2, NAME_KEY);
  return 1;
}

duv_value_t *duv_script_compile(duv_runtime_t *rt, const char *source, size_t len,
                                const char *filename) {
  if (duv_error_occurred(rt)) return NULL;
  compile_spec c = {source, len == DUV_NTS ? strlen(source) : len, filename ? filename : "[script]"};
  if (duv__capi_protect(rt, compile_protected, &c, 0, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

/* [ ... script ] -> its name, or NULL when it is no compiled script. */
static const char *script_name(duk_context *ctx) {
  if (!duk_is_function(ctx, -1)) return NULL;
  duk_get_prop_string(ctx, -1, NAME_KEY);
  const char *name = duk_get_string(ctx, -1);
  duk_pop(ctx); /* the string stays alive: the script holds it */
  return name;
}

static int not_a_script(duv_runtime_t *rt) {
  duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                "The value must be a script made by duv_script_compile or duv_script_load");
  return -1;
}

int duv_script_run(duv_runtime_t *rt, duv_value_t *script) {
  duk_context *ctx = rt->ctx;
  if (rt->exiting) return -1;
  if (duv_error_occurred(rt)) return -1;
  duv__capi_push(rt, script);
  const char *name = script_name(ctx);
  if (name == NULL) {
    duk_pop(ctx);
    return not_a_script(rt);
  }
  duv__stash_get(ctx, "runScript");
  duk_push_undefined(ctx);
  duk_dup(ctx, -3);
  duk_push_string(ctx, name);
  duk_remove(ctx, -5); /* the script's first copy */
  int rc = duv__call_method(rt, 2);
  duk_pop(ctx);
  return rc == 0 && !rt->exiting ? 0 : -1;
}

/* [ script ] -> [ buffer ] */
static duk_ret_t dump_protected(duk_context *ctx, void *udata) {
  (void)udata;
  duk_dump_function(ctx);
  return 1;
}

int duv_script_dump(duv_runtime_t *rt, duv_value_t *script, void **bytes, size_t *len) {
  if (duv_error_occurred(rt)) return -1;
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, script);
  const char *name = script_name(ctx);
  if (name == NULL) {
    duk_pop(ctx);
    return not_a_script(rt);
  }
  char *name_copy = strdup(name);
  if (name_copy == NULL || duv__capi_protect(rt, dump_protected, NULL, 1, 1) != 0) {
    if (name_copy == NULL) {
      duk_pop(ctx);
      duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    } else {
      duk_pop(ctx);
    }
    free(name_copy);
    return -1;
  }
  duk_size_t bc_len;
  const void *bc = duk_get_buffer_data(ctx, -1, &bc_len);
  char st[96];
  stamp(st, sizeof(st));
  size_t total = MAGIC_LEN + strlen(st) + 1 + strlen(name_copy) + 1 + bc_len;
  char *out = malloc(total);
  if (out == NULL) {
    duk_pop(ctx);
    free(name_copy);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return -1;
  }
  char *p = out;
  memcpy(p, MAGIC, MAGIC_LEN);
  p += MAGIC_LEN;
  memcpy(p, st, strlen(st) + 1);
  p += strlen(st) + 1;
  memcpy(p, name_copy, strlen(name_copy) + 1);
  p += strlen(name_copy) + 1;
  memcpy(p, bc, bc_len);
  duk_pop(ctx);
  free(name_copy);
  *bytes = out;
  *len = total;
  return 0;
}

typedef struct {
  const char *bc;
  size_t len;
  const char *name;
} load_spec;

static duk_ret_t load_protected(duk_context *ctx, void *udata) {
  load_spec *l = udata;
  void *buf = duk_push_fixed_buffer(ctx, l->len);
  memcpy(buf, l->bc, l->len);
  duk_load_function(ctx);
  duk_push_string(ctx, l->name);
  duk_put_prop_string(ctx, -2, NAME_KEY);
  return 1;
}

duv_value_t *duv_script_load(duv_runtime_t *rt, const void *bytes, size_t len) {
  if (duv_error_occurred(rt)) return NULL;
  const char *b = bytes;
  const char *end = b + len;
  char st[96];
  stamp(st, sizeof(st));
  if (len < MAGIC_LEN || memcmp(b, MAGIC, MAGIC_LEN) != 0) {
    duv_error_set(rt, DUV_ERROR, "ERR_DUV_BYTECODE", "not bytecode made by duv_script_dump");
    return NULL;
  }
  const char *their = b + MAGIC_LEN;
  const char *nul = memchr(their, '\0', (size_t)(end - their));
  const char *name = nul ? nul + 1 : NULL;
  const char *name_end = name ? memchr(name, '\0', (size_t)(end - name)) : NULL;
  if (nul == NULL || name_end == NULL || name_end + 1 >= end) {
    duv_error_set(rt, DUV_ERROR, "ERR_DUV_BYTECODE", "truncated bytecode");
    return NULL;
  }
  if (strcmp(their, st) != 0) {
    duv_error_set(rt, DUV_ERROR, "ERR_DUV_BYTECODE_VERSION",
                  "bytecode made by %s cannot be loaded by %s", their, st);
    return NULL;
  }
  load_spec l = {name_end + 1, (size_t)(end - (name_end + 1)), name};
  if (duv__capi_protect(rt, load_protected, &l, 0, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}
