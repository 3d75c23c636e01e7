/*
 * Runtimes on a libuv loop the host owns (duv_config_t.loop): the host's
 * uv_run drives JavaScript, several runtimes share one loop, and freeing a
 * runtime leaves nothing of it on the loop while the host's handles go on.
 */
#include <check.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>

#include <duv.h>

static duv_runtime_t *runtime_on(uv_loop_t *loop) {
  duv_config_t config;
  duv_config_init(&config);
  config.loop = loop;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  return rt;
}

/* The global `name` as a string; the caller frees it. */
static char *global_string(duv_runtime_t *rt, const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  ck_assert_ptr_nonnull(v);
  const char *s = duv_string_get(rt, v, NULL);
  ck_assert_msg(s != NULL, "global %s is not a string", name);
  char *copy = strdup(s);
  duv_value_release(rt, v);
  return copy;
}

static void assert_global(duv_runtime_t *rt, const char *name, const char *expected) {
  char *s = global_string(rt, name);
  ck_assert_str_eq(s, expected);
  free(s);
}

static void eval_ok(duv_runtime_t *rt, const char *source) {
  ck_assert_int_eq(duv_runtime_eval(rt, source, DUV_NTS, "host.js", 0), 0);
}

/* A host timer that counts its calls and closes itself after `limit`. */
typedef struct {
  uv_timer_t timer;
  int fired;
  int limit;
  int closed;
} host_timer;

static void host_timer_closed(uv_handle_t *h) { ((host_timer *)h->data)->closed = 1; }

static void host_timer_cb(uv_timer_t *t) {
  host_timer *ht = t->data;
  if (++ht->fired == ht->limit) uv_close((uv_handle_t *)t, host_timer_closed);
}

static void host_timer_start(uv_loop_t *loop, host_timer *ht, uint64_t ms, uint64_t repeat,
                             int limit) {
  memset(ht, 0, sizeof(*ht));
  ht->limit = limit;
  ck_assert_int_eq(uv_timer_init(loop, &ht->timer), 0);
  ht->timer.data = ht;
  ck_assert_int_eq(uv_timer_start(&ht->timer, host_timer_cb, ms, repeat), 0);
}

START_TEST(test_host_drives_js) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 30, 0, 1);
  loop.data = &ht;
  duv_runtime_t *rt = runtime_on(&loop);
  ck_assert_int_eq(duv_runtime_backend_fd(rt), uv_backend_fd(&loop));
  eval_ok(rt,
      "var out = [];"
      "globalThis.log = '';"
      "function done() { log = out.join(','); }"
      "setTimeout(function () {"
      "  out.push('timeout');"
      "  Promise.resolve().then(function () { out.push('timeout-micro'); })"
      "    .then(function () { return new Promise(function (r) { setTimeout(r, 1); }); })"
      "    .then(function () { out.push('chain'); done(); });"
      "  process.nextTick(function () { out.push('timeout-tick'); });"
      "}, 40);"
      "setImmediate(function () {"
      "  out.push('immediate');"
      "  Promise.resolve().then(function () { out.push('immediate-micro'); });"
      "  process.nextTick(function () { out.push('immediate-tick'); });"
      "});"
      "Promise.resolve().then(function () { out.push('micro'); });"
      "process.nextTick(function () { out.push('tick'); });"
      "out.push('sync'); done();");
  /* The main script's queues ran when eval returned. */
  assert_global(rt, "log", "sync");
  ck_assert_int_eq(duv_runtime_eval(rt, "if (out.join() !== 'sync,tick,micro') throw new Error(out);",
                                    DUV_NTS, "host.js", 0), 0);
  /* The host runs its loop; the runtime's callbacks run from it with their
   * nextTick and microtask queues after each. */
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(ht.fired, 1);
  assert_global(rt, "log",
                "sync,tick,micro,immediate,immediate-tick,immediate-micro,timeout,"
                "timeout-tick,timeout-micro,chain");
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
  /* The loop's data is the host's. */
  ck_assert_ptr_eq(loop.data, &ht);
  /* Nothing of the runtime's is left: the host closes its loop. */
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_idle_runtime_keeps_no_loop_alive) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  duv_runtime_t *rt = runtime_on(&loop);
  /* A runtime with nothing to do, or only unref'd timers, does not keep the
   * host's loop alive. */
  eval_ok(rt, "globalThis.t = setTimeout(function () { throw new Error('ran'); }, 60000);"
              "t.unref(); setInterval(function () {}, 60000).unref();");
  ck_assert_int_eq(uv_loop_alive(&loop), 0);
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  /* A ref'd one does, until it ran. */
  eval_ok(rt, "globalThis.log = 'no'; setTimeout(function () { log = 'yes'; }, 1);");
  ck_assert_int_eq(uv_loop_alive(&loop), 1);
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_global(rt, "log", "yes");
  /* So does a ref'd immediate. */
  eval_ok(rt, "setImmediate(function () { log = 'immediate'; });");
  ck_assert_int_eq(uv_loop_alive(&loop), 1);
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_global(rt, "log", "immediate");
  duv_runtime_free(rt);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_two_runtimes_share_a_loop) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  duv_runtime_t *a = runtime_on(&loop);
  duv_runtime_t *b = runtime_on(&loop);
  ck_assert_int_eq(duv_runtime_backend_fd(a), duv_runtime_backend_fd(b));
  eval_ok(a, "globalThis.log = ''; var n = 0;"
             "var iv = setInterval(function () {"
             "  log += 'a' + (++n);"
             "  if (n === 3) clearInterval(iv);"
             "}, 2);");
  eval_ok(b, "globalThis.log = '';"
             "setTimeout(function () {"
             "  Promise.resolve('b1').then(function (v) { log += v;"
             "    setImmediate(function () { log += 'b2'; }); });"
             "}, 3);"
             "if (typeof n !== 'undefined') throw new Error('globals are shared');");
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_global(a, "log", "a1a2a3");
  assert_global(b, "log", "b1b2");
  /* One runtime goes, the other goes on on the same loop. */
  duv_runtime_free(a);
  eval_ok(b, "setTimeout(function () { log = 'again'; }, 1);");
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  assert_global(b, "log", "again");
  duv_runtime_free(b);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_free_with_pending_timers) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 1, 1, 50);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "globalThis.ticks = 0;"
              "setTimeout(function () { throw new Error('never'); }, 60000);"
              "setInterval(function () { ticks++; }, 1);"
              "setImmediate(function () {});"
              "var stopped = setTimeout(function () {}, 1); clearTimeout(stopped);");
  /* Run until the interval has fired a few times, then free the runtime
   * with its timers pending while the host's timer still runs. */
  int ticks = 0;
  while (ticks < 3) {
    uv_run(&loop, UV_RUN_ONCE);
    duv_value_t *g = duv_runtime_global(rt);
    duv_value_t *v = duv_object_get(rt, g, "ticks");
    double d = 0;
    ck_assert_int_eq(duv_number_get(rt, v, &d), 0);
    ticks = (int)d;
    duv_value_release(rt, v);
    duv_value_release(rt, g);
  }
  ck_assert_int_eq(ht.closed, 0);
  int fired = ht.fired;
  duv_runtime_free(rt);
  ck_assert_int_eq(ht.closed, 0);
  /* The 60 s timer is gone with the runtime: the loop ends when the host's
   * timer closes itself. */
  uint64_t start = uv_hrtime();
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_uint_lt(uv_hrtime() - start, 10000000000ull);
  ck_assert_int_eq(ht.fired, 50);
  ck_assert_int_gt(ht.fired, fired);
  ck_assert_int_eq(ht.closed, 1);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_free_right_after_creation) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 60000, 0, 1);
  duv_runtime_t *rt = runtime_on(&loop);
  duv_runtime_free(rt);
  /* The host's timer was neither run nor touched. */
  ck_assert_int_eq(ht.fired, 0);
  ck_assert_int_eq(uv_is_active((uv_handle_t *)&ht.timer), 1);
  ck_assert_int_eq(uv_loop_close(&loop), UV_EBUSY);
  uv_close((uv_handle_t *)&ht.timer, host_timer_closed);
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

/* Thread-pool jobs: sleep a little off the loop, then hand back a number. */
typedef struct {
  int n;
  int *completions;
} job;

static void job_execute(void *data) {
  (void)data;
  usleep(2000);
}

static duv_value_t *job_complete(duv_runtime_t *rt, void *data, int status) {
  job *j = data;
  (*j->completions)++;
  int n = j->n;
  free(j);
  if (status != 0) {
    duv_error_set(rt, DUV_ERROR, "ECANCELED", "cancelled");
    return NULL;
  }
  return duv_number_new(rt, n);
}

static job *new_job(int n, int *completions) {
  job *j = calloc(1, sizeof(*j));
  j->n = n;
  j->completions = completions;
  return j;
}

static duv_value_t *global_get(duv_runtime_t *rt, const char *name) {
  duv_value_t *g = duv_runtime_global(rt);
  duv_value_t *v = duv_object_get(rt, g, name);
  duv_value_release(rt, g);
  return v;
}

START_TEST(test_work_completes_on_host_loop) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "globalThis.out = []; globalThis.log = '';"
              "globalThis.cb = function (err, v) {"
              "  out.push('cb' + v);"
              "  process.nextTick(function () { out.push('tick' + v); });"
              "  Promise.resolve().then(function () { out.push('micro' + v); });"
              "};");
  int completions = 0;
  duv_value_t *cb = global_get(rt, "cb");
  ck_assert_int_eq(duv_work_queue(rt, job_execute, job_complete, cb, new_job(1, &completions)), 0);
  duv_value_release(rt, cb);
  duv_value_t *p = duv_work_promise(rt, job_execute, job_complete, new_job(2, &completions));
  ck_assert_ptr_nonnull(p);
  duv_value_t *g = duv_runtime_global(rt);
  ck_assert_int_eq(duv_object_set(rt, g, "p", p), 0);
  duv_value_release(rt, g);
  duv_value_release(rt, p);
  eval_ok(rt, "p.then(function (v) { out.push('promise' + v);"
              "  Promise.resolve().then(function () { out.push('after' + v); }); });");
  /* The jobs keep the host's loop alive until they completed. */
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(completions, 2);
  eval_ok(rt, "var s = out.join();"
              "if (s.indexOf('cb1,tick1,micro1') < 0 || s.indexOf('promise2,after2') < 0 ||"
              "    out.length !== 5) throw new Error(s);");
  duv_runtime_free(rt);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_free_with_work_in_flight) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 1, 1, 5);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "globalThis.cb = function () { throw new Error('ran after free'); };"
              "setTimeout(function () {}, 60000);");
  duv_value_t *cb = global_get(rt, "cb");
  int completions = 0;
  for (int i = 0; i < 12; i++)
    ck_assert_int_eq(duv_work_queue(rt, job_execute, job_complete, cb, new_job(i, &completions)),
                     0);
  duv_value_release(rt, cb);
  uv_run(&loop, UV_RUN_NOWAIT);
  /* Every job completes (run or cancelled) before the runtime is gone. */
  duv_runtime_free(rt);
  ck_assert_int_eq(completions, 12);
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(ht.closed, 1);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

/* Async channels on the host's loop: items from another thread reach JS. */
typedef struct {
  duv_async_t *channel;
  int count;
} poster;

static void post_items(void *arg) {
  poster *p = arg;
  for (int i = 0; i < p->count; i++) {
    int *item = malloc(sizeof(int));
    *item = i;
    ck_assert_int_eq(duv_async_post(p->channel, item), 0);
  }
  duv_async_release(p->channel);
}

static void deliver(duv_runtime_t *rt, void *ctx, void *item) {
  (void)ctx;
  duv_value_t *fn = global_get(rt, "onItem");
  duv_value_t *arg = duv_number_new(rt, *(int *)item);
  free(item);
  duv_value_t *r = duv_function_call(rt, fn, NULL, &arg, 1);
  duv_value_release(rt, r);
  duv_value_release(rt, arg);
  duv_value_release(rt, fn);
}

static void drop(void *ctx, void *item) {
  (void)ctx;
  free(item);
}

START_TEST(test_async_channel_on_host_loop) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "globalThis.sum = 0; globalThis.micro = 0;"
              "globalThis.onItem = function (i) { sum += i;"
              "  Promise.resolve().then(function () { micro++; }); };");
  poster p = {duv_async_new(rt, deliver, drop, NULL, NULL), 50};
  ck_assert_ptr_nonnull(p.channel);
  uv_thread_t thread;
  ck_assert_int_eq(uv_thread_create(&thread, post_items, &p), 0);
  /* The channel keeps the host's loop alive until the poster released it. */
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  uv_thread_join(&thread);
  eval_ok(rt, "if (sum !== 1225 || micro !== 50) throw new Error(sum + ' ' + micro);");
  /* A channel still open at teardown is closed with the runtime. */
  duv_async_t *open = duv_async_new(rt, deliver, drop, NULL, NULL);
  ck_assert_ptr_nonnull(open);
  int *item = malloc(sizeof(int));
  *item = 1;
  ck_assert_int_eq(duv_async_post(open, item), 0);
  duv_runtime_free(rt);
  ck_assert_int_eq(duv_async_post(open, NULL), DUV_ECANCELED);
  duv_async_release(open);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_process_exit_leaves_host_run_alone) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 20, 0, 1);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "process.on('exit', function (c) { globalThis.exitSeen = 'exit ' + c; });"
              "setTimeout(function () {"
              "  setImmediate(function () { throw new Error('immediate after exit'); });"
              "  process.exit(3);"
              "}, 1);"
              "setTimeout(function () { throw new Error('ran after exit'); }, 5);");
  /* process.exit() in a callback of the host's uv_run does not stop that
   * run: the host's timer still fires in it. The pending immediate never
   * runs, and does not keep the loop spinning. */
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(ht.fired, 1);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 1);
  ck_assert_int_eq(duv_runtime_exit(rt), 3);
  duv_runtime_free(rt);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_time_limit_under_host_run) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  duv_config_t config;
  duv_config_init(&config);
  config.loop = &loop;
  config.time_limit_ms = 50;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  eval_ok(rt, "globalThis.log = '';"
              "setTimeout(function () { for (;;) {} }, 1);"
              "setTimeout(function () { log += 'next'; }, 20);");
  /* The runaway callback is stopped; the host's run goes on, the error
   * waits in the runtime, and later callbacks still run. */
  ck_assert_int_eq(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_SCRIPT_EXECUTION_TIMEOUT");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  assert_global(rt, "log", "next");
  duv_runtime_free(rt);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_runtime_run_on_host_loop) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  host_timer ht;
  host_timer_start(&loop, &ht, 15, 0, 1);
  duv_runtime_t *rt = runtime_on(&loop);
  eval_ok(rt, "globalThis.log = '';"
              "process.on('beforeExit', function () { log += 'beforeExit;'; });"
              "setTimeout(function () { log += 'timeout;'; }, 1);");
  /* duv_runtime_run runs the whole loop: DEFAULT returns once the host's
   * timer has run too, and 'beforeExit' comes when nothing is left. */
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(ht.fired, 1);
  assert_global(rt, "log", "timeout;beforeExit;");
  /* A stop asked for outside a run ends the next run at once, without
   * stopping anything else. */
  eval_ok(rt, "setTimeout(function () { log = 'late'; }, 1);");
  duv_runtime_stop(rt);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 1);
  assert_global(rt, "log", "timeout;beforeExit;");
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  assert_global(rt, "log", "latebeforeExit;");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

START_TEST(test_older_config_gets_its_own_loop) {
  uv_loop_t host;
  ck_assert_int_eq(uv_loop_init(&host), 0);
  duv_config_t config;
  duv_config_init(&config);
  /* A host built against a header without the field: whatever lies past
   * struct_size is not read. */
  config.struct_size = offsetof(duv_config_t, loop);
  config.loop = &host;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_ne(duv_runtime_backend_fd(rt), uv_backend_fd(&host));
  eval_ok(rt, "globalThis.log = 'no'; setTimeout(function () { log = 'yes'; }, 1);");
  ck_assert_int_eq(uv_loop_alive(&host), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  assert_global(rt, "log", "yes");
  /* The host's loop never held anything of the runtime's. */
  ck_assert_int_eq(uv_loop_close(&host), 0);
  duv_runtime_free(rt);
  /* A size past the struct this library knows is refused. */
  config.struct_size = sizeof(duv_config_t) + 8;
  ck_assert_ptr_null(duv_runtime_new(&config));
}
END_TEST

static void count_output(void *data, int fd, const char *bytes, size_t len) {
  (void)fd, (void)bytes, (void)len;
  (*(int *)data)++;
}

START_TEST(test_failed_creation_leaves_nothing) {
  uv_loop_t loop;
  ck_assert_int_eq(uv_loop_init(&loop), 0);
  int reports = 0;
  duv_config_t config;
  duv_config_init(&config);
  config.loop = &loop;
  config.output = count_output;
  config.output_data = &reports;
  /* Too small for the runtime itself: creation fails after the loop's
   * handles were opened, and closes them. */
  config.memory_limit = 64 * 1024;
  ck_assert_ptr_null(duv_runtime_new(&config));
  ck_assert_int_gt(reports, 0);
  ck_assert_int_eq(uv_loop_close(&loop), 0);
}
END_TEST

static Suite *host_loop_suite(void) {
  Suite *s = suite_create("host-loop");
  TCase *tc = tcase_create("host-loop");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_host_drives_js);
  tcase_add_test(tc, test_idle_runtime_keeps_no_loop_alive);
  tcase_add_test(tc, test_two_runtimes_share_a_loop);
  tcase_add_test(tc, test_free_with_pending_timers);
  tcase_add_test(tc, test_free_right_after_creation);
  tcase_add_test(tc, test_work_completes_on_host_loop);
  tcase_add_test(tc, test_free_with_work_in_flight);
  tcase_add_test(tc, test_async_channel_on_host_loop);
  tcase_add_test(tc, test_process_exit_leaves_host_run_alone);
  tcase_add_test(tc, test_time_limit_under_host_run);
  tcase_add_test(tc, test_runtime_run_on_host_loop);
  tcase_add_test(tc, test_older_config_gets_its_own_loop);
  tcase_add_test(tc, test_failed_creation_leaves_nothing);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(host_loop_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
