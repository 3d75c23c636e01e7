/*
 * The microtask queue: a ring of jobs run after the nextTick queue (see
 * processTicksAndRejections in bindings/lib/internal/process/task_queues.js)
 * until empty, including jobs queued by jobs.
 *
 * A job is a kind and up to three values. Promise reactions are jobs of their
 * own kinds whose values are the reaction and its argument, so reacting to a
 * promise allocates no JS function. The values live in a JS array, three
 * slots per job, so that the garbage collector sees them; the kinds in a byte
 * buffer beside it. Both belong to the heap stash; C keeps their pointers.
 * A slot is cleared as soon as its job starts, so a run job holds nothing.
 */
#include <string.h>

#include "internal.h"
#include "promise.h"

#define SLOTS 3
#define INITIAL_CAP 64 /* jobs; a power of two */

struct duv__microtask_queue {
  void *values;   /* heap pointer of the array of SLOTS * cap values */
  uint8_t *kinds; /* cap kinds, in a fixed buffer */
  uint32_t cap;   /* a power of two */
  uint32_t head;  /* free-running counters: the slot is counter & (cap - 1) */
  uint32_t tail;
};

#define STASH_QUEUE "microtaskQueue"   /* the fixed buffer holding the struct */
#define STASH_VALUES "microtaskValues" /* the value array */
#define STASH_KINDS "microtaskKinds"   /* the kind buffer */

static duk_ret_t queue_microtask(duk_context *ctx) {
  if (!duk_is_function(ctx, 0)) return duv__throw_arg_type(ctx, "callback", "function", 0);
  duk_dup(ctx, 0);
  duv__microtask_enqueue(ctx);
  return 0;
}

static duk_ret_t run_microtasks(duk_context *ctx) {
  duv__microtasks_run(duv__runtime(ctx));
  return 0;
}

/* Make the ring hold cap jobs (the first time) or twice as many (when it is
 * full). Growing happens in place: the jobs that wrapped around to the start
 * move just past the old end, so the queued jobs stay in order from head. */
static void grow(duk_context *ctx, struct duv__microtask_queue *q) {
  uint32_t old_cap = q->cap;
  uint32_t cap = old_cap == 0 ? INITIAL_CAP : old_cap * 2;
  uint8_t *kinds = duk_push_fixed_buffer(ctx, cap);
  if (old_cap == 0) {
    duk_push_bare_array(ctx);
    q->values = duk_get_heapptr(ctx, -1);
    duv__stash_put(ctx, STASH_VALUES);
  }
  duk_push_heapptr(ctx, q->values);
  /* The ring is full: it holds old_cap jobs from slot h. Writing the last
   * slot first makes Duktape size the array part once. */
  uint32_t h = q->head & (old_cap - 1);
  if (old_cap != 0) {
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, cap * SLOTS - 1);
  }
  for (uint32_t i = old_cap * SLOTS; i < cap * SLOTS; i++) {
    if (i < (old_cap + h) * SLOTS) {
      duk_get_prop_index(ctx, -1, i - old_cap * SLOTS);
      duk_push_undefined(ctx);
      duk_put_prop_index(ctx, -3, i - old_cap * SLOTS);
    } else {
      duk_push_undefined(ctx);
    }
    duk_put_prop_index(ctx, -2, i);
  }
  duk_pop(ctx);
  if (old_cap != 0) {
    memcpy(kinds, q->kinds, old_cap);
    memcpy(kinds + old_cap, q->kinds, h);
    q->head = h;
    q->tail = h + old_cap;
  }
  q->kinds = kinds;
  q->cap = cap;
  duv__stash_put(ctx, STASH_KINDS);
}

void duv__microtask_setup(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  struct duv__microtask_queue *q = duk_push_fixed_buffer(ctx, sizeof(*q));
  memset(q, 0, sizeof(*q));
  duv__stash_put(ctx, STASH_QUEUE);
  grow(ctx, q);
  rt->microtasks = q;

  duk_push_global_object(ctx);
  duk_push_c_function(ctx, queue_microtask, 1);
  duv__set_function_meta(ctx, -1, "queueMicrotask", 1);
  duk_push_string(ctx, "queueMicrotask");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_ENUMERABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_pop_2(ctx);
  /* runMicrotasks for the tick processor. */
  duk_push_c_function(ctx, run_microtasks, 0);
  duv__stash_put(ctx, "runMicrotasks");
}

void duv__microtask_push(duk_context *ctx, int kind, int nvalues) {
  struct duv__microtask_queue *q = duv__runtime(ctx)->microtasks;
  if (q->tail - q->head == q->cap) grow(ctx, q);
  uint32_t slot = q->tail & (q->cap - 1);
  /* [v0 .. vn-1] -> [values v0 .. vn-1]: each put pops the topmost value. */
  duk_push_heapptr(ctx, q->values);
  duk_insert(ctx, -1 - nvalues);
  for (int i = nvalues - 1; i >= 0; i--)
    duk_put_prop_index(ctx, -2 - i, slot * SLOTS + (uint32_t)i);
  duk_pop(ctx);
  q->kinds[slot] = (uint8_t)kind;
  q->tail++;
}

void duv__microtask_enqueue(duk_context *ctx) {
  duv__microtask_push(ctx, DUV__JOB_CALLBACK, 1);
}

int duv__microtasks_pending(duv_runtime_t *rt) {
  return rt->microtasks != NULL && rt->microtasks->head != rt->microtasks->tail;
}

static int job_values(int kind) {
  switch (kind) {
    case DUV__JOB_CALLBACK:
      return 1;
    case DUV__JOB_THENABLE:
      return 3;
    default:
      return 2;
  }
}

/* Run jobs until the queue is empty. Runs under duk_safe_call: an error a
 * job does not catch itself (only out of memory and the like) abandons this
 * run without losing the other jobs. */
static duk_ret_t run_jobs(duk_context *ctx, void *udata) {
  duv_runtime_t *rt = udata;
  struct duv__microtask_queue *q = rt->microtasks;
  /* A job and what it calls natively stay within this many slots. */
  duk_require_stack(ctx, 64);
  duk_idx_t base = duk_get_top(ctx);
  while (q->head != q->tail && !rt->exiting) {
    uint32_t slot = q->head & (q->cap - 1);
    int kind = q->kinds[slot];
    int n = job_values(kind);
    /* Take the values out of the ring: [values, v0, v1, v2]. */
    duk_push_heapptr(ctx, q->values);
    for (int i = 0; i < n; i++) {
      duk_get_prop_index(ctx, base, slot * SLOTS + (uint32_t)i);
      duk_push_undefined(ctx);
      duk_put_prop_index(ctx, base, slot * SLOTS + (uint32_t)i);
    }
    duk_remove(ctx, base);
    q->head++;
    if (kind == DUV__JOB_CALLBACK) {
      duk_push_undefined(ctx);
      if (duk_pcall_method(ctx, 0) != 0) duv__report_uncaught(rt);
    } else {
      duv__promise_job(ctx, kind, base);
    }
    duk_set_top(ctx, base);
  }
  return 0;
}

void duv__microtasks_run(duv_runtime_t *rt) {
  duk_context *ctx = rt->ctx;
  struct duv__microtask_queue *q = rt->microtasks;
  if (q == NULL || q->head == q->tail) return;
  rt->call_depth++;
  while (q->head != q->tail && !rt->exiting) {
    if (duk_safe_call(ctx, run_jobs, rt, 0, 1) != 0)
      duv__report_uncaught(rt);
    else
      duk_pop(ctx);
  }
  rt->call_depth--;
  if (q->head == q->tail) q->head = q->tail = 0;
}
