/*
 * Allocations that fail halfway through engine work leave consistent state.
 * White-box: the test lowers the runtime's memory cap (vm/internal.h) to what
 * its heap holds after a full collection (plus, where a call must get in,
 * room for its activation), so that the allocation under test fails, then
 * raises it again and checks what scripts see. Each case fails on the code
 * before its fix (checked by hand when they were written).
 */
#include <check.h>
#include <stdlib.h>

#include <duv.h>

#include "internal.h"

static duv_runtime_t *capped(void) {
  duv_config_t config;
  duv_config_init(&config);
  config.memory_limit = 64u << 20;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  return rt;
}

/* Lets no allocation through; returns the cap to give back. Two passes: the
 * first may run finalizers that leave garbage for the second. */
static size_t squeeze(duv_runtime_t *rt) {
  duk_gc(rt->ctx, 0);
  duk_gc(rt->ctx, 0);
  size_t cap = rt->memory_limit;
  rt->memory_limit = rt->heap_bytes;
  return cap;
}

static int eval(duv_runtime_t *rt, const char *src) {
  return duv_runtime_eval(rt, src, DUV_NTS, "oom.js", 0);
}

static duv_value_t *global(duv_runtime_t *rt, const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  ck_assert_ptr_nonnull(v);
  return v;
}

START_TEST(test_lazy_prototype) {
  /* A function's prototype object is made on first lookup (Duktape patch
   * 0008). When that allocation fails the lookup throws, and the function
   * keeps its promise: a later lookup makes the object. */
  duv_runtime_t *rt = capped();
  ck_assert_int_eq(eval(rt, "var f = function () {};"), 0);
  duv_value_t *f = global(rt, "f");
  size_t cap = squeeze(rt);
  duv_value_t *p = duv_object_get(rt, f, "prototype");
  rt->memory_limit = cap;
  ck_assert_ptr_null(p);
  duv_error_clear(rt);
  duv_value_release(rt, f);
  ck_assert_int_eq(eval(rt,
      "if (typeof f.prototype !== 'object' || f.prototype.constructor !== f)"
      "  throw new Error('prototype lost: ' + f.prototype);"
      "if (!(new f() instanceof f)) throw new Error('not an instance');"), 0);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_next_tick_entry) {
  /* process.nextTick queues an entry of many slots (vm/next_tick.c). When
   * the queue cannot grow the call throws and queues nothing: no callback
   * runs later with missing arguments. */
  duv_runtime_t *rt = capped();
  ck_assert_int_eq(eval(rt,
      "var ran = [];"
      "var tick = process.nextTick;"
      "function pre(a) { ran.push('pre ' + a); }"
      "function stray() { ran.push('stray ' + arguments.length); }"
      "function sink() {}"), 0);
  duv_value_t *tick = global(rt, "tick");
  duv_value_t *pre = global(rt, "pre");
  duv_value_t *stray = global(rt, "stray");
  duv_value_t *sink = global(rt, "sink");
  /* 300 ticks queued first (a C call does not drain the queue): the array
   * has 900 slots and less spare room than the failing call needs, and
   * growing it is a block of many kilobytes. */
  for (int i = 0; i < 300; i++) {
    duv_value_t *n = duv_number_new(rt, i);
    duv_value_t *pre_argv[2] = {pre, n};
    duv_value_t *r = duv_function_call(rt, tick, NULL, pre_argv, 2);
    ck_assert_ptr_nonnull(r);
    duv_value_release(rt, r);
    duv_value_release(rt, n);
  }
  enum { NARGS = 200 };
  duv_value_t *argv[NARGS];
  argv[0] = stray;
  for (size_t i = 1; i < NARGS; i++) argv[i] = duv_number_new(rt, (double)i);
  duk_gc(rt->ctx, 0);
  duk_gc(rt->ctx, 0);
  /* A call as large first, so that the value stack has grown; then room for
   * the call itself (its activation) but not for the queue to grow. */
  duv_value_t *r = duv_function_call(rt, sink, NULL, argv, NARGS);
  ck_assert_ptr_nonnull(r);
  duv_value_release(rt, r);
  size_t cap = rt->memory_limit;
  rt->memory_limit = rt->heap_bytes + 2048;
  r = duv_function_call(rt, tick, NULL, argv, NARGS);
  rt->memory_limit = cap;
  ck_assert_ptr_null(r);
  duv_error_clear(rt);
  for (size_t i = 1; i < NARGS; i++) duv_value_release(rt, argv[i]);
  duv_value_release(rt, stray);
  duv_value_release(rt, sink);
  duv_value_release(rt, pre);
  duv_value_release(rt, tick);
  /* The queue works on, and nothing from the failed call runs. */
  ck_assert_int_eq(eval(rt,
      "process.nextTick(function (a, b) { ran.push('tick ' + a + b + ' ' + arguments.length); }, 1, 2);"
      "setTimeout(function () {"
      "  var last = ran.pop();"
      "  if (ran.length !== 300 || ran[299] !== 'pre 299' || last !== 'tick 12 2')"
      "    throw new Error('ran: ' + ran.slice(295).join() + ' ... ' + last);"
      "  ran = 'checked';"
      "}, 1);"), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(eval(rt, "if (ran !== 'checked') throw new Error('not checked: ' + ran);"), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

static Suite *oom_suite(void) {
  Suite *s = suite_create("oom-paths");
  TCase *tc = tcase_create("oom-paths");
  tcase_add_test(tc, test_lazy_prototype);
  tcase_add_test(tc, test_next_tick_entry);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(oom_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
