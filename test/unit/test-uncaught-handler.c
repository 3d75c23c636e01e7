/*
 * The host's handler for uncaught errors (duv_config_t.uncaught): it gets
 * the thrown value and Node's report in place of the printed report; 0 keeps
 * the runtime going, nonzero gives the default. Listeners keep precedence;
 * limits' stops and process.exit() are not uncaught errors.
 */
#include <check.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

#define MAX_CALLS 16

typedef struct {
  int ret;          /* what the handler returns */
  const char *eval; /* JS the handler runs, or NULL */
  int keep;         /* duv_value_dup the first error */
  int set_pending;  /* leave an exception pending */

  int calls;
  int depth, max_depth;
  int pending_on_entry;
  duv_type type[MAX_CALLS];
  char message[MAX_CALLS][256]; /* error.message, or "" */
  double number;
  char report[4096]; /* of the first call */
  int eval_rc;
  duv_value_t *kept;
} host;

typedef struct {
  char out[8192];
  char err[8192];
} sink;

static void capture(void *data, int fd, const char *bytes, size_t len) {
  sink *s = data;
  char *buf = fd == 1 ? s->out : s->err;
  size_t used = strlen(buf);
  if (used + len < sizeof(s->out)) {
    memcpy(buf + used, bytes, len);
    buf[used + len] = '\0';
  }
}

static int on_uncaught(void *data, duv_runtime_t *rt, duv_value_t *error, const char *report) {
  host *h = data;
  int i = h->calls++;
  if (++h->depth > h->max_depth) h->max_depth = h->depth;
  if (duv_error_occurred(rt)) h->pending_on_entry++;
  if (i < MAX_CALLS) {
    h->type[i] = duv_value_type(rt, error);
    h->message[i][0] = '\0';
    if (h->type[i] == DUV_TYPE_OBJECT) {
      duv_value_t *m = duv_object_get(rt, error, "message");
      const char *s = m != NULL ? duv_string_get(rt, m, NULL) : NULL;
      if (s != NULL) snprintf(h->message[i], sizeof(h->message[i]), "%s", s);
      duv_error_clear(rt);
      if (m != NULL) duv_value_release(rt, m);
    } else if (h->type[i] == DUV_TYPE_NUMBER) {
      duv_number_get(rt, error, &h->number);
    }
  }
  if (i == 0) snprintf(h->report, sizeof(h->report), "%s", report);
  if (h->keep && h->kept == NULL) h->kept = duv_value_dup(rt, error);
  if (h->eval != NULL) h->eval_rc = duv_runtime_eval(rt, h->eval, DUV_NTS, "handler.js", 0);
  if (h->set_pending) duv_error_set(rt, DUV_ERROR, NULL, "left pending by the handler");
  h->depth--;
  return h->ret;
}

/* A runtime whose output goes to s and whose uncaught errors go to h, with
 * a time limit and a memory cap (0: none). */
static duv_runtime_t *with_handler_limits(host *h, sink *s, uint32_t time_limit_ms,
                                          size_t memory_limit) {
  memset(s, 0, sizeof(*s));
  duv_config_t config;
  duv_config_init(&config);
  config.output = capture;
  config.output_data = s;
  config.uncaught = on_uncaught;
  config.uncaught_data = h;
  config.time_limit_ms = time_limit_ms;
  config.memory_limit = memory_limit;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  return rt;
}

static duv_runtime_t *with_handler(host *h, sink *s) { return with_handler_limits(h, s, 0, 0); }

static int eval(duv_runtime_t *rt, const char *src) {
  return duv_runtime_eval(rt, src, DUV_NTS, "t.js", 0);
}

static void expect_contains(const char *text, const char *part) {
  ck_assert_msg(strstr(text, part) != NULL, "no \"%s\" in:\n%s", part, text);
}

/* A hook of the runtime's own threw `message` and the host's handler took it
 * (the runtime goes on, nothing on stderr); then, with the handler declining,
 * the same failure on the next error exits with 7 as Node does. Frees rt. */
static void expect_handled_then_exit_7(duv_runtime_t *rt, host *h, sink *s, const char *message,
                                       const char *next) {
  ck_assert_int_eq(h->calls, 1);
  ck_assert_str_eq(h->message[0], message);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  ck_assert_str_eq(s->err, "");
  h->ret = 1;
  ck_assert_int_eq(eval(rt, next), -1);
  ck_assert_int_eq(h->calls, 2);
  char line[128];
  snprintf(line, sizeof(line), "Error: %s", message);
  expect_contains(s->err, line);
  ck_assert_int_eq(duv_runtime_exit(rt), 7);
  duv_runtime_free(rt);
}

/* Returning 0: the error and the report reach the host, nothing is printed,
 * and the runtime goes on with its timers and exit code 0. */
START_TEST(test_handled) {
  host h = {.ret = 0, .keep = 1};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "function thrower() {\n  throw new RangeError('boom');\n}\nthrower();"), -1);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_int_eq(h.type[0], DUV_TYPE_OBJECT);
  ck_assert_str_eq(h.message[0], "boom");
  expect_contains(h.report, "t.js:2\n  throw new RangeError('boom');\n  ^\n");
  expect_contains(h.report, "RangeError: boom\n    at thrower (t.js:2");
  expect_contains(h.report, "\nNode.js v20");
  ck_assert_int_eq(h.pending_on_entry, 0);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  /* The error kept with duv_value_dup outlives the call. */
  duv_value_t *m = duv_object_get(rt, h.kept, "message");
  ck_assert_str_eq(duv_string_get(rt, m, NULL), "boom");
  duv_value_release(rt, m);
  duv_value_release(rt, h.kept);
  ck_assert_int_eq(eval(rt, "setTimeout(function () { console.log('later'); }, 1);"), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_str_eq(s.out, "later\n");
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* Nonzero: the default, and the report printed is the one the host saw. */
START_TEST(test_default) {
  host h = {.ret = 1};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "var e = new Error('kept'); e.code = 'E_X'; throw e;"), -1);
  ck_assert_int_eq(h.calls, 1);
  expect_contains(h.report, "code: 'E_X'");
  ck_assert_str_eq(s.err, h.report);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 1);
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_runtime_free(rt);
}
END_TEST

/* An error thrown by a timer callback; the next timer still runs. */
START_TEST(test_timer) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt,
      "setTimeout(function () { throw new TypeError('from a timer'); }, 1);"
      "setTimeout(function () { console.log('second'); }, 5);"), 0);
  ck_assert_int_eq(h.calls, 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_str_eq(h.message[0], "from a timer");
  expect_contains(h.report, "TypeError: from a timer");
  ck_assert_str_eq(s.out, "second\n");
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* Unhandled rejections: the reason, or Node's ERR_UNHANDLED_REJECTION for a
 * non-error; a monitor listener sees the origin before the handler runs. */
START_TEST(test_rejection) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt,
      "var origins = [];"
      "process.on('uncaughtExceptionMonitor', function (e, origin) { origins.push(origin); });"
      "Promise.reject(new Error('rejected'));"), 0);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_str_eq(h.message[0], "rejected");
  expect_contains(h.report, "Error: rejected");
  ck_assert_int_eq(eval(rt, "Promise.reject(42);"), 0);
  ck_assert_int_eq(h.calls, 2);
  expect_contains(h.message[1], "rejected with the reason \"42\"");
  ck_assert_int_eq(eval(rt,
      "if (origins.join() !== 'unhandledRejection,unhandledRejection') throw new Error(origins.join());"),
      0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* An 'uncaughtException' listener takes precedence; one that throws hands
 * its own error to the host (Node's exit code 7 under the default). */
START_TEST(test_listener) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt,
      "var got = null;"
      "process.on('uncaughtException', function (e) { got = e.message; });"
      "setTimeout(function () { throw new Error('to the listener'); }, 1);"), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(h.calls, 0);
  ck_assert_int_eq(eval(rt, "if (got !== 'to the listener') throw new Error(String(got));"), 0);
  ck_assert_int_eq(eval(rt,
      "process.removeAllListeners('uncaughtException');"
      "process.on('uncaughtException', function () { throw new Error('listener failed'); });"
      "throw new Error('first');"), -1);
  expect_handled_then_exit_7(rt, &h, &s, "listener failed", "throw new Error('second');");
}
END_TEST

/* A thrown non-error is handed over as it is. */
START_TEST(test_non_error) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw 42;"), -1);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_int_eq(h.type[0], DUV_TYPE_NUMBER);
  ck_assert(h.number == 42);
  char want[256];
  snprintf(want, sizeof(want), "\nt.js:1\nthrow 42;\n^\n42\n\nNode.js v20.0.0 (duv %s)\n", duv_version());
  ck_assert_str_eq(h.report, want);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* The handler runs JS: the runtime is usable inside it. */
START_TEST(test_reentrant_eval) {
  host h = {.ret = 0, .eval = "globalThis.handledCount = (globalThis.handledCount || 0) + 1;"};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw new Error('one');"), -1);
  ck_assert_int_eq(eval(rt, "setTimeout(function () { throw new Error('two'); }, 1);"), 0);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(h.calls, 2);
  ck_assert_int_eq(h.eval_rc, 0);
  ck_assert_int_eq(eval(rt, "if (handledCount !== 2) throw new Error('count ' + handledCount);"), 0);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* An error escaping JS the handler runs comes back to it, nested. */
START_TEST(test_nested) {
  host h = {.ret = 0,
            .eval = "globalThis.nested = (globalThis.nested || 0) + 1;"
                    "if (nested === 1) throw new Error('inner');"};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw new Error('outer');"), -1);
  ck_assert_int_eq(h.calls, 2);
  ck_assert_int_eq(h.max_depth, 2);
  ck_assert_str_eq(h.message[0], "outer");
  ck_assert_str_eq(h.message[1], "inner");
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* A handler whose JS always throws: 8 nested calls, then the default. */
START_TEST(test_nested_bounded) {
  host h = {.ret = 0, .eval = "throw new Error('again');"};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw new Error('first');"), -1);
  ck_assert_int_eq(h.calls, 8);
  ck_assert_int_eq(h.max_depth, 8);
  expect_contains(s.err, "Error: again");
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 1);
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_runtime_free(rt);
}
END_TEST

/* process.exit() in JS the handler runs wins over its return value. */
START_TEST(test_exit_in_handler) {
  host h = {.ret = 0, .eval = "process.exit(3);"};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw new Error('x');"), -1);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_int_eq(h.eval_rc, -1);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 1);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 3);
  duv_runtime_free(rt);
}
END_TEST

/* An exception the handler leaves pending is dropped; one pending before
 * the handler runs is out of its way and back after it. */
START_TEST(test_pending) {
  host h = {.ret = 0, .set_pending = 1};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt, "throw new Error('x');"), -1);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  duv_error_set(rt, DUV_ERROR, "E_HOST", "the host's own");
  ck_assert_int_eq(eval(rt, "throw new Error('y');"), -1);
  ck_assert_int_eq(h.calls, 2);
  ck_assert_int_eq(h.pending_on_entry, 0);
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "E_HOST");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* The reporter itself failing (a throwing monitor listener) reaches the
 * host too, with the raw trace. */
START_TEST(test_reporter_failure) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler(&h, &s);
  ck_assert_int_eq(eval(rt,
      "process.on('uncaughtExceptionMonitor', function () { throw new Error('monitor failed'); });"
      "throw new Error('x');"), -1);
  expect_contains(h.report, "Error: monitor failed");
  expect_handled_then_exit_7(rt, &h, &s, "monitor failed", "throw new Error('y');");
}
END_TEST

/* Not uncaught errors: a stop by the time limit or an interrupt (the host's
 * pending exception), and process.exit(). */
START_TEST(test_not_uncaught) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler_limits(&h, &s, 30, 0);
  ck_assert_int_eq(eval(rt, "for (;;) {}"), -1);
  ck_assert_int_eq(h.calls, 0);
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_SCRIPT_EXECUTION_TIMEOUT");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  duv_runtime_interrupt(rt);
  ck_assert_int_eq(eval(rt, "for (;;) {}"), -1);
  ck_assert_int_eq(h.calls, 0);
  ck_assert_int_eq(duv_error_occurred(rt), 1);
  duv_error_clear(rt);
  ck_assert_int_eq(eval(rt, "process.exit(5);"), -1);
  ck_assert_int_eq(h.calls, 0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 5);
  duv_runtime_free(rt);
}
END_TEST

/* The time limit running out in JS the handler runs ends the whole entry
 * point: the stop becomes the host's pending exception, as anywhere else. */
START_TEST(test_time_limit_in_handler) {
  host h = {.ret = 0, .eval = "for (;;) {}"};
  sink s;
  duv_runtime_t *rt = with_handler_limits(&h, &s, 30, 0);
  ck_assert_int_eq(eval(rt, "throw new Error('x');"), -1);
  ck_assert_int_eq(h.calls, 1);
  ck_assert_int_eq(h.eval_rc, -1);
  duv_value_t *err = duv_error_fetch(rt);
  ck_assert_ptr_nonnull(err);
  duv_value_t *code = duv_object_get(rt, err, "code");
  ck_assert_str_eq(duv_string_get(rt, code, NULL), "ERR_SCRIPT_EXECUTION_TIMEOUT");
  duv_value_release(rt, code);
  duv_value_release(rt, err);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  h.eval = NULL;
  ck_assert_int_eq(eval(rt, "1;"), 0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* Out of memory under the heap cap: the error still reaches the handler
 * (through the reporter, or its raw fallback when even that cannot run). */
START_TEST(test_memory_cap) {
  host h = {.ret = 0};
  sink s;
  duv_runtime_t *rt = with_handler_limits(&h, &s, 0, 4u << 20);
  ck_assert_int_eq(
      eval(rt, "var hoard = [], s = 'x'; for (;;) { s += s; hoard.push(s); }"),
      -1);
  ck_assert_int_eq(h.calls, 1);
  /* Duktape's error when making the error itself ran out: a DoubleError. */
  ck_assert_msg(strcmp(h.message[0], "alloc failed") == 0 ||
                    strcmp(h.message[0], "error in error handling") == 0,
                "%s", h.message[0]);
  ck_assert_int_eq(duv_runtime_is_exiting(rt), 0);
  ck_assert_int_eq(eval(rt, "hoard = null; var ok = [1, 2, 3].join();"), 0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

/* A host built against a header without the fields gets the default even
 * if the memory past its struct holds something. */
START_TEST(test_old_struct) {
  host h = {.ret = 0};
  sink s;
  memset(&s, 0, sizeof(s));
  duv_config_t config;
  duv_config_init(&config);
  config.struct_size = offsetof(duv_config_t, uncaught);
  config.output = capture;
  config.output_data = &s;
  config.uncaught = on_uncaught;
  config.uncaught_data = &h;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(eval(rt, "throw new Error('old host');"), -1);
  ck_assert_int_eq(h.calls, 0);
  expect_contains(s.err, "Error: old host");
  ck_assert_int_eq(duv_runtime_exit(rt), 1);
  duv_runtime_free(rt);
}
END_TEST

/* The handler of docs/embedding.md, as written there. */
typedef struct {
  char problems[2][128];
  int count;
} editor_t;

static void editor_add_problem(editor_t *ed, const char *text, const char *report) {
  if (ed->count < 2 && strstr(report, "Node.js v") != NULL)
    snprintf(ed->problems[ed->count++], sizeof(ed->problems[0]), "%s", text);
}

static int doc_handler(void *data, duv_runtime_t *rt, duv_value_t *error, const char *report) {
  editor_t *ed = data;
  duv_value_t *msg = duv_object_get(rt, error, "message"); /* error may be any value */
  const char *text = msg != NULL ? duv_string_get(rt, msg, NULL) : NULL;
  if (text == NULL) duv_error_clear(rt); /* no string message (`throw 42`) */
  editor_add_problem(ed, text != NULL ? text : "uncaught error", report);
  if (msg != NULL) duv_value_release(rt, msg);
  return 0; /* handled: the runtime goes on */
}

START_TEST(test_doc_example) {
  editor_t ed;
  memset(&ed, 0, sizeof(ed));
  sink s;
  memset(&s, 0, sizeof(s));
  duv_config_t config;
  duv_config_init(&config);
  config.output = capture;
  config.output_data = &s;
  config.uncaught = doc_handler;
  config.uncaught_data = &ed;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_int_eq(eval(rt, "setTimeout(function () { throw 42; }, 1); throw new Error('shown');"), -1);
  ck_assert_int_eq(duv_runtime_run(rt, DUV_RUN_DEFAULT), 0);
  ck_assert_int_eq(ed.count, 2);
  ck_assert_str_eq(ed.problems[0], "shown");
  ck_assert_str_eq(ed.problems[1], "uncaught error");
  ck_assert_int_eq(duv_error_occurred(rt), 0);
  ck_assert_str_eq(s.err, "");
  ck_assert_int_eq(duv_runtime_exit(rt), 0);
  duv_runtime_free(rt);
}
END_TEST

static Suite *uncaught_suite(void) {
  Suite *s = suite_create("uncaught-handler");
  TCase *tc = tcase_create("uncaught-handler");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_handled);
  tcase_add_test(tc, test_default);
  tcase_add_test(tc, test_timer);
  tcase_add_test(tc, test_rejection);
  tcase_add_test(tc, test_listener);
  tcase_add_test(tc, test_non_error);
  tcase_add_test(tc, test_reentrant_eval);
  tcase_add_test(tc, test_nested);
  tcase_add_test(tc, test_nested_bounded);
  tcase_add_test(tc, test_exit_in_handler);
  tcase_add_test(tc, test_pending);
  tcase_add_test(tc, test_reporter_failure);
  tcase_add_test(tc, test_not_uncaught);
  tcase_add_test(tc, test_time_limit_in_handler);
  tcase_add_test(tc, test_memory_cap);
  tcase_add_test(tc, test_old_struct);
  tcase_add_test(tc, test_doc_example);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(uncaught_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
