/*
 * The `uv` binding: libuv's error names and messages, for
 * util.getSystemErrorName and util.getSystemErrorMap.
 */
#include "internal.h"

/* errname(err) -> 'ENOENT', or 'Unknown system error -1234'. */
static duk_ret_t js_errname(duk_context *ctx) {
  char buf[64];
  uv_err_name_r(duk_to_int(ctx, 0), buf, sizeof(buf));
  duk_push_string(ctx, buf);
  return 1;
}

/* errmap() -> flat array of errno, name, message for every libuv error. */
static duk_ret_t js_errmap(duk_context *ctx) {
  duk_uarridx_t k = 0;
  duk_push_array(ctx);
#define PUT_ERROR(name, msg)                      \
  duk_push_int(ctx, UV_##name);                   \
  duk_put_prop_index(ctx, -2, k++);               \
  duk_push_string(ctx, #name);                    \
  duk_put_prop_index(ctx, -2, k++);               \
  duk_push_string(ctx, msg);                      \
  duk_put_prop_index(ctx, -2, k++);
  UV_ERRNO_MAP(PUT_ERROR)
#undef PUT_ERROR
  return 1;
}

void duv__binding_uv(duk_context *ctx) {
  static const duk_function_list_entry funcs[] = {
      {"errname", js_errname, 1}, {"errmap", js_errmap, 0}, {NULL, NULL, 0}};
  duv__put_functions(ctx, funcs);
}
