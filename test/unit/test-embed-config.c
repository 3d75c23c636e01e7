/*
 * What a host configures at creation: where the runtime's output goes, and
 * the environment its scripts see.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <duv.h>

typedef struct {
  char out[4096];
  char err[4096];
  int calls;
} sink;

static void capture(void *data, int fd, const char *bytes, size_t len) {
  sink *s = data;
  char *buf = fd == 1 ? s->out : s->err;
  size_t used = strlen(buf);
  if (used + len < sizeof(s->out)) {
    memcpy(buf + used, bytes, len);
    buf[used + len] = '\0';
  }
  s->calls++;
}

START_TEST(test_output_sink) {
  sink s;
  memset(&s, 0, sizeof(s));
  duv_config_t config;
  duv_config_init(&config);
  config.output = capture;
  config.output_data = &s;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_ptr_nonnull(rt);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "console.log('hello', { a: 1 }); console.error('oops');"
      "process.stdout.write(new Uint8Array([0x41, 0x0a]));"
      "console.log('\\ud83d\\ude00');"
      "if (process.stdout.isTTY) throw new Error('a sink is no terminal');",
      DUV_NTS, "t.js", 0), 0);
  ck_assert_str_eq(s.out, "hello { a: 1 }\nA\n\xF0\x9F\x98\x80\n");
  ck_assert_str_eq(s.err, "oops\n");
  /* An uncaught error's report goes to the sink too. */
  ck_assert_int_eq(duv_runtime_eval(rt, "throw new Error('reported')", DUV_NTS, "t.js", 0), -1);
  ck_assert_msg(strstr(s.err, "Error: reported") != NULL, "%s", s.err);
  duv_runtime_free(rt);
}
END_TEST

START_TEST(test_env) {
  const char *env[] = {"GREETING=hi there", "EMPTY=", "__proto__=still a variable", NULL};
  duv_config_t config;
  duv_config_init(&config);
  config.env = env;
  duv_runtime_t *rt = duv_runtime_new(&config);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "var keys = Object.keys(process.env).sort().join();"
      "if (keys !== 'EMPTY,GREETING,__proto__') throw new Error(keys);"
      "if (process.env.GREETING !== 'hi there' || process.env.EMPTY !== '') throw new Error('values');"
      "if (process.env.HOME !== undefined) throw new Error('the process environment leaked in');",
      DUV_NTS, "t.js", 0), 0);
  duv_runtime_free(rt);
  /* Without env, the process's environment. */
  setenv("DUV_TEST_VAR", "from the process", 1);
  rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "if (process.env.DUV_TEST_VAR !== 'from the process') throw new Error('process env');",
      DUV_NTS, "t.js", 0), 0);
  duv_runtime_free(rt);
}
END_TEST

typedef struct {
  int calls;
} host_state;

static duv_value_t *host_frame(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                               size_t argc) {
  (void)self, (void)argv, (void)argc;
  host_state *st = duv_function_data(rt);
  return duv_number_new(rt, ++st->calls);
}

static const duv_method_def host_methods[] = {
    {"frame", host_frame, DUV_METH_FASTCALL, 0, "the host's frame counter"},
    {NULL, NULL, 0, 0, NULL}};
static const duv_const_def host_consts[] = {
    {"NAME", DUV_CONST_STRING, 0, "test host"}, {NULL, 0, 0, NULL}};
static const duv_module_def host_module = {sizeof(duv_module_def), "host", "the test host",
                                           host_methods, host_consts, sizeof(host_state), NULL, NULL};

START_TEST(test_host_module) {
  duv_runtime_t *rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_add_module(rt, "host", &host_module), 0);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "var host = require('host');"
      "if (host !== require('host') || require.resolve('host') !== 'host') throw new Error('identity');"
      "if (host.NAME !== 'test host' || host.frame() !== 1 || host.frame() !== 2) throw new Error('calls');",
      DUV_NTS, "t.js", 0), 0);
  /* Refused names. */
  const char *bad[] = {"path", "node:path", "./x", "/abs", "", "host"};
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    ck_assert_int_eq(duv_runtime_add_module(rt, bad[i], &host_module), -1);
    ck_assert_int_eq(duv_error_occurred(rt), 1);
    duv_error_clear(rt);
  }
  duv_runtime_free(rt);
  /* Another runtime: its own state. */
  rt = duv_runtime_new(NULL);
  ck_assert_int_eq(duv_runtime_add_module(rt, "engine", &host_module), 0);
  ck_assert_int_eq(duv_runtime_eval(rt,
      "if (require('engine').frame() !== 1) throw new Error('state shared');"
      "var threw = false; try { require('host'); } catch (e) { threw = e.code === 'MODULE_NOT_FOUND'; }"
      "if (!threw) throw new Error('host is not added here');",
      DUV_NTS, "t.js", 0), 0);
  duv_runtime_free(rt);
}
END_TEST

static Suite *config_suite(void) {
  Suite *s = suite_create("embed-config");
  TCase *tc = tcase_create("config");
  tcase_add_test(tc, test_output_sink);
  tcase_add_test(tc, test_env);
  tcase_add_test(tc, test_host_module);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(config_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
