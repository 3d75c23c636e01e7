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

static Suite *config_suite(void) {
  Suite *s = suite_create("embed-config");
  TCase *tc = tcase_create("config");
  tcase_add_test(tc, test_output_sink);
  tcase_add_test(tc, test_env);
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
