/*
 * Compiling JavaScript: scripts, CommonJS module wrappers and the built-in
 * modules. The module wrapper is put on the first line of the source so that
 * line numbers in stack traces are the file's own.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "js_sources.h"

static const duv__js_source *find_source(const char *id) {
  size_t lo = 0, hi = 0;
  while (duv__js_sources[hi].id != NULL) hi++;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(duv__js_sources[mid].id, id);
    if (c == 0) return &duv__js_sources[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

int duv__has_builtin_js(const char *id) { return find_source(id) != NULL; }

const char *duv__builtin_js_source(const char *id, size_t *len) {
  const duv__js_source *s = find_source(id);
  if (s == NULL) return NULL;
  *len = s->source_length;
  return s->source;
}

/*
 * [ ... ] -> [ ... source ]: src is already a JS string's internal (CESU-8)
 * bytes, so it is pushed as it is: decoding it again as UTF-8 would turn every
 * surrogate pair into two U+FFFD. A `#!` line is kept as a comment so that
 * line numbers stay right.
 */
static void push_source_text(duk_context *ctx, const char *src, size_t len) {
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    duk_push_string(ctx, "//");
    duk_push_lstring(ctx, src + 2, len - 2);
    duk_concat(ctx, 2);
  } else {
    duk_push_lstring(ctx, src, len);
  }
}

/* [ source(string) filename ] -> [ function ] or [ error ]; 0 or -1. */
static int compile_wrapped(duk_context *ctx, const char *params) {
  duk_push_sprintf(ctx, "function (%s) {", params);
  duk_dup(ctx, -3);
  duk_push_string(ctx, "\n}");
  duk_concat(ctx, 3);
  duk_replace(ctx, -3);
  return duk_pcompile(ctx, DUK_COMPILE_FUNCTION) == 0 ? 0 : -1;
}

#define MODULE_PARAMS "exports, require, module, __filename, __dirname"

/*
 * Built-in modules are compiled at build time (tools/jsc.c): loading their
 * bytecode is several times cheaper than parsing them, which was most of a
 * runtime's start-up (docs/performance.md). The function loaded is the same
 * wrapper compile_wrapped() would have made, named "node:<id>".
 */
int duv__push_builtin_js(duk_context *ctx, const char *id) {
  const duv__js_source *s = find_source(id);
  if (s == NULL) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "No such built-in module: %s", id);
    return -1;
  }
  /* duk_load_function copies what it needs out of the buffer. */
  duk_push_external_buffer(ctx);
  duk_config_buffer(ctx, -1, (void *)s->bytecode, s->length);
  duk_load_function(ctx);
  return 0;
}

/* compileFunction(source, filename) -> the CommonJS module function. */
static duk_ret_t js_compile_module(duk_context *ctx) {
  duk_size_t len;
  const char *src = duk_require_lstring(ctx, 0, &len);
  duk_require_string(ctx, 1);
  push_source_text(ctx, src, len);
  duk_dup(ctx, 1);
  if (compile_wrapped(ctx, MODULE_PARAMS) != 0) return duk_throw(ctx);
  return 1;
}

/* compileScript(source, filename) -> a function that runs it as global code. */
static duk_ret_t js_compile_script(duk_context *ctx) {
  duk_size_t len;
  const char *src = duk_require_lstring(ctx, 0, &len);
  duk_require_string(ctx, 1);
  push_source_text(ctx, src, len);
  duk_dup(ctx, 1);
  if (duk_pcompile(ctx, 0) != 0) return duk_throw(ctx);
  return 1;
}

/* compileBuiltin(id) -> the wrapped function of a built-in module. */
static duk_ret_t js_compile_builtin(duk_context *ctx) {
  if (duv__push_builtin_js(ctx, duk_require_string(ctx, 0)) != 0) return duk_throw(ctx);
  return 1;
}

/* builtinIds() -> every built-in id that is not internal/. */
static duk_ret_t js_builtin_ids(duk_context *ctx) {
  duk_push_array(ctx);
  duk_uarridx_t n = 0;
  for (const duv__js_source *s = duv__js_sources; s->id != NULL; s++) {
    if (strncmp(s->id, "internal/", 9) == 0) continue;
    duk_push_string(ctx, s->id);
    duk_put_prop_index(ctx, -2, n++);
  }
  return 1;
}

void duv__binding_contextify(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {
      {"compileFunction", js_compile_module, 2},
      {"compileScript", js_compile_script, 2},
      {"compileBuiltin", js_compile_builtin, 1},
      {"builtinIds", js_builtin_ids, 0},
      {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}
