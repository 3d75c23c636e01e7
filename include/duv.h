/*
 * duv: Node.js-style JavaScript as a C library.
 *
 * This is the only header hosts and addons include. Every declaration carries
 * its reference block: behaviour, ownership, errors, threads, and the version
 * it appeared in. docs/api.md is rendered from these blocks.
 *
 * Naming: functions are duv_<object>_<verb>, types duv_<object>_t, constants
 * DUV_*; one convention across the whole API (as libuv).
 */
#ifndef DUV_H
#define DUV_H

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && __GNUC__ >= 4
#define DUV_EXTERN __attribute__((visibility("default")))
#else
#define DUV_EXTERN
#endif

#define DUV_VERSION_MAJOR 0
#define DUV_VERSION_MINOR 1
#define DUV_VERSION_PATCH 0

/* A runtime: one JavaScript heap, one event loop and one module cache. */
typedef struct duv_runtime_s duv_runtime_t;

/* A handle to a JavaScript value (see "Values and references"). */
typedef struct duv_value_s duv_value_t;

/*
 * duv_version - the library's version string, e.g. "0.1.0".
 *
 * Ownership: static storage; never free it.
 * Threads: any thread.
 * Since: 0.1.
 */
DUV_EXTERN const char *duv_version(void);

/*
 * duv_config_t - how a runtime is created.
 *
 * Initialise with duv_config_init() and then set the fields you need: the
 * struct carries its own size so later versions can add fields without
 * breaking hosts compiled against this one.
 *
 *   argc, argv    process.argv. argv[0] becomes process.execPath and
 *                 process.argv[0]; the rest follow as given (a host that runs
 *                 a script passes its path as argv[1], as Node does).
 *                 Copied at creation.
 *   exec_argc,    process.execArgv: options the host consumed itself.
 *   exec_argv     Copied at creation.
 *   flags         DUV_RUNTIME_* bits (since 0.1; a host built against a
 *                 header without the field gets 0).
 *   memory_limit  bytes the JavaScript heap may hold; 0 for no limit. An
 *                 allocation past it fails as an Error the script can catch
 *                 (message "alloc failed"), and the runtime stays usable;
 *                 duv_runtime_new() fails when not even the runtime fits.
 *   time_limit_ms how long one entry into JavaScript may run (a script given
 *                 to duv_runtime_eval/run_main, or one callback from the
 *                 loop with the nextTick and microtask queues after it); 0
 *                 for no limit. Past it the script is stopped: see
 *                 duv_runtime_interrupt().
 *   output,       where the runtime's standard output and error go
 *   output_data   (process.stdout/stderr, console, error reports):
 *                 output(output_data, fd, bytes, len) with fd 1 or 2 and
 *                 valid UTF-8 (or a script's raw bytes); NULL writes to
 *                 the process's descriptors 1 and 2. With a sink,
 *                 process.stdout.isTTY is false. Called on the runtime's
 *                 thread; the bytes are valid during the call only.
 *   env           process.env: "NAME=value" strings ending with NULL,
 *                 copied at creation; NULL copies the process's
 *                 environment.
 *   cwd           the runtime's working directory (process.cwd()), made
 *                 absolute against the process's directory and canonical;
 *                 it must be a directory the process may enter, else
 *                 duv_runtime_new() fails. NULL: the process's directory
 *                 at creation. Each runtime has its own: process.chdir()
 *                 changes the runtime's directory, never the process's,
 *                 and every relative path a script gives duv resolves
 *                 against it (see duv_runtime_cwd()).
 *   permissions   what the runtime may touch: grant strings ending with
 *                 NULL, copied at creation. NULL (the default): no
 *                 permission model, everything is allowed. A list, even an
 *                 empty one, denies everything it does not grant; a denied
 *                 call fails with Node's ERR_ACCESS_DENIED error. Grants:
 *                   "fs.read=PATH"   read PATH and everything below it
 *                   "fs.write=PATH"  write there; "fs=PATH" both
 *                   "net.connect=HOST:PORT", "net.listen=HOST:PORT",
 *                                    "net=HOST:PORT" both
 *                   "child"          start child processes
 *                   "worker"         start worker threads
 *                   "addon"          load native addons (with fs.read of
 *                                    the .node file)
 *                 PATH is absolute, or relative to cwd; "*" is everything,
 *                 a trailing "*" any path that starts with what precedes
 *                 it ("/tmp/out-*"; "/data/" and a star grant /data too).
 *                 fs, fs.read, fs.write and net scopes need a value. HOST
 *                 or PORT may be "*", and PORT may
 *                 be left out (any port); IPv6 hosts go in brackets
 *                 ("[::1]:8080"). Paths are checked after "." and ".." are
 *                 resolved and again after symbolic links are, so a link
 *                 cannot lead out of a granted directory (a link swapped in
 *                 between the check and the use can: put hostile scripts in
 *                 an OS sandbox too). An unknown scope or a bad value makes
 *                 duv_runtime_new() fail. Scripts see the grants as Node's
 *                 process.permission.has(scope, reference).
 *   loop          a libuv loop (uv_loop_t) owned by the host, or NULL for
 *                 the runtime's own. The runtime's timers, immediates, I/O,
 *                 thread-pool jobs and async channels then run on it, driven
 *                 by the host's own uv_run(): each callback runs the
 *                 nextTick and microtask queues after it, as under
 *                 duv_runtime_run(). Use the runtime on the loop's thread;
 *                 it never sets the loop's data field. The host keeps the
 *                 loop open, and does not close the runtime's handles (as a
 *                 uv_walk() that closes every handle would), until
 *                 duv_runtime_free() has returned. The runtime's handles are
 *                 unref'd while idle: they keep the loop alive only while
 *                 there is ref'd work (a pending timer or immediate that is
 *                 not unref'd, a job on the thread pool, an async channel
 *                 that keeps the loop alive). duv_runtime_run() then runs
 *                 uv_run() on this loop, the host's handles included
 *                 (DEFAULT returns, and emits 'beforeExit', only when
 *                 nothing of anyone's is left);
 *                 duv_runtime_backend_fd/backend_timeout describe this loop;
 *                 duv_runtime_stop() and process.exit() stop only a
 *                 duv_runtime_run() in progress, never a uv_run() of the
 *                 host's. Process 'beforeExit' and 'exit' come only from
 *                 duv_runtime_run(DUV_RUN_DEFAULT) and duv_runtime_exit().
 *                 duv_runtime_free() (and duv_runtime_new() when it fails)
 *                 closes exactly the runtime's handles and runs this loop
 *                 with UV_RUN_ONCE until they are closed and its requests
 *                 have completed, so the host's callbacks may run meanwhile;
 *                 uv_run() is not reentrant, so call them outside the loop's
 *                 callbacks. Since 0.1; a host built against a header
 *                 without the field gets a loop of the runtime's own.
 *   uncaught,     the host's handler for uncaught errors, in place of
 *   uncaught_data Node's report on stderr (since 0.1; a host built against
 *                 a header without the fields gets the report):
 *                 uncaught(uncaught_data, rt, error, report) is called
 *                 when an error (or a thrown non-error, or an unhandled
 *                 rejection raised as one) reaches the top and no process
 *                 'uncaughtException' listener took it. See below.
 *
 * The uncaught handler. Node's order stays: 'uncaughtExceptionMonitor'
 * listeners run first (they also get the origin, 'unhandledRejection' for a
 * rejection), then 'uncaughtException' listeners; only when there are none
 * does the handler run. error is the thrown value, borrowed for the call
 * (duv_value_dup() it to keep it); report is the exact text duv would print
 * (Node's format: throw site, stack, own properties, version line), UTF-8,
 * valid during the call. Return 0 when the host has dealt with the error:
 * nothing is printed, the exit code is untouched and the runtime goes on
 * (timers still run; the entry point that ran the failed script still
 * returns -1, as after a listener). Nonzero: duv's default, the report on
 * stderr (or the output sink) and exit code 1. An error thrown by an
 * 'uncaughtException' listener comes to the handler too, its default being
 * Node's exit code 7; so does a failure of the report itself (an
 * 'uncaughtExceptionMonitor' listener threw, memory ran out), with
 * Duktape's plain trace as the report and exit code 7 as the default.
 *
 * The handler runs on the runtime's thread, inside the entry point that ran
 * the script (and under its time limit), and may use the runtime: the
 * extension API (duv_object_get, duv_call, ...) and duv_runtime_eval(). An
 * error that JavaScript it runs lets escape is uncaught in turn and comes to
 * the handler nested in the first call (while 8 calls are running, a further
 * error gets the default). process.exit() there makes the runtime exit with
 * its code whatever the handler returns. An exception pending when the
 * handler returns is dropped (the return value decides); one pending before
 * the call is set aside and restored after it. The handler must not call
 * duv_runtime_run(), duv_runtime_exit() or duv_runtime_free(). Not uncaught
 * errors, so never given to the handler: a stop by duv_runtime_interrupt()
 * or the time limit (the host's pending exception), process.exit(), and an
 * exception a duv_* call returns.
 *
 * Since: 0.1.
 */
typedef struct duv_config_s {
  size_t struct_size;
  int argc;
  const char *const *argv;
  int exec_argc;
  const char *const *exec_argv;
  unsigned flags;
  size_t memory_limit;
  uint32_t time_limit_ms;
  void (*output)(void *output_data, int fd, const char *bytes, size_t len);
  void *output_data;
  const char *const *env;
  const char *cwd;
  const char *const *permissions;
  struct uv_loop_s *loop;
  int (*uncaught)(void *uncaught_data, duv_runtime_t *rt, duv_value_t *error, const char *report);
  void *uncaught_data;
} duv_config_t;

/*
 * Runtime flags (duv_config_t.flags).
 *
 * DUV_RUNTIME_DEBUG: the extension API's debug mode. Every handle records
 * where it was created; released handles are never reused, and using or
 * releasing one again aborts with a report; duv_runtime_free() reports every
 * handle still held. Also on when the environment has DUV_DEBUG=1.
 */
enum { DUV_RUNTIME_DEBUG = 1 };

/*
 * duv_config_init - fill a configuration with the defaults.
 *
 * Sets struct_size and leaves every option empty: process.argv is ["duv"].
 * Threads: any thread. Since: 0.1.
 */
DUV_EXTERN void duv_config_init(duv_config_t *config);

/*
 * duv_runtime_new - create a runtime.
 *
 * A runtime owns a Duktape heap, a libuv loop and its module cache; there is no
 * global state, so any number of runtimes live in one process. config may be
 * NULL for the defaults.
 *
 * Ownership: the caller frees the runtime with duv_runtime_free().
 * Errors: NULL when memory runs out or config->struct_size is not a size this
 *         library knows.
 * Threads: a runtime is used from one thread at a time; different runtimes
 *          may run on different threads at once.
 * Since: 0.1.
 */
DUV_EXTERN duv_runtime_t *duv_runtime_new(const duv_config_t *config);

/*
 * duv_runtime_free - destroy a runtime.
 *
 * Closes every handle and completes every request the runtime started, then
 * destroys its heap. Does not emit process 'exit': call duv_runtime_exit()
 * first for that. NULL is ignored. On a host's loop (duv_config_t.loop) it
 * runs that loop until the runtime's handles and requests are finished: call
 * it outside the loop's callbacks.
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN void duv_runtime_free(duv_runtime_t *rt);

/* Flags for duv_runtime_eval(). */
enum {
  /* Print the completion value as console.log would (node -p). */
  DUV_EVAL_PRINT = 1
};

/*
 * duv_runtime_eval - run a string of JavaScript as a script.
 *
 * The source is UTF-8 of len bytes (len may be (size_t)-1 for a NUL-terminated
 * string). filename names it in stack traces and is __filename's base for the
 * require() it sees (relative requires resolve against the current directory,
 * as `node -e` does). Top-level var declarations become globals.
 *
 * Errors: returns 0 on success. Returns -1 when the script threw and nothing
 *         handled it: the error has been reported the way Node reports an
 *         uncaught exception (process 'uncaughtException' listeners, or printed
 *         to stderr with the runtime set to exit with code 1), or when the
 *         script called process.exit(). Either way, duv_runtime_exit() gives the
 *         exit code.
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_eval(duv_runtime_t *rt, const char *source, size_t len,
                                const char *filename, unsigned flags);

/*
 * duv_runtime_run_main - load a file as the main CommonJS module.
 *
 * Resolves path as Node does for `node path` (relative to the current
 * directory, with the .js/.json extensions and index files tried), makes it
 * require.main and runs it.
 *
 * Errors: as duv_runtime_eval(); a module that cannot be found is reported as
 *         an uncaught MODULE_NOT_FOUND error.
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_run_main(duv_runtime_t *rt, const char *path);

/* Modes for duv_runtime_run(), as libuv's uv_run_mode. */
typedef enum {
  /* Run until nothing ref'd is left, emitting process 'beforeExit' as Node. */
  DUV_RUN_DEFAULT = 0,
  /* Run one loop iteration, waiting for I/O if there is nothing pending. */
  DUV_RUN_ONCE = 1,
  /* Run one loop iteration without waiting. */
  DUV_RUN_NOWAIT = 2
} duv_run_mode;

/*
 * duv_runtime_run - run the event loop.
 *
 * Timers, immediates and I/O callbacks run here, each followed by the
 * process.nextTick queue and then the microtask queue, as in Node. On a
 * host's loop (duv_config_t.loop) this is uv_run() on that loop: the host's
 * handles run too, and "work remains" and "done" are the whole loop's.
 *
 * Returns 1 when work remains (only in the ONCE and NOWAIT modes) and 0 when
 * the loop is done or the runtime is exiting (process.exit() or an uncaught
 * error); -1 when a callback was stopped by duv_runtime_interrupt() or the
 * time limit (an exception is pending; run again to go on).
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_run(duv_runtime_t *rt, duv_run_mode mode);

/*
 * duv_runtime_exit - finish a runtime and get its exit code.
 *
 * Emits process 'exit' (once; not again if process.exit() already did) and
 * returns the exit code Node would exit with: the code given to
 * process.exit(), 1 after an uncaught error, else process.exitCode or 0.
 * The runtime stays valid until duv_runtime_free().
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_exit(duv_runtime_t *rt);

/*
 * duv_runtime_backend_fd - the file descriptor the loop polls.
 *
 * For a host that folds duv into its own poll() or frame loop: when this
 * descriptor is readable, or duv_runtime_backend_timeout() has passed,
 * call duv_runtime_run(rt, DUV_RUN_NOWAIT). -1 where the platform has none.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN int duv_runtime_backend_fd(duv_runtime_t *rt);

/*
 * duv_runtime_backend_timeout - milliseconds until the loop has work.
 *
 * 0 when something is due now (an expired timer, an immediate, a pending
 * callback) or when nothing is left at all (the loop is done: run returns
 * 0); -1 when only I/O can wake the loop (no timer); else the time to the
 * next timer (libuv's uv_backend_timeout).
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN int duv_runtime_backend_timeout(duv_runtime_t *rt);

/*
 * duv_runtime_stop - make duv_runtime_run() return as soon as it can.
 *
 * Called from a callback (or a native function) during duv_runtime_run(),
 * that run returns after the current loop iteration, with 1 when work
 * remains; called outside a run, the next run returns at once. No
 * 'beforeExit' is emitted for a stopped run.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN void duv_runtime_stop(duv_runtime_t *rt);

/*
 * duv_runtime_interrupt - stop the JavaScript the runtime is running.
 *
 * The running script is unwound at once (no catch or finally block of it
 * runs; a regular expression being matched is not interrupted until it
 * returns); if none is running, the next one to run is stopped when it
 * starts. The entry point that ran it then fails: duv_runtime_eval() and
 * duv_runtime_run_main() return -1, duv_runtime_run() returns -1; the
 * pending exception (duv_error_fetch) is an Error with code
 * ERR_SCRIPT_EXECUTION_INTERRUPTED, or ERR_SCRIPT_EXECUTION_TIMEOUT when
 * the time limit stopped it, as Node's vm module words them. The runtime
 * is not exiting: it runs the next script, and callbacks still queued run
 * when the loop runs again.
 * Threads: any thread (the only runtime function that is).
 * Since: 0.1.
 */
DUV_EXTERN void duv_runtime_interrupt(duv_runtime_t *rt);

/*
 * duv_runtime_is_exiting - whether the runtime has stopped running scripts.
 *
 * Returns 1 after process.exit() or an uncaught error, else 0. A host that
 * ticks the loop itself stops ticking once this says 1.
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_is_exiting(duv_runtime_t *rt);

/* ======================================================================
 * Values and references
 *
 * A duv_value_t is a handle to a JavaScript value, reference-counted like
 * CPython's PyObject*: a function that returns a handle returns a new
 * reference, which the caller gives back with duv_value_release(); handles
 * passed in as arguments are borrowed (never stolen). A handle stays valid
 * until it is released, whatever the garbage collector does. The arguments
 * and `self` a native function receives are borrowed for the duration of
 * the call only: duv_value_dup() one to keep it.
 *
 * Errors: functions that return a handle return NULL, and functions that
 * return int return -1, with an exception pending in the runtime (see
 * duv_error_*). A call that can allocate or run JavaScript made while an
 * exception is pending fails at once and keeps the pending one. No
 * JavaScript error ever longjmps through the caller's frames.
 *
 * Threads: the thread that uses the runtime.
 * ====================================================================== */

/* Length argument meaning "up to the terminating NUL". */
#define DUV_NTS ((size_t)-1)

/* What duv_value_type() reports. */
typedef enum {
  DUV_TYPE_UNDEFINED = 0,
  DUV_TYPE_NULL = 1,
  DUV_TYPE_BOOLEAN = 2,
  DUV_TYPE_NUMBER = 3,
  DUV_TYPE_STRING = 4,
  DUV_TYPE_SYMBOL = 5,
  DUV_TYPE_OBJECT = 6, /* any object that is not a function */
  DUV_TYPE_FUNCTION = 7
} duv_type;

/*
 * duv_value_dup - another reference to the same value.
 *
 * Ownership: returns a new reference; v is borrowed. NULL gives NULL.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_value_dup(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_value_release - give a reference back.
 *
 * The handle must not be used afterwards. NULL is ignored, as are the
 * borrowed arguments of a native call (releasing one is a bug duv forgives).
 * May run finalizers of objects that become unreachable.
 * Since: 0.1.
 */
DUV_EXTERN void duv_value_release(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_undefined - the immortal undefined.
 *
 * Ownership: a reference that needs no release (releasing it is harmless);
 * the same handle each time, so `v == duv_undefined(rt)` works.
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_undefined(duv_runtime_t *rt);

/*
 * duv_null - the immortal null.
 *
 * Ownership: as duv_undefined().
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_null(duv_runtime_t *rt);

/*
 * duv_boolean_new - true when truth is nonzero, else false.
 *
 * Ownership: as duv_undefined(): the two booleans are immortal handles.
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_boolean_new(duv_runtime_t *rt, int truth);

/*
 * duv_value_type - the kind of a value, as duv_type.
 *
 * Errors: none (v must be a valid handle).
 * Since: 0.1.
 */
DUV_EXTERN duv_type duv_value_type(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_value_truthy - ToBoolean(v): 1 or 0.
 *
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN int duv_value_truthy(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_value_strict_equals - a === b: 1 or 0.
 *
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN int duv_value_strict_equals(duv_runtime_t *rt, duv_value_t *a, duv_value_t *b);

/*
 * duv_number_new - a number.
 *
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_number_new(duv_runtime_t *rt, double n);

/*
 * duv_number_get - read a number.
 *
 * Stores the value in *out and returns 0. No coercion: a value that is not a
 * number fails.
 * Errors: -1 with a TypeError pending (code ERR_INVALID_ARG_TYPE) when v is
 *         not a number.
 * Since: 0.1.
 */
DUV_EXTERN int duv_number_get(duv_runtime_t *rt, duv_value_t *v, double *out);

/*
 * duv_string_new - a string from UTF-8.
 *
 * len is in bytes, or DUV_NTS. Invalid UTF-8 is decoded as Node decodes it
 * (U+FFFD for each maximal invalid subpart). The bytes are copied.
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_string_new(duv_runtime_t *rt, const char *utf8, size_t len);

/*
 * duv_string_get - the UTF-8 bytes of a string.
 *
 * Returns valid UTF-8, NUL-terminated, and stores its length in *len when
 * len is not NULL. No coercion: a value that is not a string fails.
 * Ownership: the bytes belong to the handle: valid until v is released (for
 * a borrowed argument, until the native call returns). Do not free them.
 * Errors: NULL with a TypeError pending (code ERR_INVALID_ARG_TYPE) when v
 *         is not a string; NULL with a RangeError when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN const char *duv_string_get(duv_runtime_t *rt, duv_value_t *v, size_t *len);

/*
 * duv_object_new - a new plain object ({}).
 *
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_object_new(duv_runtime_t *rt);

/*
 * duv_runtime_global - the runtime's global object (globalThis).
 *
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_runtime_global(duv_runtime_t *rt);

/*
 * duv_object_get - obj[key], with key a UTF-8 string.
 *
 * Runs getters and Proxy traps. A missing property gives undefined.
 * Ownership: new reference; obj is borrowed.
 * Errors: NULL with the exception pending when a getter throws, when obj is
 *         null or undefined (TypeError), or when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_object_get(duv_runtime_t *rt, duv_value_t *obj, const char *key);

/*
 * duv_object_set - obj[key] = value, with key a UTF-8 string.
 *
 * Runs setters and Proxy traps; assignment is as in strict code (a failed
 * assignment to a read-only property throws).
 * Ownership: obj and value are borrowed.
 * Errors: -1 with the exception pending when a setter throws, when the
 *         assignment fails, or when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN int duv_object_set(duv_runtime_t *rt, duv_value_t *obj, const char *key,
                              duv_value_t *value);

/*
 * duv_object_get_key - obj[key], with key any value (a string, a number,
 * a symbol, or anything converted with ToPropertyKey).
 *
 * As duv_object_get(), for keys that are not C strings (symbols, indices,
 * strings with NULs).
 * Ownership: new reference; obj and key are borrowed.
 * Errors: as duv_object_get(); also when converting key throws.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_object_get_key(duv_runtime_t *rt, duv_value_t *obj, duv_value_t *key);

/*
 * duv_object_set_key - obj[key] = value, with key any value.
 *
 * As duv_object_set(), for keys that are not C strings.
 * Ownership: obj, key and value are borrowed.
 * Errors: as duv_object_set().
 * Since: 0.1.
 */
DUV_EXTERN int duv_object_set_key(duv_runtime_t *rt, duv_value_t *obj, duv_value_t *key,
                                  duv_value_t *value);

/* ======================================================================
 * Errors
 *
 * Each runtime has one pending-exception slot, as CPython's error
 * indicator. Functions report failure by their return value with an
 * exception pending; a native function that fails returns NULL with one
 * pending, and duv throws it into JavaScript when the function returns.
 * ====================================================================== */

/* The standard JavaScript error constructors, for duv_error_set(). */
typedef enum {
  DUV_ERROR = 1,
  DUV_EVAL_ERROR = 2,
  DUV_RANGE_ERROR = 3,
  DUV_REFERENCE_ERROR = 4,
  DUV_SYNTAX_ERROR = 5,
  DUV_TYPE_ERROR = 6,
  DUV_URI_ERROR = 7
} duv_error_type;

/*
 * duv_error_set - make an error pending.
 *
 * The error is an instance of `type` with the printf-formatted message and,
 * when code is not NULL, a `code` property (Node's "ERR_INVALID_ARG_TYPE"
 * style). Replaces any pending exception. The Error object itself is made
 * only when something needs it (a throw into JavaScript, duv_error_fetch).
 * Errors: none; if memory runs out the pending error becomes a RangeError.
 * Since: 0.1.
 */
DUV_EXTERN void duv_error_set(duv_runtime_t *rt, duv_error_type type, const char *code,
                              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/*
 * duv_error_occurred - whether an exception is pending: 1 or 0.
 * Since: 0.1.
 */
DUV_EXTERN int duv_error_occurred(duv_runtime_t *rt);

/*
 * duv_error_clear - drop the pending exception, if any.
 * Since: 0.1.
 */
DUV_EXTERN void duv_error_clear(duv_runtime_t *rt);

/*
 * duv_error_fetch - take the pending exception.
 *
 * Returns the thrown value (usually an Error object) and clears it; NULL
 * when nothing is pending.
 * Ownership: new reference.
 * Errors: if memory runs out while the Error object is made, the value
 *         returned is the engine's out-of-memory error; if there is no
 *         memory for the handle either, NULL with a RangeError pending.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_error_fetch(duv_runtime_t *rt);

/*
 * duv_error_restore - make a value the pending exception.
 *
 * Replaces any pending exception with exc (any value, as `throw` takes).
 * Ownership: exc is borrowed (duv keeps its own reference).
 * Since: 0.1.
 */
DUV_EXTERN void duv_error_restore(duv_runtime_t *rt, duv_value_t *exc);

/*
 * duv_error_set_uv - make a Node-style system error pending.
 *
 * err is a libuv error code (negative, as libuv's functions return; on
 * POSIX -errno). The error reads as Node's do: message "ENOENT: no such
 * file or directory, open 'x'", and properties errno (err), code
 * ("ENOENT"), syscall and, when given, path. syscall must not be NULL; path
 * may be.
 * Errors: none; if memory runs out a RangeError is pending instead.
 * Since: 0.1.
 */
DUV_EXTERN void duv_error_set_uv(duv_runtime_t *rt, int err, const char *syscall,
                                 const char *path);

/*
 * duv_error_set_errno - duv_error_set_uv() for a C library errno value.
 *
 * errnum is positive, as errno is (EACCES, ENOENT, ...).
 * Since: 0.1.
 */
DUV_EXTERN void duv_error_set_errno(duv_runtime_t *rt, int errnum, const char *syscall,
                                    const char *path);

/*
 * duv_debug_leaks - the handles still held.
 *
 * Calls cb(ud, site) for each handle that is not released (immortal
 * constants and borrowed arguments excepted), where site describes where it
 * was created (a backtrace in debug mode, else "(debug mode is off)"), and
 * returns how many there are. cb may be NULL to only count. Hosts and tests
 * use it to check that code released what it took.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN size_t duv_debug_leaks(duv_runtime_t *rt, void (*cb)(void *ud, const char *site),
                                  void *ud);

/* ======================================================================
 * Functions
 * ====================================================================== */

/*
 * duv_cfunction - a native function's C signature ("fast call").
 *
 * self is `this` of the call and argv the argc arguments, all borrowed for
 * the duration of the call. Return a new reference to the result, or NULL
 * with an exception pending to throw it. Returning NULL with nothing pending
 * throws a TypeError naming the function.
 */
typedef duv_value_t *(*duv_cfunction)(duv_runtime_t *rt, duv_value_t *self,
                                      duv_value_t *const *argv, size_t argc);

/*
 * duv_function_new - a JavaScript function that calls a C function.
 *
 * name becomes the function's `name` (copied) and length its `length`.
 * data is handed back by duv_function_data() while fn runs.
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out or the
 *         runtime already has 65535 native functions.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_function_new(duv_runtime_t *rt, const char *name, duv_cfunction fn,
                                         int length, void *data);

/*
 * duv_function_data - the data pointer of the running native function.
 *
 * Returns what duv_function_new() was given for the innermost native
 * function now running (for a module's functions, the module's state in
 * this runtime), or NULL outside one.
 * Since: 0.1.
 */
DUV_EXTERN void *duv_function_data(duv_runtime_t *rt);

/*
 * duv_function_call - call fn with `this` self and argc arguments.
 *
 * self may be NULL for undefined. After the call returns, the nextTick and
 * microtask queues are not drained: that happens when control goes back to
 * the event loop, as in Node.
 * Ownership: returns a new reference; fn, self and argv are borrowed.
 * Errors: NULL with the exception pending when fn throws or is not callable
 *         (TypeError).
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_function_call(duv_runtime_t *rt, duv_value_t *fn, duv_value_t *self,
                                          duv_value_t *const *argv, size_t argc);

/*
 * duv_function_construct - new ctor(...argv).
 *
 * Ownership: returns a new reference; ctor and argv are borrowed.
 * Errors: NULL with the exception pending when the constructor throws or
 *         ctor is not a constructor (TypeError).
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_function_construct(duv_runtime_t *rt, duv_value_t *ctor,
                                               duv_value_t *const *argv, size_t argc);

/* ======================================================================
 * More value types
 *
 * Integers read with range checks, arrays, property queries, JSON,
 * buffers, dates, error objects and promises. The conventions of "Values
 * and references" hold: new references out, borrowed in, NULL or -1 with
 * an exception pending on failure. Messages and codes follow Node's
 * (ERR_INVALID_ARG_TYPE for a value of the wrong type, ERR_OUT_OF_RANGE for
 * a number outside the range asked for).
 * ====================================================================== */

/*
 * duv_number_get_int32 - read an integral number in int32_t range.
 *
 * Stores the value in *out and returns 0; *out is untouched on failure.
 * No coercion, no silent wrap-around.
 * Errors: -1 with a TypeError pending (code ERR_INVALID_ARG_TYPE) when v is
 *         not a number; -1 with a RangeError pending (code ERR_OUT_OF_RANGE,
 *         'The value of "value" is out of range. It must be an integer.
 *         Received 1.5') when it is not an integer or not within
 *         -2147483648..2147483647.
 * Since: 0.1.
 */
DUV_EXTERN int duv_number_get_int32(duv_runtime_t *rt, duv_value_t *v, int32_t *out);

/*
 * duv_number_get_uint32 - read an integral number in uint32_t range.
 *
 * As duv_number_get_int32() for the range 0..4294967295.
 * Errors: TypeError (ERR_INVALID_ARG_TYPE) or RangeError (ERR_OUT_OF_RANGE).
 * Since: 0.1.
 */
DUV_EXTERN int duv_number_get_uint32(duv_runtime_t *rt, duv_value_t *v, uint32_t *out);

/*
 * duv_number_get_int64 - read a safe integer.
 *
 * As duv_number_get_int32() for the safe-integer range
 * -9007199254740991..9007199254740991 (Number.MIN/MAX_SAFE_INTEGER), the
 * integers a double holds exactly.
 * Errors: TypeError (ERR_INVALID_ARG_TYPE) or RangeError (ERR_OUT_OF_RANGE).
 * Since: 0.1.
 */
DUV_EXTERN int duv_number_get_int64(duv_runtime_t *rt, duv_value_t *v, int64_t *out);

/*
 * duv_value_is_array - Array.isArray(v): 1 or 0.
 *
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN int duv_value_is_array(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_array_new - a new array of len holes (new Array(len)).
 *
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out or len is
 *         above 4294967295.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_array_new(duv_runtime_t *rt, size_t len);

/*
 * duv_array_length - the length of an array.
 *
 * Stores arr.length in *out and returns 0.
 * Errors: -1 with a TypeError pending (ERR_INVALID_ARG_TYPE, 'The value
 *         must be an instance of Array. Received ...') when arr is not an
 *         array.
 * Since: 0.1.
 */
DUV_EXTERN int duv_array_length(duv_runtime_t *rt, duv_value_t *arr, size_t *out);

/*
 * duv_array_get - arr[index].
 *
 * Works on any object (array-likes too); a missing element is undefined.
 * Runs getters and Proxy traps.
 * Ownership: new reference; arr is borrowed.
 * Errors: NULL with the exception pending when a getter throws, when arr is
 *         null or undefined (TypeError) or when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_array_get(duv_runtime_t *rt, duv_value_t *arr, uint32_t index);

/*
 * duv_array_set - arr[index] = value.
 *
 * Grows an array as JavaScript does. Runs setters; strict assignment.
 * Ownership: arr and value are borrowed.
 * Errors: -1 with the exception pending when a setter throws, the
 *         assignment fails (frozen array: TypeError) or memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN int duv_array_set(duv_runtime_t *rt, duv_value_t *arr, uint32_t index,
                             duv_value_t *value);

/*
 * duv_object_keys - the own enumerable string keys of obj, as Object.keys.
 *
 * Ownership: returns a new reference to a new array of strings.
 * Errors: NULL with a TypeError pending when obj is null or undefined, or
 *         the exception a Proxy trap threw, or a RangeError when memory runs
 *         out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_object_keys(duv_runtime_t *rt, duv_value_t *obj);

/*
 * duv_object_has - `key in obj`: 1 or 0, with key a UTF-8 string.
 *
 * Looks through the prototype chain; runs Proxy `has` traps.
 * Errors: -1 with a TypeError pending when obj is not an object (as `in`
 *         throws), or the exception a trap threw.
 * Since: 0.1.
 */
DUV_EXTERN int duv_object_has(duv_runtime_t *rt, duv_value_t *obj, const char *key);

/*
 * duv_object_delete - `delete obj[key]` as in strict code.
 *
 * Returns 0 also when the property did not exist.
 * Errors: -1 with a TypeError pending when the property is not
 *         configurable or obj is null or undefined, or the exception a
 *         Proxy trap threw.
 * Since: 0.1.
 */
DUV_EXTERN int duv_object_delete(duv_runtime_t *rt, duv_value_t *obj, const char *key);

/*
 * duv_json_parse - JSON.parse of UTF-8 text.
 *
 * len is in bytes, or DUV_NTS.
 * Ownership: new reference.
 * Errors: NULL with a SyntaxError pending when the text is not JSON, or a
 *         RangeError when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_json_parse(duv_runtime_t *rt, const char *utf8, size_t len);

/*
 * duv_json_stringify - JSON.stringify(v).
 *
 * Returns a string, or undefined for what JSON.stringify gives undefined
 * (undefined, a function, a symbol). Runs toJSON methods and getters.
 * Ownership: new reference.
 * Errors: NULL with a TypeError pending for a cyclic structure, or the
 *         exception a toJSON method or getter threw.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_json_stringify(duv_runtime_t *rt, duv_value_t *v);

/*
 * duv_buffer_view_t - the bytes of a buffer, seen in place.
 *
 * data points at the first byte of the view (NULL when len is 0 may
 * happen) and len is its size in bytes. The layout is fixed: these two
 * fields in this order, never more (a richer view would be a new type).
 * The bytes stay valid while the handle they came from lives (for a
 * borrowed argument, until the native call returns); writing to them
 * changes what JavaScript sees.
 * Since: 0.1.
 */
typedef struct duv_buffer_view_s {
  void *data;
  size_t len;
} duv_buffer_view_t;

/*
 * duv_buffer_new - a new zero-filled Buffer of len bytes.
 *
 * The value is a Node Buffer: a Uint8Array whose prototype is
 * Buffer.prototype (the first call in a runtime loads the buffer module if
 * the script has not used Buffer yet). When data is not NULL, *data receives
 * the address of the bytes, valid while the returned handle lives.
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_buffer_new(duv_runtime_t *rt, size_t len, void **data);

/*
 * duv_buffer_view - the bytes of an ArrayBuffer, typed array or DataView.
 *
 * Fills *out with the bytes the view covers (for a typed array, its
 * byteOffset..byteOffset+byteLength of the underlying ArrayBuffer). No
 * copy is made.
 * Errors: -1 with a TypeError pending (ERR_INVALID_ARG_TYPE, 'The value
 *         must be an instance of ArrayBuffer, Buffer, TypedArray, or
 *         DataView. Received ...') for anything else.
 * Since: 0.1.
 */
DUV_EXTERN int duv_buffer_view(duv_runtime_t *rt, duv_value_t *v, duv_buffer_view_t *out);

/*
 * duv_date_new - new Date(ms), ms milliseconds since the Unix epoch.
 *
 * A ms outside the Date range (or NaN) gives an Invalid Date.
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_date_new(duv_runtime_t *rt, double ms);

/*
 * duv_date_get - the time value of a Date (date.getTime()).
 *
 * Stores milliseconds since the Unix epoch in *ms (NaN for an Invalid
 * Date) and returns 0.
 * Errors: -1 with a TypeError pending (ERR_INVALID_ARG_TYPE, 'The value
 *         must be an instance of Date. Received ...') when v is not a Date.
 * Since: 0.1.
 */
DUV_EXTERN int duv_date_get(duv_runtime_t *rt, duv_value_t *v, double *ms);

/*
 * duv_error_new - a new error object, not thrown.
 *
 * As duv_error_set() builds its error (an instance of type with the
 * printf-formatted message and, when code is not NULL, a `code` property),
 * but returned as a value instead of made pending: to reject a promise
 * with, pass to a callback, or throw later with duv_error_restore().
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_error_new(duv_runtime_t *rt, duv_error_type type, const char *code,
                                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The resolving functions of a promise made by duv_promise_new(). */
typedef struct duv_deferred_s duv_deferred_t;

/*
 * duv_promise_new - a new pending Promise and the means to settle it.
 *
 * *deferred receives the promise's resolver: settle the promise with
 * duv_promise_resolve() or duv_promise_reject(), exactly once each
 * deferred (either call consumes it). A deferred never settled must still
 * be given back with duv_promise_reject() or duv_deferred_free().
 * Ownership: returns a new reference to the promise; the deferred is the
 *            caller's until consumed.
 * Errors: NULL with a RangeError pending when memory runs out (*deferred
 *         is then NULL).
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_promise_new(duv_runtime_t *rt, duv_deferred_t **deferred);

/*
 * duv_promise_resolve - resolve a deferred's promise with value.
 *
 * As the resolve function of `new Promise(executor)`: a thenable value is
 * followed, a plain value fulfills. Reactions run as microtasks, when
 * control returns to the event loop (or the innermost JavaScript call
 * returns to it).
 * Ownership: consumes deferred, even on failure; value is borrowed.
 * Errors: -1 with a RangeError pending when memory runs out; the deferred
 *         is freed either way. A call made while an exception is pending
 *         fails at once (and still frees the deferred).
 * Since: 0.1.
 */
DUV_EXTERN int duv_promise_resolve(duv_runtime_t *rt, duv_deferred_t *deferred,
                                   duv_value_t *value);

/*
 * duv_promise_reject - reject a deferred's promise with reason.
 *
 * When reason is NULL the pending exception is taken (and cleared) as the
 * reason: `if (fail) return duv_promise_reject(rt, d, NULL)` passes an
 * error on. A rejection nobody handles is reported as Node reports it
 * ('unhandledRejection').
 * Ownership: consumes deferred, even on failure; reason is borrowed.
 * Errors: -1 with a RangeError pending when memory runs out, or a
 *         TypeError when reason is NULL and nothing is pending.
 * Since: 0.1.
 */
DUV_EXTERN int duv_promise_reject(duv_runtime_t *rt, duv_deferred_t *deferred,
                                  duv_value_t *reason);

/*
 * duv_deferred_free - give up a deferred without settling its promise.
 *
 * The promise stays pending for ever. NULL is ignored.
 * Since: 0.1.
 */
DUV_EXTERN void duv_deferred_free(duv_runtime_t *rt, duv_deferred_t *deferred);

/* ======================================================================
 * Argument parsing and value building
 *
 * Format strings in the manner of CPython's PyArg_ParseTuple and
 * Py_BuildValue; the codes are tabled in docs/extending.md. JavaScript
 * types are strict, as Node's validators are: a string is not a number.
 * ====================================================================== */

/*
 * duv_args_parse - check and convert a native function's arguments.
 *
 * Each format unit reads the next argument into the C variables that
 * follow the format:
 *   d double*           f float*            p int* (truthiness, any value)
 *   i int32_t*          I uint32_t*         ? int* (a boolean only)
 *   B uint8_t* (0..255) l int64_t* (safe integer)
 *   k uint64_t* (non-negative safe integer) n size_t* (as k)
 *   s const char** (UTF-8, no NUL inside)   s# const char**, size_t*
 *   z, z# as s, s#, and NULL (length 0) for null or undefined
 *   y*, w* duv_buffer_view_t* (ArrayBuffer, typed array, DataView)
 *   O duv_value_t** (any)  o an object or function  a an array
 *   F a function        O& int (*conv)(duv_runtime_t *, duv_value_t *, void *), void *
 *   C const duv_class_def *def (given), void **data: an instance of def's
 *     class, unwrapped as duv_class_data() does (see "Classes")
 *   |  the units after it are optional: their variables are left alone
 *      when the argument is absent (or, for units other than O, undefined)
 *   :name  ends the units; names the function in messages
 *   ;text  ends the units; text replaces the whole message of a type error
 * Arguments past the units are ignored, as JavaScript does. Numbers are
 * never coerced nor wrapped: a non-integer or out-of-range value for an
 * integer unit is a RangeError. Strings and views point into values that
 * live until the native call returns (or, outside one, while the handles in
 * argv live). Values for O, o, a, F are borrowed, as argv is.
 * The argument names in messages are "arguments[0]", "arguments[1]", ...
 * with the function name first ("add: The ...") when :name is given;
 * duv_args_parse_names() gives real names.
 * Errors: -1 with the error pending; variables of units already read may
 *         have been written.
 *   - fewer arguments than required units: TypeError ERR_MISSING_ARGS,
 *     'The "a" and "b" arguments must be specified';
 *   - a value of the wrong type: TypeError ERR_INVALID_ARG_TYPE, 'The "a"
 *     argument must be of type number. Received type string ('2')';
 *   - a number out of range: RangeError ERR_OUT_OF_RANGE, 'The value of
 *     "a" is out of range. It must be >= 0 && <= 255. Received 256';
 *   - a NUL inside a string for s or z: TypeError ERR_INVALID_ARG_VALUE;
 *   - a bad format string (a bug of the caller): Error ERR_INTERNAL_ASSERTION;
 *   - an exception already pending: -1 at once, that exception kept.
 * Since: 0.1.
 */
DUV_EXTERN int duv_args_parse(duv_runtime_t *rt, duv_value_t *const *argv, size_t argc,
                              const char *format, ...);

/*
 * duv_args_parse_names - duv_args_parse() with argument names, and options.
 *
 * names holds one name per format unit, in order (NULL-terminated or not:
 * only as many are read as there are units). Messages use them, as Node's
 * do: 'The "path" argument must be of type string. Received type number
 * (1)'. A `$` in the format starts the units read from an options object
 * (Node's keyword convention): the argument after the positional units
 * must be an object, or null or undefined or absent for "no options"
 * (else a TypeError names it "options"), and each unit after `$` reads the
 * property of its name; a missing or undefined property leaves the
 * variable alone. Messages name such a unit as Node does: 'The
 * "options.encoding" property must be of type string. ...'. Options values
 * for O, o, a, F, s, y* live until the native call returns: `$` is
 * accepted only while a native function runs (elsewhere it is an
 * ERR_INTERNAL_ASSERTION error). Reading a property can run a getter;
 * its exception is passed on.
 * Errors: as duv_args_parse().
 * Since: 0.1.
 */
DUV_EXTERN int duv_args_parse_names(duv_runtime_t *rt, duv_value_t *const *argv, size_t argc,
                                    const char *format, const char *const *names, ...);

/*
 * duv_value_build - make a value from a format and C values.
 *
 * One unit gives the value itself; several units give an array of them
 * (as "[...]" would); an empty format gives undefined. Units:
 *   d, f double (f is promoted)   i int   I unsigned   l int64_t
 *   k uint64_t   n size_t         ? int (boolean)
 *   s const char* (UTF-8, NUL-terminated; NULL gives null)
 *   s# const char*, size_t (NULL gives null)
 *   y# const void*, size_t: a new Uint8Array holding a copy of the bytes
 *   O duv_value_t* (borrowed: the value is referenced again)
 *   N duv_value_t* (consumed: released by this call, even on failure)
 *   _ undefined   ~ null
 *   [units] an array   {s:unit, s:unit} an object (keys use s or s#)
 * Spaces, tabs, commas and colons between units are ignored. The whole
 * value is built in one protected region.
 * Ownership: new reference.
 * Errors: NULL with a RangeError pending when memory runs out; with an
 *         ERR_INTERNAL_ASSERTION Error for a bad format or a NULL O value.
 *         N values are released either way.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_value_build(duv_runtime_t *rt, const char *format, ...);

/*
 * duv_value_vbuild - duv_value_build() with a va_list.
 *
 * Ownership and errors as duv_value_build(); ap is consumed as vprintf
 * consumes it.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_value_vbuild(duv_runtime_t *rt, const char *format, va_list ap);

/* ======================================================================
 * Work on the thread pool
 * ====================================================================== */

/* A job that never ran (libuv's UV_ECANCELED: error codes are libuv's). */
#define DUV_ECANCELED (-ECANCELED)

/*
 * duv_work_execute_cb - the part of a job that runs off the loop.
 *
 * Runs on one of libuv's thread-pool threads: it must not touch the runtime
 * or any handle, only its own data.
 */
typedef void (*duv_work_execute_cb)(void *data);

/*
 * duv_work_complete_cb - the part of a job that runs on the loop.
 *
 * Called exactly once per queued job, on the runtime's thread. status is 0
 * after execute ran, or DUV_ECANCELED when it never ran (the runtime was
 * freed first). Return the job's result as a new reference, or
 * NULL with an exception pending for an error; it is handed to the job's
 * callback. Free data here.
 */
typedef duv_value_t *(*duv_work_complete_cb)(duv_runtime_t *rt, void *data, int status);

/*
 * duv_work_queue - run a job on libuv's thread pool, then report on the loop.
 *
 * execute(data) runs on a pool thread; then complete(rt, data, status) runs on
 * the loop, and its result goes to callback as Node's error-first callbacks
 * take it: callback(null, result), or callback(error) when complete returned
 * NULL with an exception pending. callback may be NULL (the result is then
 * released). The job keeps callback alive until it has run, and keeps the
 * loop alive until complete has run. A callback that throws is an uncaught
 * exception, as for any callback from the loop. When the runtime is exiting
 * (process.exit, an uncaught error, duv_runtime_free), complete still runs
 * but the callback does not.
 * Ownership: callback is borrowed (duv keeps its own reference).
 * Errors: -1 with a TypeError pending when execute or complete is NULL or
 *         callback is not a function, or a RangeError when memory runs out;
 *         then neither function is ever called.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN int duv_work_queue(duv_runtime_t *rt, duv_work_execute_cb execute,
                              duv_work_complete_cb complete, duv_value_t *callback, void *data);

/*
 * duv_work_promise - run a job on the thread pool; its result settles a Promise.
 *
 * As duv_work_queue(), but returns a Promise that complete's result
 * fulfills, or that its pending exception rejects. Reactions run right
 * after complete, as after any callback from the loop. When the runtime is
 * exiting the promise stays pending.
 * Ownership: returns a new reference to the promise.
 * Errors: NULL with an exception pending, as duv_work_queue(); then neither
 *         function is ever called.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_work_promise(duv_runtime_t *rt, duv_work_execute_cb execute,
                                         duv_work_complete_cb complete, void *data);

/* ======================================================================
 * Calling into a runtime from other threads
 * ====================================================================== */

/* A channel through which any thread posts items to a runtime's loop. */
typedef struct duv_async_s duv_async_t;

/* Called on the runtime's thread for each item posted. An exception left
 * pending is reported as an uncaught exception, as a throwing callback is. */
typedef void (*duv_async_call_cb)(duv_runtime_t *rt, void *ctx, void *item);
/* Called for an item that was posted but will never be delivered because
 * the runtime is being freed; on the runtime's thread. Free the item. */
typedef void (*duv_async_drop_cb)(void *ctx, void *item);
/* Called once when the channel closes (its last reference released, or the
 * runtime freed), on the runtime's thread. Free ctx here. */
typedef void (*duv_async_finalize_cb)(void *ctx);

/*
 * duv_async_new - open a channel into the runtime.
 *
 * Items posted with duv_async_post() are delivered, exactly once each and in
 * the order each thread posted them, to call(rt, ctx, item) on the
 * runtime's thread; after each batch the nextTick and microtask queues run.
 * While the channel has references it keeps the loop alive (see
 * duv_async_keep_alive). drop and finalize may be NULL.
 * Ownership: the channel starts with one reference, the caller's; give it
 * back with duv_async_release() (from any thread).
 * Errors: NULL with a RangeError pending when memory runs out, or a TypeError
 *         when call is NULL.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN duv_async_t *duv_async_new(duv_runtime_t *rt, duv_async_call_cb call,
                                      duv_async_drop_cb drop, duv_async_finalize_cb finalize,
                                      void *ctx);

/*
 * duv_async_post - queue an item for the runtime's thread.
 *
 * Returns 0, or DUV_ECANCELED when the channel is closing (its references
 * are all released, or the runtime is being freed): the item was not taken
 * and stays the caller's. The caller must hold a reference.
 * Threads: any thread.
 * Since: 0.1.
 */
DUV_EXTERN int duv_async_post(duv_async_t *a, void *item);

/*
 * duv_async_retain - take another reference (for another thread to hold).
 * Threads: any thread, by a holder of a reference.
 * Since: 0.1.
 */
DUV_EXTERN void duv_async_retain(duv_async_t *a);

/*
 * duv_async_release - give a reference back.
 *
 * When the last one goes, the items already posted are still delivered,
 * then the channel closes (finalize runs) and stops keeping the loop alive.
 * The memory of the channel is freed only when no thread holds a reference,
 * even if the runtime is freed first.
 * Threads: any thread.
 * Since: 0.1.
 */
DUV_EXTERN void duv_async_release(duv_async_t *a);

/*
 * duv_async_keep_alive - whether the open channel keeps the loop alive.
 *
 * On by default, as a ref'd libuv handle; off lets the runtime's loop end
 * while other threads still hold the channel.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN void duv_async_keep_alive(duv_async_t *a, int keep);

/* ======================================================================
 * Modules
 *
 * A native module is described by static tables, as in CPython: a
 * duv_module_def names the module and lists its functions (duv_method_def)
 * and constants (duv_const_def), the size of the state it keeps per
 * runtime, and two hooks. duv_module_load() (or require() of an addon)
 * makes the module in a runtime once: a zeroed state block, an exports
 * object with the functions and constants, then the init hook. The same
 * definition made in two runtimes has two independent states (PEP 489, PEP
 * 630); nothing of a module is global.
 * ====================================================================== */

/*
 * DUV_METH_FASTCALL - calling conventions of a duv_method_def (its flags).
 *
 *   DUV_METH_FASTCALL  duv_cfunction: self, argv, argc. The default, and
 *                      the fastest.
 *   DUV_METH_NOARGS    duv_cfunction_noargs: self only.
 *   DUV_METH_O         duv_cfunction_o: self and the first argument.
 *   DUV_METH_VARARGS   duv_cfunction_varargs: self and a new array of all
 *                      the arguments (released by duv after the call).
 *
 * Unlike CPython, NOARGS and O do not throw when a call passes other
 * counts: JavaScript callers routinely pass extra arguments (arr.map(fn)
 * passes three), so extra arguments are ignored and O gets undefined when
 * there is none, as a JavaScript function would.
 * Since: 0.1.
 */
enum {
  DUV_METH_FASTCALL = 0,
  DUV_METH_NOARGS = 1,
  DUV_METH_O = 2,
  DUV_METH_VARARGS = 3
};

/*
 * duv_cfunction_noargs - the C signatures of the other conventions.
 *
 * Arguments are borrowed; the result is a new reference, or NULL with an
 * exception pending, as for duv_cfunction.
 * Since: 0.1.
 */
typedef duv_value_t *(*duv_cfunction_noargs)(duv_runtime_t *rt, duv_value_t *self);
typedef duv_value_t *(*duv_cfunction_o)(duv_runtime_t *rt, duv_value_t *self, duv_value_t *arg);
typedef duv_value_t *(*duv_cfunction_varargs)(duv_runtime_t *rt, duv_value_t *self,
                                              duv_value_t *args);

/*
 * DUV_CFUNC - store a function of another convention in duv_method_def.fn.
 *
 * The cast goes through void (*)(void), which compilers accept without a
 * warning; duv casts it back by the flags before calling.
 * Since: 0.1.
 */
#define DUV_CFUNC(f) ((duv_cfunction)(void (*)(void))(f))

/*
 * duv_method_def - one function of a module's table.
 *
 *   name    the JavaScript name (UTF-8), also the function's `name`.
 *   fn      the C function; for a convention other than FASTCALL, wrap it
 *           in DUV_CFUNC().
 *   flags   DUV_METH_FASTCALL (0), DUV_METH_NOARGS, DUV_METH_O or
 *           DUV_METH_VARARGS.
 *   length  the function's `length`.
 *   doc     a line of documentation, or NULL (not used by the runtime yet).
 *
 * A table ends with an entry whose name is NULL. A module's functions get
 * the module's per-runtime state from duv_function_data().
 * Since: 0.1.
 */
typedef struct duv_method_def_s {
  const char *name;
  duv_cfunction fn;
  uint32_t flags;
  uint32_t length;
  const char *doc;
} duv_method_def;

/*
 * duv_const_def - one constant of a module's table.
 *
 *   name     the property name (UTF-8).
 *   type     DUV_CONST_NUMBER (uses number), DUV_CONST_STRING (string,
 *            UTF-8, NUL-terminated) or DUV_CONST_BOOLEAN (number != 0).
 *
 * A table ends with an entry whose name is NULL.
 * Since: 0.1.
 */
enum { DUV_CONST_NUMBER = 1, DUV_CONST_STRING = 2, DUV_CONST_BOOLEAN = 3 };
typedef struct duv_const_def_s {
  const char *name;
  uint32_t type;
  double number;
  const char *string;
} duv_const_def;

/*
 * duv_module_def - a module: what duv needs to make it in a runtime.
 *
 *   struct_size  sizeof(duv_module_def): later versions append fields.
 *   name, doc    the module's name (for messages) and documentation.
 *   methods      functions to put on the exports, or NULL.
 *   constants    constants to put on the exports, or NULL.
 *   state_size   bytes of per-runtime state, zeroed before init; 0 for none.
 *   init         called once per runtime after the functions and constants
 *                are on exports (borrowed), with the state (NULL when
 *                state_size is 0); may add more to exports. Returns 0, or -1
 *                with an exception pending: the load then fails with that
 *                exception and the free hook runs at once. May be NULL.
 *   free         called once per runtime to release what the state holds
 *                (not the state block itself, which duv frees), when the
 *                runtime is freed, after its heap is destroyed: every
 *                finalizer has run and no JavaScript or duv_* call may be
 *                made from it. May be NULL.
 *
 * The definition is identified by its address: keep it in static storage,
 * unchanged, while any runtime uses it.
 * Since: 0.1.
 */
typedef struct duv_module_def_s {
  size_t struct_size;
  const char *name;
  const char *doc;
  const duv_method_def *methods;
  const duv_const_def *constants;
  size_t state_size;
  int (*init)(duv_runtime_t *rt, duv_value_t *exports, void *state);
  void (*free)(void *state);
} duv_module_def;

/*
 * duv_module_load - the exports of a module in this runtime.
 *
 * The first call in a runtime makes the module: allocates its state
 * (zeroed), creates the exports object, adds def's functions and constants,
 * and calls def->init. Later calls with the same def return the same
 * exports. require() of a native addon ends here.
 * Ownership: new reference to the exports object; def is borrowed and must
 * outlive the runtime.
 * Errors: NULL with an exception pending when def's struct_size is not one
 *         this library knows (TypeError), when init fails (its exception),
 *         or when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_module_load(duv_runtime_t *rt, const duv_module_def *def);

/*
 * duv_module_state - a module's state in the running runtime.
 *
 * Returns the state block of def in rt, or NULL when def has not been made
 * in rt (or has no state). Inside a module's own functions
 * duv_function_data() gives the same pointer without a lookup; this is for
 * code reached another way (callbacks, finalizers). Cost: a scan of the
 * modules made in rt, most recently made first.
 * Errors: none.
 * Since: 0.1.
 */
DUV_EXTERN void *duv_module_state(duv_runtime_t *rt, const duv_module_def *def);

/*
 * duv_runtime_add_module - let scripts require a module of the host's by name.
 *
 * `require(name)` then returns the exports of def, made in this runtime on
 * the first require (as duv_module_load does), before any file is looked
 * up; `require.resolve(name)` returns name. How a host gives scripts its
 * own objects: `var host = require('host')`.
 * Ownership: name is copied; def must outlive the runtime.
 * Errors: -1 with an exception pending (code ERR_INVALID_ARG_VALUE) when
 *         name is empty, a core module's name (also with node:), a path,
 *         or already added; a RangeError when memory runs out.
 * Threads: the thread that uses the runtime.
 * Since: 0.1.
 */
DUV_EXTERN int duv_runtime_add_module(duv_runtime_t *rt, const char *name,
                                      const duv_module_def *def);

/*
 * duv_module_add_functions - add a table of functions to an object.
 *
 * Each entry of defs (up to the one whose name is NULL) becomes a function
 * property of obj, called with its convention; duv_function_data() returns
 * data while one runs (pass the state from init to give them the module's
 * state).
 * Ownership: obj is borrowed; defs must outlive the runtime.
 * Errors: -1 with an exception pending when memory runs out, a property
 *         cannot be set, or an entry's flags are not a known convention
 *         (TypeError); functions added before the failure stay.
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_functions(duv_runtime_t *rt, duv_value_t *obj,
                                        const duv_method_def *defs, void *data);

/*
 * duv_module_add_constants - add a table of constants to an object.
 *
 * Each entry of defs (up to the one whose name is NULL) becomes a property
 * of obj holding a number, a string or a boolean.
 * Ownership: obj is borrowed.
 * Errors: -1 with an exception pending when memory runs out, a property
 *         cannot be set, or an entry's type is unknown (TypeError).
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_constants(duv_runtime_t *rt, duv_value_t *obj,
                                        const duv_const_def *defs);

/*
 * duv_module_add_number - obj[name] = a number.
 *
 * Ownership: obj is borrowed.
 * Errors: -1 with an exception pending when memory runs out or the
 *         property cannot be set.
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_number(duv_runtime_t *rt, duv_value_t *obj, const char *name,
                                     double value);

/*
 * duv_module_add_string - obj[name] = a string from NUL-terminated UTF-8.
 *
 * Ownership: obj is borrowed; the bytes are copied.
 * Errors: -1 with an exception pending when memory runs out or the
 *         property cannot be set.
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_string(duv_runtime_t *rt, duv_value_t *obj, const char *name,
                                     const char *utf8);

/*
 * duv_module_add_object - obj[name] = value (any value, not only objects).
 *
 * Unlike CPython's PyModule_AddObject, value is borrowed, never stolen:
 * release your own reference afterwards as usual.
 * Ownership: obj and value are borrowed.
 * Errors: -1 with an exception pending when value is NULL (TypeError),
 *         memory runs out or the property cannot be set.
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_object(duv_runtime_t *rt, duv_value_t *obj, const char *name,
                                     duv_value_t *value);

/* ======================================================================
 * Native addons
 *
 * An addon is a shared object (by convention named *.node) built against
 * this header alone, that require() loads. It exports one function,
 * duv_addon_v1, which DUV_ADDON() defines: it returns a static descriptor
 * and touches no runtime (PEP 793), so duv can check the addon's ABI before
 * any of its code runs against a runtime. The duv_* functions an addon
 * calls are resolved from the host process when it is loaded (the duv
 * command exports them; a host linking libduv.so has them). See
 * docs/extending.md.
 * ====================================================================== */

/*
 * DUV_ABI_VERSION - the addon ABI this header describes.
 *
 * An addon whose descriptor names another ABI is refused at load time
 * (docs/extending.md, "ABI policy").
 * Since: 0.1.
 */
#define DUV_ABI_VERSION 1

/*
 * DUV_BUILD_INFO - what an addon records about its build, for messages.
 * Since: 0.1.
 */
#define DUV__STR2(x) #x
#define DUV__STR(x) DUV__STR2(x)
#define DUV_BUILD_INFO                                                                         \
  "duv " DUV__STR(DUV_VERSION_MAJOR) "." DUV__STR(DUV_VERSION_MINOR) "." DUV__STR(            \
      DUV_VERSION_PATCH) ", ABI " DUV__STR(DUV_ABI_VERSION)

/*
 * duv_addon_t - the descriptor an addon's entry point returns.
 *
 *   struct_size  sizeof(duv_addon_t) as the addon saw it.
 *   abi_version  DUV_ABI_VERSION as the addon saw it; must equal the
 *                runtime's. These two fields come first in every ABI
 *                version, so any duv can read them and refuse cleanly.
 *   module       the module definition.
 *   build_info   DUV_BUILD_INFO, for messages.
 *
 * Since: 0.1.
 */
typedef struct duv_addon_s {
  uint32_t struct_size;
  uint32_t abi_version;
  const duv_module_def *module;
  const char *build_info;
} duv_addon_t;

/*
 * duv_addon_v1 - the entry point every addon exports.
 *
 * Defined by the addon (with DUV_ADDON), never by libduv; the loader finds
 * it with dlsym. It returns a pointer to a static descriptor and must do
 * nothing else: no allocation, no runtime, no global side effects, so that
 * duv can check the addon's ABI before any of its code runs against a
 * runtime (PEP 793). The _v1 suffix is the entry point's own version: it
 * stays even when DUV_ABI_VERSION changes.
 * Ownership: the descriptor is static and never freed.
 * Threads: may be called from any thread, any number of times.
 * Since: 0.1.
 */
DUV_EXTERN const duv_addon_t *duv_addon_v1(void);

/*
 * DUV_ADDON - define an addon's entry point for a module definition.
 *
 * Put DUV_ADDON(my_module_def) once in the addon, after the definition. It
 * defines duv_addon_v1(), exported with default visibility, returning a
 * static duv_addon_t.
 * Since: 0.1.
 */
#define DUV_ADDON(moddef)                                                                      \
  DUV_EXTERN const duv_addon_t *duv_addon_v1(void) {                                           \
    static const duv_addon_t duv__addon = {sizeof(duv_addon_t), DUV_ABI_VERSION, &(moddef),    \
                                           DUV_BUILD_INFO};                                    \
    return &duv__addon;                                                                        \
  }

/* ======================================================================
 * Classes
 *
 * A JS class backed by a C struct, described by a static duv_class_def
 * whose address is its type tag: duv_class_data() unwraps an object only
 * if it was made by that very definition.
 * ====================================================================== */

/* A getter and optional setter on a class's prototype. self is `this`. */
typedef struct duv_getset_def_s {
  const char *name;
  duv_value_t *(*get)(duv_runtime_t *rt, duv_value_t *self);
  int (*set)(duv_runtime_t *rt, duv_value_t *self, duv_value_t *value); /* NULL: read-only */
  const char *doc;
} duv_getset_def;

/*
 * duv_class_def - a class backed by a C struct.
 *
 *   struct_size  sizeof(duv_class_def).
 *   name         the constructor's name.
 *   data_size    bytes of zeroed C data each instance carries.
 *   init         `new Name(...args)`: fill data; return 0, or -1 with an
 *                exception pending. NULL: JavaScript cannot construct it
 *                (TypeError "Illegal constructor"); C can, with
 *                duv_class_instance_new().
 *   finalize     called once for every instance's data when the instance
 *                is collected or the runtime freed (also after init
 *                failed); it must not call duv_* functions. May be NULL.
 *   methods      prototype methods (self is `this`), ending with a NULL name.
 *   getset       prototype accessors, ending with a NULL name.
 *   statics      functions on the constructor, ending with a NULL name.
 *
 * Any table may be NULL. duv_function_data() returns the data given to
 * duv_class_get() while a method, accessor or init runs.
 * Since: 0.1.
 */
typedef struct duv_class_def_s {
  size_t struct_size;
  const char *name;
  size_t data_size;
  int (*init)(duv_runtime_t *rt, duv_value_t *self, void *data, duv_value_t *const *argv,
              size_t argc);
  void (*finalize)(void *data);
  const duv_method_def *methods;
  const duv_getset_def *getset;
  const duv_method_def *statics;
} duv_class_def;

/*
 * duv_class_get - the constructor of a class in this runtime.
 *
 * Made the first time, with data handed to its methods, accessors and init
 * through duv_function_data(); later calls return the same constructor (and
 * ignore data).
 * Ownership: new reference; def must outlive the runtime.
 * Errors: NULL with an exception pending when memory runs out, or a
 *         TypeError when def is malformed (struct_size, a table entry).
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_class_get(duv_runtime_t *rt, const duv_class_def *def, void *data);

/*
 * duv_class_instance_new - make an instance from C, without running init.
 *
 * Stores the instance's zeroed data pointer in *data when data is not NULL.
 * Ownership: new reference.
 * Errors: NULL with an exception pending when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_class_instance_new(duv_runtime_t *rt, const duv_class_def *def,
                                               void **data);

/*
 * duv_class_data - the C data of an instance of def.
 *
 * Checks the type tag: the object must have been made by def itself (an
 * object that merely inherits from an instance does not count).
 * Ownership: the data lives as long as the instance.
 * Errors: NULL with a TypeError pending (code ERR_INVALID_ARG_TYPE, "The
 *         value must be an instance of Name. Received ...") when v is not an
 *         instance of def.
 * Since: 0.1.
 */
DUV_EXTERN void *duv_class_data(duv_runtime_t *rt, duv_value_t *v, const duv_class_def *def);

/*
 * duv_module_add_class - add a class's constructor to an object.
 *
 * obj[def->name] = duv_class_get(rt, def, data).
 * Ownership: obj is borrowed.
 * Errors: as duv_class_get(), or -1 when the property cannot be set.
 * Since: 0.1.
 */
DUV_EXTERN int duv_module_add_class(duv_runtime_t *rt, duv_value_t *obj, const duv_class_def *def,
                                    void *data);

/* ======================================================================
 * Compiled scripts
 * ====================================================================== */

/*
 * duv_script_compile - compile global code once, to run many times.
 *
 * source is UTF-8 of len bytes (or DUV_NTS); filename names it in stack
 * traces.
 * Ownership: new reference to the script (a function value).
 * Errors: NULL with a SyntaxError pending when the source does not parse,
 *         or a RangeError when memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_script_compile(duv_runtime_t *rt, const char *source, size_t len,
                                           const char *filename);

/*
 * duv_script_run - run a compiled script as duv_runtime_eval() runs source.
 *
 * Global code with module, exports and require as [eval]'s; an uncaught
 * error is reported as Node reports it; the nextTick and microtask queues
 * run after it; the time limit applies.
 * Errors: as duv_runtime_eval(): -1 after an uncaught error, process.exit()
 *         or a stop by a limit; -1 with a TypeError pending when script is
 *         not a compiled script.
 * Since: 0.1.
 */
DUV_EXTERN int duv_script_run(duv_runtime_t *rt, duv_value_t *script);

/*
 * duv_script_dump - the bytecode of a compiled script, to ship and load.
 *
 * *bytes receives a malloc'd block of *len bytes, stamped with the duv and
 * Duktape versions (and the pointer size) that made it.
 * Ownership: the caller frees *bytes with free().
 * Errors: -1 with an exception pending when script is not a compiled
 *         script (TypeError) or memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN int duv_script_dump(duv_runtime_t *rt, duv_value_t *script, void **bytes, size_t *len);

/*
 * duv_script_load - a compiled script from duv_script_dump() bytes.
 *
 * Duktape does not validate bytecode: load only bytes your own build made
 * (a host's shipped scripts), never input from outside. Bytes stamped by
 * another duv or Duktape version are refused.
 * Ownership: new reference; bytes are copied.
 * Errors: NULL with an Error pending: code ERR_DUV_BYTECODE_VERSION naming
 *         both stamps when they differ, ERR_DUV_BYTECODE for bytes that
 *         are not duv bytecode or are truncated.
 * Since: 0.1.
 */
DUV_EXTERN duv_value_t *duv_script_load(duv_runtime_t *rt, const void *bytes, size_t len);

/* ======================================================================
 * Working directory and permissions
 *
 * Each runtime has its own working directory and its own grants (see
 * duv_config_t.cwd and .permissions). Every binding of duv checks its
 * resource here before it acts; an addon that reaches files, the network
 * or processes by itself should do the same with duv_permission_check(),
 * and resolve relative paths against duv_runtime_cwd().
 *
 * Threads: the thread that uses the runtime.
 * ====================================================================== */

/*
 * duv_runtime_cwd - the runtime's working directory.
 *
 * Absolute and canonical (symbolic links resolved), as process.cwd()
 * returns it.
 * Ownership: owned by the runtime; valid until the next process.chdir() or
 * duv_runtime_free().
 * Since: 0.1.
 */
DUV_EXTERN const char *duv_runtime_cwd(duv_runtime_t *rt);

/* What a permission check is about (the scopes of duv_config_t.permissions;
 * the resource each takes). */
typedef enum {
  DUV_PERMISSION_FS_READ = 1,  /* a path ("fs.read") */
  DUV_PERMISSION_FS_WRITE,     /* a path ("fs.write") */
  DUV_PERMISSION_NET_CONNECT,  /* "host:port" ("net.connect") */
  DUV_PERMISSION_NET_LISTEN,   /* "host:port" ("net.listen") */
  DUV_PERMISSION_CHILD_PROCESS,/* the command, or NULL ("child") */
  DUV_PERMISSION_WORKER,       /* NULL ("worker") */
  DUV_PERMISSION_ADDON         /* the addon's path ("addon") */
} duv_permission_t;

/*
 * duv_permission_has - whether the runtime may use a resource.
 *
 * Paths may be relative to the runtime's directory. A NULL resource asks
 * whether anything of the kind is granted. Always 1 without a permission
 * model (duv_config_t.permissions NULL); 0 for an unknown kind and when
 * memory runs out.
 * Since: 0.1.
 */
DUV_EXTERN int duv_permission_has(duv_runtime_t *rt, duv_permission_t kind, const char *resource);

/*
 * duv_permission_check - fail unless the runtime may use a resource.
 *
 * As duv_permission_has(), for a function that is about to act.
 * Errors: returns 0 when allowed; -1 with an Error pending when denied:
 *         message "Access to this API has been restricted", code
 *         ERR_ACCESS_DENIED, `permission` Node's name for it
 *         (FileSystemRead, FileSystemWrite, NetConnect, NetListen,
 *         ChildProcess, WorkerThreads, Addon) and `resource` the resource,
 *         made absolute for paths; -1 at once when an error is pending.
 * Since: 0.1.
 */
DUV_EXTERN int duv_permission_check(duv_runtime_t *rt, duv_permission_t kind, const char *resource);

#ifdef __cplusplus
}
#endif

#endif /* DUV_H */
