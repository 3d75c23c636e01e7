/* Looks like a Node-API addon (its registration symbol, no duv entry
 * point): the loader must say so (test/js/addons). */
#include <duv.h>

DUV_EXTERN void *napi_register_module_v1(void *env, void *exports);
DUV_EXTERN void *napi_register_module_v1(void *env, void *exports) {
  (void)env;
  return exports;
}
