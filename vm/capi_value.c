/*
 * Handles to JavaScript values (include/duv.h, "Values and references").
 *
 * A handle is an entry of a per-runtime table; entry i holds a heap value in
 * slot i of a JS array kept in the heap stash, so the garbage collector sees
 * every value a handle holds. Numbers live in the entry itself, and
 * undefined, null, true and false are four immortal entries. The table
 * grows by chunks whose refs slots are allocated in one protected step, so
 * that storing into a slot later never allocates and cannot throw.
 */
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi.h"

#define CHUNK 256

static duv__capi *capi_of(duv_runtime_t *rt) { return rt->capi; }

int duv__capi_init(duv_runtime_t *rt) {
  duv__capi *c = calloc(1, sizeof(*c));
  if (c == NULL) return -1;
  for (int i = 0; i < 4; i++) c->imm[i].kind = (uint8_t)(DUV__V_UNDEFINED + i);
  c->debug = (rt->flags & DUV_RUNTIME_DEBUG) != 0;
  rt->capi = c;
  duk_context *ctx = rt->ctx;
  duk_push_array(ctx);
  c->refs = duk_get_heapptr(ctx, -1);
  duv__stash_put(ctx, "capiRefs");
  return 0;
}

void duv__capi_free(duv_runtime_t *rt) {
  duv__capi *c = capi_of(rt);
  if (c == NULL) return;
  duv__capi_free_classes(rt);
  duv__capi_free_host_modules(rt);
  for (size_t i = 0; i < c->nchunks; i++) {
    for (size_t j = 0; j < CHUNK; j++) {
      free(c->chunks[i][j].utf8);
      free(c->chunks[i][j].site);
    }
    free(c->chunks[i]);
  }
  free(c->chunks);
  for (size_t i = 0; i < c->nfuncs; i++) free(c->funcs[i].name);
  free(c->funcs);
  while (c->scratch != NULL) {
    duv__scratch *next = c->scratch->next;
    free(c->scratch);
    c->scratch = next;
  }
  free(c->err_code);
  free(c->err_msg);
  free(c);
  rt->capi = NULL;
}

int duv__capi_protect(duv_runtime_t *rt, duk_safe_call_function fn, void *udata, duk_idx_t nargs,
                      duk_idx_t nrets) {
  duk_context *ctx = rt->ctx;
  if (duk_safe_call(ctx, fn, udata, nargs, nrets) == 0) return 0;
  /* The error is the first of the nrets values; the rest are undefined. */
  duk_dup(ctx, -nrets);
  duv__capi_set_pending_from_top(rt);
  for (duk_idx_t i = 0; i < nrets; i++) {
    duk_push_undefined(ctx);
    duk_replace(ctx, -nrets + i - 1);
  }
  return -1;
}

/* [ refs ] -> [ refs ] with CHUNK more undefined slots. */
static duk_ret_t grow_refs(duk_context *ctx, void *udata) {
  duk_uarridx_t from = (duk_uarridx_t)(uintptr_t)udata;
  duk_push_heapptr(ctx, capi_of(duv__runtime(ctx))->refs);
  for (duk_uarridx_t i = from; i < from + CHUNK; i++) {
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, i);
  }
  duk_pop(ctx);
  return 0;
}

#define SITE_FRAMES 12

/* Debug mode: where a handle was made, as a backtrace (count first). */
static void record_site(duv_value_t *v) {
  void *frames[SITE_FRAMES];
  int n = backtrace(frames, SITE_FRAMES);
  free(v->site);
  v->site = malloc(((size_t)n + 1) * sizeof(void *));
  if (v->site == NULL) return;
  v->site[0] = (void *)(intptr_t)n;
  memcpy(v->site + 1, frames, (size_t)n * sizeof(void *));
}

/* "  at frame\n" lines of a recorded site; the caller frees the result. */
static char *describe_site(duv_value_t *v) {
  if (v->site == NULL) return strdup("(debug mode is off)");
  int n = (int)(intptr_t)v->site[0];
  char **names = backtrace_symbols(v->site + 1, n);
  if (names == NULL) return strdup("(no backtrace)");
  size_t size = 1;
  for (int i = 0; i < n; i++) size += strlen(names[i]) + 8;
  char *out = malloc(size);
  if (out != NULL) {
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
      strcat(out, "  at ");
      strcat(out, names[i]);
      strcat(out, "\n");
    }
  }
  free(names);
  return out;
}

void duv__capi_released_handle(duv_runtime_t *rt, duv_value_t *v, const char *what) {
  (void)rt;
  char *site = describe_site(v);
  fprintf(stderr, "duv: debug: %s a released handle %p; it was created:\n%s", what, (void *)v,
          site ? site : "");
  free(site);
  void *frames[SITE_FRAMES];
  int n = backtrace(frames, SITE_FRAMES);
  fprintf(stderr, "and used here:\n");
  backtrace_symbols_fd(frames, n, 2);
  fflush(stderr);
  abort();
}

size_t duv_debug_leaks(duv_runtime_t *rt, void (*cb)(void *ud, const char *site), void *ud) {
  duv__capi *c = capi_of(rt);
  size_t count = 0;
  for (size_t i = 0; i < c->nchunks; i++) {
    for (size_t j = 0; j < CHUNK; j++) {
      duv_value_t *v = &c->chunks[i][j];
      if (v->kind != DUV__V_NUMBER && v->kind != DUV__V_REF) continue;
      if (v == c->err_value || v->internal) continue; /* duv's own */
      count++;
      if (cb != NULL) {
        char *site = describe_site(v);
        cb(ud, site ? site : "(out of memory)");
        free(site);
      }
    }
  }
  return count;
}

static void print_leak(void *ud, const char *site) {
  (void)ud;
  fprintf(stderr, "duv: debug: leaked handle, created:\n%s", site);
}

void duv__capi_report_leaks(duv_runtime_t *rt) {
  duv__capi *c = capi_of(rt);
  if (c == NULL || !c->debug) return;
  size_t n = duv_debug_leaks(rt, NULL, NULL);
  if (n == 0) return;
  fprintf(stderr, "duv: debug: %zu handle%s not released when the runtime was freed\n", n,
          n == 1 ? "" : "s");
  duv_debug_leaks(rt, print_leak, NULL);
  fflush(stderr);
}

static duv_value_t *new_entry(duv_runtime_t *rt) {
  duv__capi *c = capi_of(rt);
  if (c->free_list == NULL) {
    duv_value_t **chunks = realloc(c->chunks, (c->nchunks + 1) * sizeof(*chunks));
    if (chunks == NULL) goto oom;
    c->chunks = chunks;
    duv_value_t *chunk = calloc(CHUNK, sizeof(*chunk));
    if (chunk == NULL) goto oom;
    uint32_t base = (uint32_t)(c->nchunks * CHUNK);
    if (duv__capi_protect(rt, grow_refs, (void *)(uintptr_t)base, 0, 1) != 0) {
      duk_pop(rt->ctx);
      free(chunk);
      return NULL;
    }
    duk_pop(rt->ctx);
    c->chunks[c->nchunks++] = chunk;
    for (size_t i = CHUNK; i-- > 0;) {
      chunk[i].index = base + (uint32_t)i;
      chunk[i].u.next_free = c->free_list;
      c->free_list = &chunk[i];
    }
  }
  duv_value_t *v = c->free_list;
  c->free_list = v->u.next_free;
  if (c->debug) record_site(v);
  return v;
oom:
  duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
  return NULL;
}

void duv__capi_push(duv_runtime_t *rt, duv_value_t *v) {
  duk_context *ctx = rt->ctx;
  if (DUV__TAGGED(v)) {
    duk_dup(ctx, DUV__UNTAG(v));
    return;
  }
  if (v->kind == DUV__V_FREE && capi_of(rt)->debug) duv__capi_released_handle(rt, v, "use of");
  switch (v->kind) {
    case DUV__V_NULL:
      duk_push_null(ctx);
      break;
    case DUV__V_FALSE:
      duk_push_false(ctx);
      break;
    case DUV__V_TRUE:
      duk_push_true(ctx);
      break;
    case DUV__V_NUMBER:
      duk_push_number(ctx, v->u.num);
      break;
    case DUV__V_REF:
      duk_push_heapptr(ctx, v->u.heapptr);
      break;
    default:
      duk_push_undefined(ctx);
      break;
  }
}

duv_value_t *duv__capi_pop_handle(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  duv__capi *c = capi_of(rt);
  duv_value_t *v;
  switch (duk_get_type(ctx, -1)) {
    case DUK_TYPE_UNDEFINED:
    case DUK_TYPE_NONE:
      v = &c->imm[0];
      break;
    case DUK_TYPE_NULL:
      v = &c->imm[1];
      break;
    case DUK_TYPE_BOOLEAN:
      v = &c->imm[duk_get_boolean(ctx, -1) ? 3 : 2];
      break;
    case DUK_TYPE_NUMBER:
      v = new_entry(rt);
      if (v != NULL) {
        v->kind = DUV__V_NUMBER;
        v->u.num = duk_get_number(ctx, -1);
      }
      break;
    default:
      v = new_entry(rt);
      if (v != NULL) {
        v->kind = DUV__V_REF;
        v->u.heapptr = duk_get_heapptr(ctx, -1);
        /* The slot exists already: this store cannot allocate or throw. */
        duk_push_heapptr(ctx, c->refs);
        duk_dup(ctx, -2);
        duk_put_prop_index(ctx, -2, v->index);
        duk_pop(ctx);
      }
      break;
  }
  duk_pop(ctx);
  return v;
}

duv_value_t *duv_value_dup(duv_runtime_t *rt, duv_value_t *v) {
  if (v == NULL) return NULL;
  if (!DUV__TAGGED(v) && v->kind != DUV__V_NUMBER && v->kind != DUV__V_REF) return v;
  duv__capi_push(rt, v);
  return duv__capi_pop_handle(rt);
}

void duv_value_release(duv_runtime_t *rt, duv_value_t *v) {
  if (v == NULL || DUV__TAGGED(v)) return;
  duv__capi *c = capi_of(rt);
  if (v->kind == DUV__V_FREE) {
    /* A double release: fatal in debug mode; otherwise ignored, since the
     * entry may already serve another handle. */
    if (c->debug) duv__capi_released_handle(rt, v, "release of");
    return;
  }
  if (v->kind != DUV__V_NUMBER && v->kind != DUV__V_REF) return;
  if (v->kind == DUV__V_REF) {
    /* Dropping the value may run finalizers (Duktape runs them protected). */
    duk_context *ctx = rt->ctx;
    duk_push_heapptr(ctx, c->refs);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, v->index);
    duk_pop(ctx);
  }
  free(v->utf8);
  v->utf8 = NULL;
  v->internal = 0;
  v->kind = DUV__V_FREE;
  /* Debug mode quarantines released entries, so a use after release is
   * caught instead of reading whatever reused the entry. */
  if (c->debug) return;
  v->u.next_free = c->free_list;
  c->free_list = v;
}

duv_value_t *duv_undefined(duv_runtime_t *rt) { return &capi_of(rt)->imm[0]; }
duv_value_t *duv_null(duv_runtime_t *rt) { return &capi_of(rt)->imm[1]; }
duv_value_t *duv_boolean_new(duv_runtime_t *rt, int truth) {
  return &capi_of(rt)->imm[truth ? 3 : 2];
}

duv_type duv_value_type(duv_runtime_t *rt, duv_value_t *v) {
  if (!DUV__TAGGED(v)) {
    switch (v->kind) {
      case DUV__V_UNDEFINED:
        return DUV_TYPE_UNDEFINED;
      case DUV__V_NULL:
        return DUV_TYPE_NULL;
      case DUV__V_FALSE:
      case DUV__V_TRUE:
        return DUV_TYPE_BOOLEAN;
      case DUV__V_NUMBER:
        return DUV_TYPE_NUMBER;
      default:
        break;
    }
  }
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v);
  duv_type t;
  switch (duk_get_type(ctx, -1)) {
    case DUK_TYPE_NULL:
      t = DUV_TYPE_NULL;
      break;
    case DUK_TYPE_BOOLEAN:
      t = DUV_TYPE_BOOLEAN;
      break;
    case DUK_TYPE_NUMBER:
      t = DUV_TYPE_NUMBER;
      break;
    case DUK_TYPE_STRING:
      t = duk_is_symbol(ctx, -1) ? DUV_TYPE_SYMBOL : DUV_TYPE_STRING;
      break;
    case DUK_TYPE_OBJECT:
    case DUK_TYPE_BUFFER:
    case DUK_TYPE_LIGHTFUNC:
    case DUK_TYPE_POINTER:
      t = duk_is_function(ctx, -1) ? DUV_TYPE_FUNCTION : DUV_TYPE_OBJECT;
      break;
    default:
      t = DUV_TYPE_UNDEFINED;
      break;
  }
  duk_pop(ctx);
  return t;
}

int duv_value_truthy(duv_runtime_t *rt, duv_value_t *v) {
  duv__capi_push(rt, v);
  int truth = duk_to_boolean(rt->ctx, -1);
  duk_pop(rt->ctx);
  return truth;
}

int duv_value_strict_equals(duv_runtime_t *rt, duv_value_t *a, duv_value_t *b) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, a);
  duv__capi_push(rt, b);
  int eq = duk_strict_equals(ctx, -1, -2);
  duk_pop_2(ctx);
  return eq;
}

duv_value_t *duv_number_new(duv_runtime_t *rt, double n) {
  duv_value_t *v = new_entry(rt);
  if (v == NULL) return NULL;
  v->kind = DUV__V_NUMBER;
  v->u.num = n;
  return v;
}

static void type_error(duv_runtime_t *rt, const char *expected, duv_type got) {
  static const char *const names[] = {"undefined", "null",   "boolean", "number",
                                      "string",    "symbol", "object",  "function"};
  duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "The value must be of type %s. Received type %s",
                expected, names[got]);
}

int duv_number_get(duv_runtime_t *rt, duv_value_t *v, double *out) {
  if (!DUV__TAGGED(v) && v->kind == DUV__V_NUMBER) {
    *out = v->u.num;
    return 0;
  }
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v);
  int ok = duk_is_number(ctx, -1);
  if (ok) *out = duk_get_number(ctx, -1);
  duk_pop(ctx);
  if (!ok) {
    type_error(rt, "number", duv_value_type(rt, v));
    return -1;
  }
  return 0;
}

typedef struct {
  const char *data;
  size_t len;
} bytes;

static duk_ret_t push_utf8_protected(duk_context *ctx, void *udata) {
  bytes *b = udata;
  duv__push_utf8(ctx, b->data, b->len);
  return 1;
}

duv_value_t *duv_string_new(duv_runtime_t *rt, const char *utf8, size_t len) {
  if (duv_error_occurred(rt)) return NULL;
  bytes b = {utf8, len == DUV_NTS ? strlen(utf8) : len};
  if (duv__capi_protect(rt, push_utf8_protected, &b, 0, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

const char *duv_string_get(duv_runtime_t *rt, duv_value_t *v, size_t *len) {
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, v);
  if (!duk_is_string(ctx, -1) || duk_is_symbol(ctx, -1)) {
    duk_pop(ctx);
    type_error(rt, "string", duv_value_type(rt, v));
    return NULL;
  }
  duk_size_t n;
  /* The bytes live as long as the string, which the handle keeps alive. */
  const char *s = duk_get_lstring(ctx, -1, &n);
  duk_pop(ctx);
  size_t out_len;
  char *copy = duv__cesu8_to_utf8(s, n, &out_len);
  if (copy == NULL) {
    if (out_len == (size_t)-1) {
      duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
      return NULL;
    }
    if (len != NULL) *len = n;
    return s;
  }
  /* Characters outside the BMP: the UTF-8 form is a copy owned by the
   * handle, or by the running call for a borrowed argument. */
  duv__capi *c = capi_of(rt);
  if (DUV__TAGGED(v)) {
    duv__scratch *sc = malloc(sizeof(*sc) + out_len + 1);
    if (sc == NULL) {
      free(copy);
      duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
      return NULL;
    }
    memcpy(sc->data, copy, out_len + 1);
    free(copy);
    sc->depth = c->depth;
    sc->next = c->scratch;
    c->scratch = sc;
    copy = sc->data;
  } else {
    free(v->utf8);
    v->utf8 = copy;
  }
  if (len != NULL) *len = out_len;
  return copy;
}

static duk_ret_t push_object_protected(duk_context *ctx, void *udata) {
  (void)udata;
  duk_push_object(ctx);
  return 1;
}

duv_value_t *duv_object_new(duv_runtime_t *rt) {
  if (duv_error_occurred(rt)) return NULL;
  if (duv__capi_protect(rt, push_object_protected, NULL, 0, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

duv_value_t *duv_runtime_global(duv_runtime_t *rt) {
  duk_push_global_object(rt->ctx);
  return duv__capi_pop_handle(rt);
}

/* [ obj key ] -> [ value ] */
static duk_ret_t get_protected(duk_context *ctx, void *udata) {
  (void)udata;
  duk_get_prop(ctx, -2);
  return 1;
}

duv_value_t *duv_object_get(duv_runtime_t *rt, duv_value_t *obj, const char *key) {
  if (duv_error_occurred(rt)) return NULL;
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, obj);
  bytes b = {key, strlen(key)};
  if (duv__capi_protect(rt, push_utf8_protected, &b, 0, 1) != 0) {
    duk_pop_2(ctx);
    return NULL;
  }
  if (duv__capi_protect(rt, get_protected, NULL, 2, 1) != 0) {
    duk_pop(ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

/* [ obj key value ] -> [ ] (strict: a failed assignment throws) */
static duk_ret_t set_protected(duk_context *ctx, void *udata) {
  (void)udata;
  duk_put_prop(ctx, -3);
  return 0; /* safe_call pads the one result with undefined */
}

int duv_object_set(duv_runtime_t *rt, duv_value_t *obj, const char *key, duv_value_t *value) {
  if (duv_error_occurred(rt)) return -1;
  duk_context *ctx = rt->ctx;
  duv__capi_push(rt, obj);
  bytes b = {key, strlen(key)};
  if (duv__capi_protect(rt, push_utf8_protected, &b, 0, 1) != 0) {
    duk_pop_2(ctx);
    return -1;
  }
  duv__capi_push(rt, value);
  int rc = duv__capi_protect(rt, set_protected, NULL, 3, 1);
  duk_pop(ctx);
  return rc;
}

duv_value_t *duv_object_get_key(duv_runtime_t *rt, duv_value_t *obj, duv_value_t *key) {
  if (duv_error_occurred(rt)) return NULL;
  duv__capi_push(rt, obj);
  duv__capi_push(rt, key);
  if (duv__capi_protect(rt, get_protected, NULL, 2, 1) != 0) {
    duk_pop(rt->ctx);
    return NULL;
  }
  return duv__capi_pop_handle(rt);
}

int duv_object_set_key(duv_runtime_t *rt, duv_value_t *obj, duv_value_t *key, duv_value_t *value) {
  if (duv_error_occurred(rt)) return -1;
  duv__capi_push(rt, obj);
  duv__capi_push(rt, key);
  duv__capi_push(rt, value);
  int rc = duv__capi_protect(rt, set_protected, NULL, 3, 1);
  duk_pop(rt->ctx);
  return rc;
}
