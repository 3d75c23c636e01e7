/*
 * Internal state of the extension API (vm/capi_*.c): the handle table, the
 * pending exception and the native-function records of a runtime.
 */
#ifndef DUV_VM_CAPI_H
#define DUV_VM_CAPI_H

#include "internal.h"

/* Kinds of handle-table entries. */
enum {
  DUV__V_FREE = 0,
  DUV__V_UNDEFINED,
  DUV__V_NULL,
  DUV__V_FALSE,
  DUV__V_TRUE,
  DUV__V_NUMBER, /* the number is kept in the entry: no heap value */
  DUV__V_REF     /* a heap value held by slot `index` of the refs array */
};

/* A handle: an entry of the runtime's handle table. Argument handles of a
 * native call are not entries but tagged pointers (odd values) holding the
 * value-stack index of the argument in the call's frame: they cost nothing
 * and are valid only while that call runs. */
struct duv_value_s {
  uint8_t kind;
  uint8_t internal; /* held by duv itself for the runtime's life: not a leak */
  uint32_t index; /* position in the table, and slot in the refs array */
  union {
    double num;
    void *heapptr; /* cached: pushing the value is one duk_push_heapptr */
    struct duv_value_s *next_free;
  } u;
  char *utf8; /* a UTF-8 copy made by duv_string_get, freed with the entry */
  void **site; /* debug mode: the backtrace of its creation (count first) */
};

#define DUV__TAGGED(v) (((uintptr_t)(v)) & 1u)
#define DUV__TAG(idx) ((duv_value_t *)((((uintptr_t)(idx)) << 1) | 1u))
#define DUV__UNTAG(v) ((duk_idx_t)(((uintptr_t)(v)) >> 1))

typedef struct {
  duv_cfunction fn;
  void *data;
  char *name;
  uint32_t conv; /* DUV_METH_*: how the trampoline calls fn */
} duv__cfunc;

/* UTF-8 copies made for borrowed arguments, freed when their call returns. */
typedef struct duv__scratch {
  struct duv__scratch *next;
  int depth;
  char data[];
} duv__scratch;

typedef struct duv__capi {
  duv_value_t imm[4]; /* undefined, null, false, true */
  duv_value_t **chunks;
  size_t nchunks;
  duv_value_t *free_list;
  void *refs; /* heap pointer of the refs array (kept alive by the stash) */
  int debug;  /* DUV_RUNTIME_DEBUG: sites recorded, released entries never reused */

  duv__cfunc *funcs;
  size_t nfuncs, funcs_cap;
  int depth;       /* native calls now running */
  void *cur_data;  /* duv_function_data() of the innermost one */
  duv__scratch *scratch;
  struct duv__work *works;    /* thread-pool jobs not yet completed */
  struct duv_async_s *asyncs; /* open channels from other threads */
  struct duv__class *classes;  /* classes made in this runtime */
  struct duv__host_module *host_modules; /* duv_runtime_add_module() names */

  /* The pending exception: none, a lazy error (type, code, message) made
   * into an object only when needed, or a value. */
  int err_state;
  duv_error_type err_type;
  char *err_code;
  char *err_msg;
  duv_value_t *err_value;

  /* Modules made in this runtime (vm/capi_module.c), newest first. */
  struct duv__module *modules;
} duv__capi;

enum { DUV__ERR_NONE = 0, DUV__ERR_LAZY, DUV__ERR_VALUE };

/* Set up and tear down (called by vm/runtime.c). */
int duv__capi_init(duv_runtime_t *rt);
void duv__capi_free(duv_runtime_t *rt);
/* Free the host-module names (after the heap is destroyed). */
void duv__capi_free_host_modules(duv_runtime_t *rt);
/* Free the class registry (after the heap is destroyed). */
void duv__capi_free_classes(duv_runtime_t *rt);
/* Close every channel from other threads (teardown). */
void duv__capi_close_asyncs(duv_runtime_t *rt);
/* Cancel the thread-pool jobs that have not started (teardown). */
void duv__capi_cancel_work(duv_runtime_t *rt);
/* Debug mode: print the handles still held to stderr (before teardown). */
void duv__capi_report_leaks(duv_runtime_t *rt);
/* Debug mode: a released handle was used; reports and aborts. */
void duv__capi_released_handle(duv_runtime_t *rt, duv_value_t *v, const char *what);

/* duv_function_new() with a calling convention (DUV_METH_*). */
duv_value_t *duv__function_new_conv(duv_runtime_t *rt, const char *name, duv_cfunction fn,
                                    uint32_t conv, int length, void *data);

/* Run the free hooks of the runtime's modules and free their states; called
 * by duv_runtime_free() after the heap is destroyed. */
void duv__modules_free(duv_runtime_t *rt);

/* Push a handle's value. */
void duv__capi_push(duv_runtime_t *rt, duv_value_t *v);
/* Pop the value at the top into a new handle; NULL with an error pending
 * when memory runs out (the value is popped either way). */
duv_value_t *duv__capi_pop_handle(duv_runtime_t *rt);

/* Run fn under duk_safe_call with nargs values taken from the stack and
 * nrets (at least 1) results left; on error the thrown value becomes the
 * pending exception and -1 is returned, with nrets undefineds left. */
int duv__capi_protect(duv_runtime_t *rt, duk_safe_call_function fn, void *udata, duk_idx_t nargs,
                      duk_idx_t nrets);

/* For a binding's return: push v and release it, or, when v is NULL, throw
 * the pending exception (does not return then). */
duk_ret_t duv__capi_return(duv_runtime_t *rt, duv_value_t *v);

/* The pending exception: push it as a value and clear it. */
void duv__capi_push_pending(duv_runtime_t *rt);
/* Pop the value at the top and make it the pending exception. */
void duv__capi_set_pending_from_top(duv_runtime_t *rt);

#endif
