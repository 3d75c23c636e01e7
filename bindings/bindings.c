/*
 * The table of native bindings reachable from built-in JS through
 * internalBinding(name). One line per binding; each fills the object it is
 * given with its functions and constants.
 */
#include "internal.h"

void duv__binding_addon(duk_context *ctx);
void duv__binding_buffer(duk_context *ctx);
void duv__binding_events(duk_context *ctx);
void duv__binding_host_modules(duk_context *ctx);
void duv__binding_fs(duk_context *ctx);
void duv__binding_contextify(duk_context *ctx);
void duv__binding_loader(duk_context *ctx);
void duv__binding_os(duk_context *ctx);
void duv__binding_permission(duk_context *ctx);
void duv__binding_process(duk_context *ctx);
void duv__binding_promise(duk_context *ctx);
void duv__binding_timers(duk_context *ctx);
void duv__binding_vm_context(duk_context *ctx);
void duv__binding_types(duk_context *ctx);
void duv__binding_uv(duk_context *ctx);

const duv__binding_def duv__bindings[] = {
    {"addon", duv__binding_addon},
    {"buffer", duv__binding_buffer},
    {"events", duv__binding_events},
    {"host_modules", duv__binding_host_modules},
    {"contextify", duv__binding_contextify},
    {"errors", duv__binding_errors},
    {"fs", duv__binding_fs},
    {"loader", duv__binding_loader},
    {"os", duv__binding_os},
    {"permission", duv__binding_permission},
    {"process", duv__binding_process},
    {"promise", duv__binding_promise},
    {"timers", duv__binding_timers},
    {"vm_context", duv__binding_vm_context},
    {"types", duv__binding_types},
    {"uv", duv__binding_uv},
    {NULL, NULL}};
