/*
 * Runtime lifecycle: creating a runtime (heap, loop, builtins, bootstrap),
 * running its loop, and tearing it down with every handle closed before the
 * heap goes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi.h"
#include "internal.h"

const char *duv_version(void) { return DUV_VERSION_STRING; }

void duv_config_init(duv_config_t *config) {
  memset(config, 0, sizeof(*config));
  config->struct_size = sizeof(*config);
}

duv_runtime_t *duv__runtime(duk_context *ctx) {
  duk_memory_functions funcs;
  duk_get_memory_functions(ctx, &funcs);
  return (duv_runtime_t *)funcs.udata;
}

/*
 * The heap allocator. The runtime counts its heap (process.memoryUsage(), and
 * the memory cap of the embedding API). With glibc the count uses
 * malloc_usable_size(), so blocks carry no header of ours: a 16-byte header
 * on every Duktape allocation cost 6-15% on allocation-heavy scripts
 * (test/bench, docs/performance.md). Elsewhere each block carries its size.
 */
#if defined(__GLIBC__)
#include <malloc.h>

static void *heap_alloc(void *udata, duk_size_t size) {
  duv_runtime_t *rt = udata;
  /* Past the cap the allocation fails: Duktape collects garbage, retries,
   * and throws a RangeError the script can catch. */
  if (rt->memory_limit != 0 && rt->heap_bytes + size > rt->memory_limit) return NULL;
  void *p = malloc(size);
  if (p != NULL) rt->heap_bytes += malloc_usable_size(p);
  return p;
}

static void *heap_realloc(void *udata, void *ptr, duk_size_t size) {
  duv_runtime_t *rt = udata;
  size_t old = ptr != NULL ? malloc_usable_size(ptr) : 0;
  if (size == 0) {
    rt->heap_bytes -= old;
    free(ptr);
    return NULL;
  }
  if (rt->memory_limit != 0 && size > old && rt->heap_bytes - old + size > rt->memory_limit)
    return NULL;
  void *n = realloc(ptr, size);
  if (n == NULL) return NULL;
  rt->heap_bytes = rt->heap_bytes - old + malloc_usable_size(n);
  return n;
}

static void heap_free(void *udata, void *ptr) {
  duv_runtime_t *rt = udata;
  if (ptr == NULL) return;
  rt->heap_bytes -= malloc_usable_size(ptr);
  free(ptr);
}
#else
typedef union {
  size_t size;
  max_align_t align;
} alloc_header;

static void *heap_alloc(void *udata, duk_size_t size) {
  duv_runtime_t *rt = udata;
  if (rt->memory_limit != 0 && rt->heap_bytes + size > rt->memory_limit) return NULL;
  alloc_header *h = malloc(sizeof(alloc_header) + size);
  if (h == NULL) return NULL;
  h->size = size;
  rt->heap_bytes += size;
  return h + 1;
}

static void *heap_realloc(void *udata, void *ptr, duk_size_t size) {
  duv_runtime_t *rt = udata;
  if (ptr == NULL) return heap_alloc(udata, size);
  alloc_header *h = (alloc_header *)ptr - 1;
  size_t old = h->size;
  if (size == 0) {
    rt->heap_bytes -= old;
    free(h);
    return NULL;
  }
  if (rt->memory_limit != 0 && size > old && rt->heap_bytes - old + size > rt->memory_limit)
    return NULL;
  alloc_header *n = realloc(h, sizeof(alloc_header) + size);
  if (n == NULL) return NULL;
  rt->heap_bytes = rt->heap_bytes - old + size;
  n->size = size;
  return n + 1;
}

static void heap_free(void *udata, void *ptr) {
  duv_runtime_t *rt = udata;
  if (ptr == NULL) return;
  alloc_header *h = (alloc_header *)ptr - 1;
  rt->heap_bytes -= h->size;
  free(h);
}
#endif

static void heap_fatal(void *udata, const char *msg) {
  (void)udata;
  /* Duktape calls this only for errors outside any protected call, which duv
   * never makes: reaching it is a bug in duv. */
  fprintf(stderr, "duv: fatal error in the JavaScript engine: %s\n", msg ? msg : "(none)");
  fflush(stderr);
  abort();
}


void duv__stash_get(duk_context *ctx, const char *key) {
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, key);
  duk_remove(ctx, -2);
}

void duv__stash_put(duk_context *ctx, const char *key) {
  duk_push_heap_stash(ctx);
  duk_insert(ctx, -2);
  duk_put_prop_string(ctx, -2, key);
  duk_pop(ctx);
}

static char **copy_strings(int n, const char *const *src) {
  char **out = calloc((size_t)n + 1, sizeof(char *));
  if (out == NULL) return NULL;
  for (int i = 0; i < n; i++) {
    out[i] = strdup(src[i] ? src[i] : "");
    if (out[i] == NULL) {
      for (int j = 0; j < i; j++) free(out[j]);
      free(out);
      return NULL;
    }
  }
  return out;
}

static void free_strings(int n, char **s) {
  if (s == NULL) return;
  for (int i = 0; i < n; i++) free(s[i]);
  free(s);
}

/* Defined in vm/bootstrap.c: installs builtins and runs the JS bootstrap. */
int duv__bootstrap(duv_runtime_t *rt);

static void immediate_check_cb(uv_check_t *check);
static void immediate_idle_cb(uv_idle_t *idle) { (void)idle; }

static void close_walk_cb(uv_handle_t *handle, void *arg) {
  (void)arg;
  if (!uv_is_closing(handle)) uv_close(handle, NULL);
}

#ifndef NDEBUG
static void count_walk_cb(uv_handle_t *handle, void *arg) {
  (void)handle;
  (*(size_t *)arg)++;
}

/*
 * On its own loop everything is the runtime's, so its count must match what
 * libuv holds. A handle or request started without duv__loop_hold would be
 * left behind on a host's loop at teardown; the sanitizer and debug builds
 * catch it here, on every runtime the test suite frees.
 */
static void check_loop_count(duv_runtime_t *rt) {
  if (!rt->owns_loop) return;
  size_t on_loop = rt->loop->active_reqs.count;
  uv_walk(rt->loop, count_walk_cb, &on_loop);
  if (on_loop == rt->loop_pending) return;
  fprintf(stderr,
          "duv: the runtime counts %zu handles and requests on its loop, libuv has %zu: "
          "a handle or request was started without duv__loop_hold\n",
          rt->loop_pending, on_loop);
  abort();
}
#else
static void check_loop_count(duv_runtime_t *rt) { (void)rt; }
#endif

/* Close callback of the handles embedded in the runtime struct. */
static void runtime_handle_closed(uv_handle_t *handle) { duv__loop_release(handle->data); }

/*
 * The runtime's handles are closing and its requests finishing: run the loop
 * until none is left. On its own loop everything on the loop is the
 * runtime's; a host's loop is run one iteration at a time only while the
 * runtime's count says something of its is there, and never closed or walked.
 */
static void finish_loop(duv_runtime_t *rt) {
  if (!rt->owns_loop) {
    while (rt->loop_pending > 0) {
      if (uv_run(rt->loop, UV_RUN_ONCE) == 0 && rt->loop_pending > 0) {
        /* Nothing can run on the loop, yet something of the runtime's is
         * not finished: a handle that was never closed. Freeing the runtime
         * would leave it pointing into freed memory. */
        fprintf(stderr, "duv: %zu handles or requests of a runtime never finished\n",
                rt->loop_pending);
        abort();
      }
    }
    return;
  }
  /* Requests in flight complete (with UV_ECANCELED where libuv can cancel
   * them); their callbacks see rt->exiting and only release what they hold. */
  while (uv_run(rt->loop, UV_RUN_DEFAULT) != 0) {
  }
  check_loop_count(rt);
  if (uv_loop_close(rt->loop) == UV_EBUSY) {
    /* A handle no wrapper knows about (a bug, but never a leak): close it. */
    uv_walk(rt->loop, close_walk_cb, NULL);
    uv_run(rt->loop, UV_RUN_DEFAULT);
    uv_loop_close(rt->loop);
  }
}

duv_runtime_t *duv_runtime_new(const duv_config_t *config) {
  duv_config_t defaults;
  static const char *const default_argv[] = {"duv"};
  if (config == NULL) {
    duv_config_init(&defaults);
    config = &defaults;
  }
  /* Hosts built against an older header pass a smaller struct: fields past
   * its end read as zero. */
  size_t min_size = offsetof(duv_config_t, exec_argv) + sizeof(config->exec_argv);
  if (config->struct_size < min_size || config->struct_size > sizeof(duv_config_t)) return NULL;
  unsigned flags = 0;
  if (config->struct_size >= offsetof(duv_config_t, flags) + sizeof(config->flags))
    flags = config->flags;
  const char *debug_env = getenv("DUV_DEBUG");
  if (debug_env != NULL && strcmp(debug_env, "1") == 0) flags |= DUV_RUNTIME_DEBUG;

  duv_runtime_t *rt = calloc(1, sizeof(*rt));
  if (rt == NULL) return NULL;
  rt->flags = flags;
  size_t memory_limit = 0;
  if (config->struct_size >= offsetof(duv_config_t, time_limit_ms) + sizeof(config->time_limit_ms)) {
    memory_limit = config->memory_limit;
    rt->time_limit_ns = (uint64_t)config->time_limit_ms * 1000000u;
  }
  if (config->struct_size >= offsetof(duv_config_t, env) + sizeof(config->env)) {
    rt->output = config->output;
    rt->output_data = config->output_data;
    if (config->env != NULL) {
      int n = 0;
      while (config->env[n] != NULL) n++;
      rt->env_count = n;
      rt->env = copy_strings(n, config->env);
      if (rt->env == NULL) goto fail_args;
    }
  }
  const char *cwd = NULL;
  const char *const *grants = NULL;
  if (config->struct_size >= offsetof(duv_config_t, permissions) + sizeof(config->permissions)) {
    cwd = config->cwd;
    grants = config->permissions;
  }
  /* Grants name paths relative to the runtime's directory: it comes first. */
  if (duv__workdir_init(rt, cwd) != 0 || duv__permissions_init(rt, grants) != 0) goto fail_args;
  if (config->struct_size >= offsetof(duv_config_t, uncaught_data) + sizeof(config->uncaught_data)) {
    rt->uncaught = config->uncaught;
    rt->uncaught_data = config->uncaught_data;
  }

  int argc = config->argc > 0 ? config->argc : 1;
  const char *const *argv = config->argc > 0 ? config->argv : default_argv;
  rt->argc = argc;
  rt->argv = copy_strings(argc, argv);
  rt->exec_argc = config->exec_argc;
  rt->exec_argv = copy_strings(config->exec_argc, config->exec_argv);
  if (rt->argv == NULL || rt->exec_argv == NULL) goto fail_args;

  struct uv_loop_s *host_loop = NULL;
  if (config->struct_size >= offsetof(duv_config_t, loop) + sizeof(config->loop))
    host_loop = config->loop;
  if (host_loop != NULL) {
    rt->loop = host_loop;
  } else {
    if (uv_loop_init(&rt->own_loop) != 0) goto fail_args;
    rt->own_loop.data = rt;
    rt->loop = &rt->own_loop;
    rt->owns_loop = 1;
  }
  uv_check_init(rt->loop, &rt->immediate_check);
  uv_idle_init(rt->loop, &rt->immediate_idle);
  duv__loop_hold(rt);
  duv__loop_hold(rt);
  rt->immediate_check.data = rt;
  rt->immediate_idle.data = rt;
  uv_check_start(&rt->immediate_check, immediate_check_cb);
  uv_unref((uv_handle_t *)&rt->immediate_check);

  rt->ctx = duk_create_heap(heap_alloc, heap_realloc, heap_free, rt, heap_fatal);
  if (rt->ctx == NULL) goto fail_loop;
  /* The cap applies from here: Duktape's own heap set-up is not protected
   * against a failing allocation (it would be fatal), the bootstrap is. */
  rt->memory_limit = memory_limit;

  if (duv__bootstrap(rt) != 0) {
    duv_runtime_free(rt);
    return NULL;
  }
  /* Timers measure from the loop's cached time: do not count the bootstrap
   * against the first script's timers (slow under sanitizers). */
  uv_update_time(rt->loop);
  return rt;

fail_loop:
  uv_close((uv_handle_t *)&rt->immediate_check, runtime_handle_closed);
  uv_close((uv_handle_t *)&rt->immediate_idle, runtime_handle_closed);
  finish_loop(rt);
fail_args:
  duv__permissions_free(rt);
  free(rt->cwd);
  free_strings(rt->env_count, rt->env);
  free_strings(rt->argc, rt->argv);
  free_strings(rt->exec_argc, rt->exec_argv);
  free(rt);
  return NULL;
}

void duv_runtime_free(duv_runtime_t *rt) {
  if (rt == NULL) return;
  /* Tearing down must not fail for the heap cap. */
  rt->memory_limit = 0;
  /* Stop scripts from running while the handles close. */
  rt->exiting = 1;
  check_loop_count(rt);
  duv__handles_close_all(rt);
  duv__capi_cancel_work(rt);
  duv__capi_close_asyncs(rt);
  uv_close((uv_handle_t *)&rt->immediate_check, runtime_handle_closed);
  uv_close((uv_handle_t *)&rt->immediate_idle, runtime_handle_closed);
  finish_loop(rt);
  duv__capi_report_leaks(rt);
  duk_destroy_heap(rt->ctx);
  /* Modules' free hooks run once no finalizer can need their state. */
  duv__modules_free(rt);
  duv__capi_free(rt);
  duv__permissions_free(rt);
  free(rt->cwd);
  free_strings(rt->env_count, rt->env);
  free_strings(rt->argc, rt->argv);
  free_strings(rt->exec_argc, rt->exec_argv);
  free(rt);
}

int duv_runtime_is_exiting(duv_runtime_t *rt) { return rt->exiting; }

/* Calls a function kept in the stash with one argument already pushed. */
static void call_stash_fn(duv_runtime_t *rt, const char *key, int nargs) {
  duk_context *ctx = rt->ctx;
  duv__stash_get(ctx, key);
  duk_insert(ctx, -1 - nargs);
  duk_push_undefined(ctx);
  duk_insert(ctx, -1 - nargs);
  duv__call_method(rt, nargs);
  duk_pop(ctx);
}

/* One uv_run, marked as inside the loop: a stop by a limit then ends it. */
static int run_loop(duv_runtime_t *rt, uv_run_mode mode) {
  rt->in_loop = 1;
  int alive = uv_run(rt->loop, mode);
  rt->in_loop = 0;
  return alive;
}

int duv_runtime_backend_fd(duv_runtime_t *rt) { return uv_backend_fd(rt->loop); }

int duv_runtime_backend_timeout(duv_runtime_t *rt) { return uv_backend_timeout(rt->loop); }

/* A host's loop may be in the host's own uv_run: stopping that is not the
 * runtime's to do. Outside duv_runtime_run, the flags say it instead. */
void duv__loop_stop(duv_runtime_t *rt) {
  if (rt->owns_loop || rt->in_loop) uv_stop(rt->loop);
}

void duv_runtime_stop(duv_runtime_t *rt) {
  rt->stop_requested = 1;
  duv__loop_stop(rt);
}

/* duv_runtime_stop() ended the run: 1 while work remains. */
static int take_stop(duv_runtime_t *rt, int *result) {
  if (!rt->stop_requested) return 0;
  rt->stop_requested = 0;
  *result = uv_loop_alive(rt->loop) && !rt->exiting;
  return 1;
}

/* A callback was stopped by an interrupt or the time limit: report it once. */
static int take_limit_stop(duv_runtime_t *rt) {
  if (!rt->stopped_by_limit) return 0;
  rt->stopped_by_limit = 0;
  return 1;
}

int duv_runtime_run(duv_runtime_t *rt, duv_run_mode mode) {
  if (rt->exiting) return 0;
  int stopped;
  /* A stop requested outside a run: on its own loop uv_stop's flag ends the
   * next run at once; a host's loop was not stopped, so end it here. */
  if (!rt->owns_loop && take_stop(rt, &stopped)) return stopped;
  if (mode == DUV_RUN_ONCE || mode == DUV_RUN_NOWAIT) {
    int alive = run_loop(rt, mode == DUV_RUN_ONCE ? UV_RUN_ONCE : UV_RUN_NOWAIT);
    if (take_limit_stop(rt)) return -1;
    if (take_stop(rt, &stopped)) return stopped;
    return alive != 0 && !rt->exiting;
  }
  for (;;) {
    run_loop(rt, UV_RUN_DEFAULT);
    if (take_limit_stop(rt)) return -1;
    if (take_stop(rt, &stopped)) return stopped;
    if (rt->exiting) return 0;
    /* The loop is empty: 'beforeExit' may schedule more work. */
    call_stash_fn(rt, DUV__STASH_BEFORE_EXIT, 0);
    if (take_limit_stop(rt)) return -1;
    if (rt->exiting || !uv_loop_alive(rt->loop)) return 0;
  }
}

int duv_runtime_exit(duv_runtime_t *rt) {
  if (!rt->exit_emitted) {
    rt->exit_emitted = 1;
    duk_context *ctx = rt->ctx;
    int was_exiting = rt->exiting;
    /* 'exit' listeners run even after an uncaught error. */
    rt->exiting = 0;
    duv__stash_get(ctx, DUV__STASH_EXIT);
    duk_push_undefined(ctx);
    duk_push_int(ctx, was_exiting ? rt->exit_code : -1);
    /* As in Node, no tick or microtask runs after 'exit': the raised depth
     * keeps duv__call_method from draining the queues. */
    rt->call_depth++;
    duv__call_method(rt, 1);
    rt->call_depth--;
    if (!rt->exiting && duk_is_number(ctx, -1)) rt->exit_code = duk_get_int(ctx, -1);
    duk_pop(ctx);
    rt->exiting = 1;
  }
  return rt->exit_code;
}

void duv__request_exit(duv_runtime_t *rt, int code) {
  rt->exit_code = code;
  rt->exiting = 1;
  /* Immediates no longer run: the idle handle must not keep the loop
   * spinning for them (a host's uv_run goes on after an exit). */
  uv_idle_stop(&rt->immediate_idle);
  duv__loop_stop(rt);
}

/*
 * setImmediate: the queue lives in JS (bindings/lib/timers.js). The check
 * handle runs it once per loop iteration; the idle handle is active while
 * ref'd immediates are pending, so that the loop neither blocks in poll nor
 * ends.
 */
static void immediate_check_cb(uv_check_t *check) {
  duv_runtime_t *rt = check->data;
  if (rt->exiting) {
    /* Immediates set while the runtime was not exiting ('exit' listeners)
     * never run: stop the idle handle that waits for them. */
    uv_idle_stop(&rt->immediate_idle);
    return;
  }
  if (rt->immediate_count == 0) return;
  duk_context *ctx = rt->ctx;
  /* A throwing immediate is reported and the rest of the queue still runs. */
  do {
    duv__stash_get(ctx, DUV__STASH_IMMEDIATES);
    duk_push_undefined(ctx);
    int rc = duv__call_method(rt, 0);
    duk_pop(ctx);
    if (rc == 0) break;
  } while (!rt->exiting);
}

void duv__immediate_update(duv_runtime_t *rt, int count, int ref_count) {
  rt->immediate_count = count;
  rt->immediate_ref_count = ref_count;
  if (ref_count > 0)
    uv_idle_start(&rt->immediate_idle, immediate_idle_cb);
  else
    uv_idle_stop(&rt->immediate_idle);
}
