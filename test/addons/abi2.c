/* An addon that says it was built for duv ABI 2: the loader must refuse it
 * before any of its code runs against a runtime (test/js/addons). */
#include <duv.h>

static int init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  (void)exports, (void)state;
  duv_error_set(rt, DUV_ERROR, NULL, "abi2's init must never run");
  return -1;
}

static const duv_module_def abi2_module = {
    .struct_size = sizeof(duv_module_def), .name = "abi2", .init = init};

DUV_EXTERN const duv_addon_t *duv_addon_v1(void) {
  static const duv_addon_t addon = {sizeof(duv_addon_t), 2, &abi2_module, "duv 9.0.0, ABI 2"};
  return &addon;
}
