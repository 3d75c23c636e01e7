/*
 * Internal declarations shared by vm/ and bindings/. Not part of the ABI.
 */
#ifndef DUV_VM_INTERNAL_H
#define DUV_VM_INTERNAL_H

#ifndef DUV_BUILD_CORE
#error "vm/internal.h is internal to libduv; include <duv.h> instead"
#endif

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "duktape.h"
#include "duv.h"

/* The Node.js release whose API duv follows (process.version). */
#define DUV_NODE_VERSION "20.0.0"

typedef struct duv__handle duv__handle;

struct duv_runtime_s {
  duk_context *ctx;
  /* The loop everything runs on: &own_loop, or the host's (duv_config_t.loop),
   * which the runtime never closes, walks or runs beyond its own needs. */
  uv_loop_t *loop;
  uv_loop_t own_loop;
  int owns_loop;
  /* Handles the runtime opened on its loop and not yet closed (close callback
   * not run), plus its requests in flight: teardown on a host's loop runs
   * that loop until this drops to 0 (see duv__loop_hold). */
  size_t loop_pending;
  unsigned flags; /* DUV_RUNTIME_* */

  /* Where stdout/stderr go (NULL: descriptors 1 and 2), and process.env's
   * source (NULL: the process's environment), from the configuration. */
  void (*output)(void *output_data, int fd, const char *bytes, size_t len);
  void *output_data;
  char **env;
  int env_count;
  /* The host's handler for uncaught errors (vm/host_uncaught.c), and how
   * many calls of it are running (nested when JS it runs throws). */
  int (*uncaught)(void *uncaught_data, duv_runtime_t *rt, duv_value_t *error, const char *report);
  void *uncaught_data;
  int uncaught_depth;

  /* The working directory (vm/workdir.c), absolute and canonical, and what
   * the runtime may touch (vm/permission.c; NULL: everything). */
  char *cwd;
  struct duv__permissions *permissions;

  /* Limits (vm/limits.c). While a stop is under way, `exiting` is set too so
   * that nothing more runs; the outermost entry point clears both. */
  size_t memory_limit;
  uint64_t time_limit_ns;
  uint64_t deadline_ns;      /* of the current entry into JS; 0 for none */
  _Atomic int interrupt_requested;
  int stop_reason;           /* DUV__STOP_* */
  int stopped_by_limit;      /* duv_runtime_run reports -1 */
  int in_loop;               /* inside uv_run */
  int stop_requested;        /* duv_runtime_stop() */

  /* process.argv and process.execArgv, copied from the configuration. */
  int argc;
  char **argv;
  int exec_argc;
  char **exec_argv;

  /* Exit state: set by process.exit() or an uncaught error. While `exiting`
   * is set, duv__exec_should_stop() makes Duktape unwind whatever runs. */
  int exiting;
  int exit_code;
  int exit_emitted;

  /* Depth of C -> JS calls; the tick queue is drained when it drops to 0. */
  int call_depth;
  /* Set once the loop time was refreshed for the timers started in the
   * current turn (see bindings/timers.c); cleared when the turn ends. */
  int timer_clock_fresh;
  /* Set by process.nextTick when it queues a callback (vm/next_tick.c). */
  int tick_scheduled;
  /* Heap pointers the stash keeps alive: the process object and the
   * nextTick queue ([callback, argument count, arguments...] per tick). */
  void *process_obj;
  void *tick_queue;

  /* Handles wrapped by JS objects (timers, ...), for teardown. */
  duv__handle *handles;

  /* setImmediate: the check handle runs the queue; the idle handle keeps the
   * loop from blocking in poll while ref'd immediates are pending. */
  uv_check_t immediate_check;
  uv_idle_t immediate_idle;
  int immediate_count;
  int immediate_ref_count;

  /* Microtask queue (vm/microtask.c) and Promise state (vm/promise.c); both
   * live in buffers owned by the heap stash. */
  struct duv__microtask_queue *microtasks;
  struct duv__promise_rt *promises;

  /* The extension API's handles, pending exception and native functions
   * (vm/capi.h). */
  struct duv__capi *capi;

  /* Bytes allocated by the heap, for process.memoryUsage(). */
  size_t heap_bytes;

  /* V8-style stack traces (vm/stacktrace.c). Heap pointers of objects that
   * the stash keeps alive: the `stack` accessor pair, CallSite.prototype and
   * the native Error constructors (whose frames a trace leaves out). */
  void *stack_getter, *stack_setter, *callsite_proto;
  void *error_ctors[7];
  void *eval_fn, *default_prepare;
  /* Nonzero while Error.prepareStackTrace runs: nested traces use the
   * default format, as V8 does. */
  int preparing_stack;
  /* The error the engine itself just created in a JS frame (TypeError from
   * a bad property access, ...), to tell its throw from a throw statement. */
  void *engine_error;
  /* [ value, function, pc, from a throw statement ] of the last throw,
   * kept alive by the stash. */
  void *throw_site;
};

enum { DUV__STOP_NONE = 0, DUV__STOP_INTERRUPT, DUV__STOP_TIMEOUT };
/* At the outermost entry into JS: arm the time limit. */
void duv__limits_enter(duv_runtime_t *rt);
/* At its end: turn a stop into the host's pending exception. */
void duv__limits_leave(duv_runtime_t *rt);

/* The runtime that owns a Duktape context. */
duv_runtime_t *duv__runtime(duk_context *ctx);

/* ---- The runtime's share of its loop (vm/runtime.c) ---- */

/*
 * Every handle the runtime initialises on rt->loop and every request it
 * starts there is counted: hold once it is initialised / started, release
 * in its close callback / completion. On a host's loop (duv_config_t.loop)
 * duv_runtime_free runs that loop until the count is 0, so nothing of the
 * runtime's is left on it. duv__handle_init counts the handles it registers.
 */
static inline void duv__loop_hold(duv_runtime_t *rt) { rt->loop_pending++; }
static inline void duv__loop_release(duv_runtime_t *rt) { rt->loop_pending--; }

/* uv_stop() the loop when that stops only the runtime's own run: always on
 * its own loop, on a host's only inside duv_runtime_run. */
void duv__loop_stop(duv_runtime_t *rt);

/* ---- Stash slots: values the runtime keeps alive, in the heap stash. ---- */
#define DUV__STASH_TICKS "ticks"        /* processTicksAndRejections */
#define DUV__STASH_UNCAUGHT "uncaught"  /* internal uncaught-exception handler */
#define DUV__STASH_EXIT "exit"          /* emits process 'exit' */
#define DUV__STASH_BEFORE_EXIT "beforeExit"
#define DUV__STASH_IMMEDIATES "immediates" /* processImmediates */
#define DUV__STASH_TIMEOUT "timeout"    /* timer dispatcher */
#define DUV__STASH_MICROTASKS "microtasks"
#define DUV__STASH_HANDLES "handles"    /* id -> JS object of active handles */
#define DUV__STASH_BINDINGS "bindings"  /* name -> binding object cache */
#define DUV__STASH_PROCESS "process"    /* the process object (rt->process_obj) */

/* Push / store a value under a key of the heap stash. */
void duv__stash_get(duk_context *ctx, const char *key);
void duv__stash_put(duk_context *ctx, const char *key); /* pops the value */

/* ---- Calling into JS (vm/call.c) ---- */

/*
 * Calls the function at [-nargs - 2] with `this` at [-nargs - 1] and nargs
 * arguments above, as duk_pcall_method does, leaving the result (or undefined
 * after an error) in their place. An error goes to the uncaught-exception
 * machinery. When this is the outermost call, the nextTick and microtask
 * queues are drained afterwards. Returns 0, or -1 after an error.
 */
int duv__call_method(duv_runtime_t *rt, int nargs);

/* Report the error value at the top of the stack as uncaught (pops it). */
void duv__report_uncaught(duv_runtime_t *rt);
/* The same with the origin 'uncaughtException' listeners receive (NULL for
 * 'uncaughtException'; 'unhandledRejection' for rejected promises). */
void duv__report_uncaught_origin(duv_runtime_t *rt, const char *origin);
/* Give the value at idx and its report to the host's handler, if the runtime
 * has one: 1 when the handler dealt with it (nothing more to do), else 0. */
int duv__host_uncaught(duv_runtime_t *rt, duk_idx_t idx, const char *report);
/* The process binding's hostUncaught(err, report), defined only when the
 * runtime has a handler. */
void duv__host_uncaught_binding(duk_context *ctx);

/* Run the nextTick queue, the microtasks and the promise rejection hooks
 * until all are empty (vm/next_tick.c); an error a tick throws is reported
 * as uncaught and the rest run. */
void duv__drain_ticks(duv_runtime_t *rt);

/* Mark the runtime as exiting with the given code (process.exit()). */
void duv__request_exit(duv_runtime_t *rt, int code);

/* Write bytes as they are to the runtime's stdout or stderr (fd 1 or 2). */
void duv__write_bytes(duv_runtime_t *rt, int fd, const char *data, size_t len);

/* Write bytes to a standard stream of the host (fd 1 or 2), converting
 * Duktape's CESU-8 (surrogate pairs) to UTF-8. */
void duv__write_stdio(duv_runtime_t *rt, int fd, const char *data, size_t len);

/* ---- Strings (vm/utf8.c) ---- */

/* Push UTF-8 bytes as a JS string: 4-byte sequences become surrogate pairs and
 * invalid bytes U+FFFD, as Node decodes. */
void duv__push_utf8(duk_context *ctx, const char *data, size_t len);

/* Whether bytes are well-formed UTF-8: no overlong forms, no surrogates,
 * nothing past U+10FFFF (buffer.isUtf8). */
int duv__utf8_is_valid(const unsigned char *p, size_t n);

/* Convert CESU-8 (Duktape's internal form) to UTF-8: surrogate pairs are
 * combined, lone surrogates become U+FFFD. Returns a malloc'd buffer of *out_len
 * bytes (NUL-terminated), or NULL when the input is already valid UTF-8 (then
 * use it as is) or on out of memory with *out_len set to (size_t)-1. */
char *duv__cesu8_to_utf8(const char *data, size_t len, size_t *out_len);

/* The string at idx as NUL-terminated UTF-8 for the operating system (a path
 * for a syscall): characters outside the BMP, surrogate pairs inside the
 * engine, become their 4-byte sequences. Pushes one value that holds the bytes
 * (pop it when done); throws a TypeError when idx is not a string and on out of
 * memory. */
const char *duv__push_os_string(duk_context *ctx, duk_idx_t idx);

/* ---- Working directory and permissions (vm/workdir.c, vm/permission.c) ---- */

/* Set the runtime's directory: dir (made absolute against the process's
 * directory and canonical; it must be a directory we may enter), or the
 * process's directory when dir is NULL. Returns 0 or a libuv error. */
int duv__workdir_init(duv_runtime_t *rt, const char *dir);
/* process.chdir(): the same against the runtime's directory. */
int duv__workdir_change(duv_runtime_t *rt, const char *dir);
/* path made absolute against base (or kept, when absolute) with "." and ".."
 * resolved lexically, as Node's path.resolve does: malloc'd, NULL on out of
 * memory. duv__path_absolute() uses the runtime's directory as base. */
char *duv__path_join_absolute(const char *base, const char *path);
char *duv__path_absolute(duv_runtime_t *rt, const char *path);

/* Parse the configuration's grants; NULL grants: no permission model.
 * Returns -1 on an unknown scope, a bad value or out of memory. */
int duv__permissions_init(duv_runtime_t *rt, const char *const *grants);
void duv__permissions_free(duv_runtime_t *rt);
/* duv_permission_has() for a resource already absolute (paths). */
int duv__permission_has_absolute(duv_runtime_t *rt, int kind, const char *resource);
/* [ ... ] -> [ ... err ]: Node's ERR_ACCESS_DENIED naming the resource. */
void duv__push_access_denied(duk_context *ctx, int kind, const char *resource);
/* Throw ERR_ACCESS_DENIED unless the runtime may use the resource (a
 * DUV_PERMISSION_* kind; resource as the public API's, already absolute
 * for paths). */
void duv__permission_require(duk_context *ctx, int kind, const char *resource);
/*
 * The path string at idx made ready for a syscall: UTF-8 for the OS, made
 * absolute against the runtime's directory, and, unless kind is 0, checked
 * against the runtime's permissions for that DUV_PERMISSION_* kind (throws
 * ERR_ACCESS_DENIED naming the absolute path). Every binding that hands a
 * path to the OS goes through here. Pushes one value that holds the bytes;
 * throws a TypeError when idx is not a string.
 */
const char *duv__push_fs_path(duk_context *ctx, duk_idx_t idx, int kind);

/* ---- Buffers (vm/buffer_core.c) ---- */

/* Push a zero-filled Buffer of len bytes and return its bytes (may be NULL
 * when len is 0). A Buffer is a Uint8Array whose prototype is
 * Buffer.prototype once the buffer module registered it, a plain Uint8Array
 * before. Throws a RangeError when memory runs out. */
void *duv__push_buffer(duk_context *ctx, size_t len);
/* The same holding a copy of data. */
void *duv__push_buffer_copy(duk_context *ctx, const void *data, size_t len);
/* The same, not zero-filled: only for bytes the caller overwrites before any
 * script can see them. */
void *duv__push_buffer_uninit(duk_context *ctx, size_t len);
/* Pop the object at the top: the prototype of Buffers made from C. */
void duv__buffer_set_prototype(duk_context *ctx);

/* ---- Handles wrapped by JS objects (vm/handle.c) ---- */

/*
 * The common head of every libuv handle a JS object wraps. The JS object holds
 * a pointer to it and has a finalizer; the handle holds the object's heap
 * pointer (not a reference) while both are alive. An active handle keeps its
 * JS object alive through the stash (duv__handle_pin), so its callback cannot
 * be collected before it runs.
 */
struct duv__handle {
  duv_runtime_t *rt;
  void *object;          /* heap pointer of the JS wrapper, NULL once it is gone */
  uint32_t pin_id;       /* nonzero while pinned in the stash */
  int closing;
  duv__handle *next, *prev;
  void (*on_close)(duv__handle *h); /* frees the struct; called from uv_close */
  uv_handle_t *uv;       /* the libuv handle inside the containing struct */
};

/* Register a freshly initialised handle and bind it to the JS object at idx. */
void duv__handle_init(duv_runtime_t *rt, duv__handle *h, uv_handle_t *uv,
                      duk_idx_t idx, void (*on_close)(duv__handle *h));
/* The handle bound to the JS object at idx, or NULL. */
duv__handle *duv__handle_get(duk_context *ctx, duk_idx_t idx);
/* Keep the JS wrapper alive while the handle is active, and let it go. */
void duv__handle_pin(duv__handle *h);
void duv__handle_unpin(duv__handle *h);
/* Push the JS wrapper; returns 0 when it is already gone (pushes nothing). */
int duv__handle_push(duv__handle *h);
/* Close every handle of the runtime (teardown). */
void duv__handles_close_all(duv_runtime_t *rt);

/* ---- Built-in JS sources and native bindings ---- */

/* Push the module function of a built-in JS source (compiled with its
 * CommonJS-style wrapper). Returns 0, or -1 with an error pushed. */
int duv__push_builtin_js(duk_context *ctx, const char *id);
/* Whether a built-in JS source of that id exists. */
int duv__has_builtin_js(const char *id);
/* The source text of a built-in JS module (not NUL-terminated), or NULL. */
const char *duv__builtin_js_source(const char *id, size_t *len);

typedef void (*duv__binding_init)(duk_context *ctx); /* fills the object on top */
typedef struct {
  const char *name;
  duv__binding_init init;
} duv__binding_def;
/* The table of native bindings, in bindings/bindings.c. */
extern const duv__binding_def duv__bindings[];

/* Builtins Duktape lacks, installed on the global object at creation. */
typedef void (*duv__builtin_init)(duk_context *ctx);
extern const duv__builtin_init duv__builtins[];

/* ---- Microtasks (vm/microtask.c) ---- */

/* Kinds of microtask jobs. A job carries up to three values. */
enum {
  DUV__JOB_CALLBACK = 0, /* [fn]: queueMicrotask; fn() */
  DUV__JOB_FULFILL,      /* [reaction, value]: a promise reaction (vm/promise.c) */
  DUV__JOB_REJECT,       /* [reaction, reason] */
  DUV__JOB_THENABLE      /* [promise, thenable, then]: NewPromiseResolveThenableJob */
};

/* Enqueue the function at the top of the stack (pops it) with no arguments. */
void duv__microtask_enqueue(duk_context *ctx);
/* Enqueue a job of a kind whose nvalues (1..3) values are at the top of the
 * stack (pops them). */
void duv__microtask_push(duk_context *ctx, int kind, int nvalues);
/* Run every queued microtask, including those queued while running. An error
 * thrown by one is reported as uncaught and the rest still run. */
void duv__microtasks_run(duv_runtime_t *rt);
int duv__microtasks_pending(duv_runtime_t *rt);
/* Whether promise rejections wait to be reported (vm/promise_rejections.c). */
int duv__promise_rejections_pending(duv_runtime_t *rt);
/* [ ] -> [ ran ]: run the rejection handler if rejections wait (for
 * duk_safe_call; ran: whether it may have queued ticks or microtasks). */
duk_ret_t duv__promise_process_rejections(duk_context *ctx, void *udata);

/* Set up the microtask queue and the global queueMicrotask. */
void duv__microtask_setup(duk_context *ctx);
/* Make the nextTick queue (vm/next_tick.c); push process.nextTick, and the
 * drain as a function for JS (errors propagate). */
void duv__next_tick_setup(duk_context *ctx);
void duv__push_next_tick(duk_context *ctx);
void duv__push_drain_ticks(duk_context *ctx);

/* ---- Node-style errors (vm/errors.c) ---- */

/* Push a Node-style system error for a libuv error code:
 * "ENOENT: no such file or directory, open 'x'" with code, errno, syscall and
 * path (path and dest may be NULL). */
void duv__push_uv_error(duk_context *ctx, int uverr, const char *syscall,
                        const char *path, const char *dest);
/* Throw a TypeError with code ERR_INVALID_ARG_TYPE and the message shape Node
 * uses: 'The "name" argument must be of type string. Received ...'. */
duk_ret_t duv__throw_arg_type(duk_context *ctx, const char *name, const char *expected,
                              duk_idx_t value_idx);
/* Push Node's description of the value at idx in argument errors:
 * "Received type number (42)", "Received an instance of Array", ... May run
 * getters (constructor, name) and throw. */
void duv__push_received(duk_context *ctx, duk_idx_t idx);
/* Throw an error of Duktape type err_type with a Node error code. */
duk_ret_t duv__throw_code(duk_context *ctx, duk_errcode_t err_type, const char *code,
                          const char *fmt, ...);

/* ---- V8-style stack traces (vm/stacktrace.c) ---- */

/* Installs Error.captureStackTrace, Error.stackTraceLimit, CallSite and the
 * error hooks; run from duv__builtins. */
void duv__stacktrace_setup(duk_context *ctx);
/* Date.prototype.toString and friends in V8's formats (vm/date_format.c). */
void duv__date_format_setup(duk_context *ctx);
/* The `errors` internal binding: throw sites for the uncaught report. */
void duv__binding_errors(duk_context *ctx);

/* From the patched amalgamation (vm/duktape/patches/0003-inspect-activation.patch):
 * [ ... ] -> [ ... func this ] for the activation at level (-1 = innermost),
 * with its pc and flags; returns 0 and pushes nothing when there is none. */
duk_bool_t duv__duk_inspect_activation(duk_context *ctx, duk_int_t level, duk_uint32_t *out_pc,
                                       duk_uint32_t *out_flags);
/* The source line of pc in the function at idx_func (0 for natives). */
duk_uint32_t duv__duk_pc2line(duk_context *ctx, duk_idx_t idx_func, duk_uint32_t pc);
/* Whether the value at idx is a Proxy (vm/duktape/patches/0006-is-proxy.patch). */
duk_bool_t duv__duk_is_proxy(duk_context *ctx, duk_idx_t idx);
/* Same patch: Duktape's internal duk_pack(): [ ... v1 ... vn ] -> [ ... array ]. */
void duv__duk_pack(duk_context *ctx, duk_idx_t count);
/* [ ... v0 .. vn-1 ] -> [ ... obj ]: an object inheriting from the object at
 * proto_idx (Object.prototype if none) with own data properties keys[i] = vi
 * (writable, enumerable, configurable), in order; keys are heap pointers of
 * distinct strings kept alive by the caller (patch 0010). */
void duv__duk_push_record(duk_context *ctx, duk_idx_t proto_idx, duk_idx_t n, void *const *keys);
/* [ ... ] -> [ ... date ]: what `new Date(ms)` gives for a number (patch 0010). */
void duv__duk_push_date(duk_context *ctx, duk_double_t ms);
/* Activation flags of Duktape 2.7 (duk_activation.flags). */
#define DUV__ACT_STRICT (1u << 0)
#define DUV__ACT_CONSTRUCT (1u << 2)
#define DUV__ACT_DIRECT_EVAL (1u << 4)

/* [ ... name message ] -> [ ... header ]: joins an error's name and message
 * as Error.prototype.toString does ("name: message", or whichever is not
 * empty). Both must be strings. */
void duv__join_error_header(duk_context *ctx);

/* Set function properties on the object at the top from a table. */
void duv__put_functions(duk_context *ctx, const duk_function_list_entry *fns);

#endif
