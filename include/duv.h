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
 *
 * Since: 0.1.
 */
typedef struct duv_config_s {
  size_t struct_size;
  int argc;
  const char *const *argv;
  int exec_argc;
  const char *const *exec_argv;
} duv_config_t;

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
 * first for that. NULL is ignored.
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
 * process.nextTick queue and then the microtask queue, as in Node.
 *
 * Returns 1 when work remains (only in the ONCE and NOWAIT modes) and 0 when
 * the loop is done or the runtime is exiting (process.exit() or an uncaught
 * error).
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
 * duv_runtime_is_exiting - whether the runtime has stopped running scripts.
 *
 * Returns 1 after process.exit() or an uncaught error, else 0. A host that
 * ticks the loop itself stops ticking once this says 1.
 * Threads: the thread that uses the runtime. Since: 0.1.
 */
DUV_EXTERN int duv_runtime_is_exiting(duv_runtime_t *rt);

#ifdef __cplusplus
}
#endif

#endif /* DUV_H */
