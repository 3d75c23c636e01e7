/*
 * The `duv` command: a host like any other, built on include/duv.h alone.
 *
 *   duv [options] [script.js | -e code | -p code | -] [arguments]
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <duv.h>

static const char usage[] =
    "Usage: duv [options] [ script.js ] [arguments]\n"
    "       duv [options] -e \"script\" [arguments]\n"
    "       duv [options] -p \"script\" [arguments]\n"
    "       duv [options] - [arguments]   (read the script from stdin)\n"
    "\n"
    "Options:\n"
    "  -e, --eval script   evaluate script (also --eval=script)\n"
    "  -p, --print [script]\n"
    "                      evaluate script (or -e's, or stdin's) and print the result\n"
    "  --experimental-permission, --permission\n"
    "                      deny the script everything the options below do not grant\n"
    "  --allow-fs-read=path, --allow-fs-write=path\n"
    "                      grant reading / writing path and below (\"*\": everywhere);\n"
    "                      repeat for more paths\n"
    "  --allow-net-connect=host:port, --allow-net-listen=host:port\n"
    "                      grant connecting to / listening on an address (\"*\" for any\n"
    "                      host or port)\n"
    "  --allow-child-process, --allow-worker, --allow-addons\n"
    "                      grant starting processes / workers, loading native addons\n"
    "  -v, --version       print duv's version\n"
    "  -h, --help          print this help\n"
    "  --                  end of options\n"
    "\n"
    "duv runs Node.js-style JavaScript on Duktape and libuv.\n"
    "Documentation: docs/ in the source tree.\n";

/* Reads all of a stream; returns a malloc'd NUL-terminated buffer or NULL. */
static char *read_all(FILE *f, size_t *len_out) {
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  if (buf == NULL) return NULL;
  for (;;) {
    if (len + 1 >= cap) {
      char *bigger = realloc(buf, cap * 2);
      if (bigger == NULL) {
        free(buf);
        return NULL;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t n = fread(buf + len, 1, cap - len - 1, f);
    len += n;
    if (n == 0) break;
  }
  if (ferror(f)) {
    free(buf);
    return NULL;
  }
  buf[len] = '\0';
  *len_out = len;
  return buf;
}

/* An option's value: the next argument, unless there is none or it is
 * another option (Node: "node -e -x" is "-e requires an argument"). */
static const char *option_value(int argc, char **argv, int *i) {
  if (*i + 1 >= argc || argv[*i + 1][0] == '-') return NULL;
  return argv[++*i];
}

/* The permission options, Node's spelling where Node has one: each maps to
 * a grant of duv_config_t.permissions ("fs.read=" + value, or the bare
 * scope for a switch). */
static const struct {
  const char *option;
  const char *scope;
  int takes_value;
} permission_options[] = {
    {"--allow-fs-read", "fs.read", 1},         {"--allow-fs-write", "fs.write", 1},
    {"--allow-net-connect", "net.connect", 1}, {"--allow-net-listen", "net.listen", 1},
    {"--allow-child-process", "child", 0},     {"--allow-worker", "worker", 0},
    {"--allow-addons", "addon", 0},
};

/* Matches a permission option at argv[*i] and appends its grant (the value
 * may follow `=` or be the next argument). Returns 1 when matched, 0 when
 * it is no permission option, -1 when its value is missing. */
static int permission_option(int argc, char **argv, int *i, char **grants, int *ngrants) {
  const char *a = argv[*i];
  for (size_t k = 0; k < sizeof(permission_options) / sizeof(permission_options[0]); k++) {
    size_t n = strlen(permission_options[k].option);
    if (strncmp(a, permission_options[k].option, n) != 0 || (a[n] != '\0' && a[n] != '='))
      continue;
    const char *scope = permission_options[k].scope;
    if (!permission_options[k].takes_value) {
      if (a[n] != '\0') return 0;
      grants[(*ngrants)++] = strdup(scope);
      return 1;
    }
    const char *value = a[n] == '=' ? a + n + 1 : option_value(argc, argv, i);
    if (value == NULL || *value == '\0') return -1;
    char *grant = malloc(strlen(scope) + strlen(value) + 2);
    if (grant != NULL) sprintf(grant, "%s=%s", scope, value);
    grants[(*ngrants)++] = grant;
    return 1;
  }
  return 0;
}


/* Runs the command with grants, a zeroed array of argc + 1 entries that the
 * permission options fill (one grant per argument at most). */
static int run_command(int argc, char **argv, char **grants) {
  enum { RUN_FILE, RUN_EVAL, RUN_STDIN } what = RUN_FILE;
  const char *code = NULL;
  int print = 0, want_version = 0, want_help = 0, permission = 0;
  int i = 1;
  int ngrants = 0;

  /*
   * Options up to the script (or `-`, or `--`) are duv's; the rest is the
   * script's. As in Node, every option is checked before any is acted on
   * (`duv --version --bogus` is a bad option), -e and -p may be combined
   * (`-p -e code`, `-pe code`), and with -e the last one wins.
   */
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] != '-' || a[1] == '\0') break; /* the script, or `-` for stdin */
    if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      want_version = 1;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      want_help = 1;
    } else if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 || strcmp(a, "-pe") == 0) {
      if (a[1] == 'p') print = 1;
      code = option_value(argc, argv, &i);
      if (code == NULL) {
        fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
        return 9;
      }
    } else if (strncmp(a, "--eval=", 7) == 0) {
      code = a + 7;
    } else if (strcmp(a, "-p") == 0 || strcmp(a, "--print") == 0) {
      /* -p takes the code when one follows; else it only asks for printing. */
      print = 1;
      const char *value = option_value(argc, argv, &i);
      if (value != NULL) code = value;
    } else if (strcmp(a, "--experimental-permission") == 0 || strcmp(a, "--permission") == 0) {
      permission = 1;
    } else {
      int matched = permission_option(argc, argv, &i, grants, &ngrants);
      if (matched == 1) continue;
      if (matched < 0) {
        fprintf(stderr, "%s: %.*s requires an argument\n", argv[0], (int)strcspn(a, "="), a);
      } else {
        fprintf(stderr, "%s: bad option: %s\n", argv[0], a);
      }
      return 9;
    }
  }
  for (int k = 0; k < ngrants; k++)
    if (grants[k] == NULL) return 70; /* out of memory */
  if (ngrants > 0 && !permission) {
    /* Node throws this before running anything, and exits with 1. */
    fprintf(stderr, "%s: TypeError [ERR_MISSING_OPTION]: --experimental-permission is required\n",
            argv[0]);
    return 1;
  }
  if (want_version || want_help) {
    if (want_version)
      printf("v%s\n", duv_version());
    else
      fputs(usage, stdout);
    return 0;
  }
  if (code != NULL) {
    what = RUN_EVAL;
  } else if (i < argc && strcmp(argv[i], "-") == 0) {
    what = RUN_STDIN;
  } else if (i >= argc) {
    /* No script: read it from stdin unless that is a terminal (Node would
     * start its REPL there; duv has none). */
    if (isatty(0)) {
      fputs(usage, stderr);
      return 9;
    }
    what = RUN_STDIN;
  }
  int options_end = i;

  /* process.argv: [execPath, script?, args...]; execArgv: the options before. */
  const char **script_argv = calloc((size_t)argc + 2, sizeof(char *));
  if (script_argv == NULL) {
    return 70;
  }
  int n = 0;
  script_argv[n++] = argv[0];
  int first_arg = options_end;
  if (what == RUN_FILE) {
    script_argv[n++] = argv[options_end];
    first_arg = options_end + 1;
  } else if (what == RUN_STDIN && options_end < argc && strcmp(argv[options_end], "-") == 0) {
    script_argv[n++] = "-";
    first_arg = options_end + 1;
  }
  for (int k = first_arg; k < argc; k++) script_argv[n++] = argv[k];

  duv_config_t config;
  duv_config_init(&config);
  config.argc = n;
  config.argv = script_argv;
  config.exec_argc = options_end - 1;
  config.exec_argv = (const char *const *)argv + 1;
  /* `--` is not an exec option. */
  if (config.exec_argc > 0 && strcmp(argv[options_end - 1], "--") == 0) config.exec_argc--;
  if (permission) config.permissions = (const char *const *)grants;

  duv_runtime_t *rt = duv_runtime_new(&config);
  if (rt == NULL) {
    fprintf(stderr, "%s: could not create a runtime%s\n", argv[0],
            permission ? " (check the --allow-* values)" : "");
    free(script_argv);
    return 70;
  }

  unsigned eval_flags = print ? DUV_EVAL_PRINT : 0;
  switch (what) {
    case RUN_FILE:
      duv_runtime_run_main(rt, script_argv[1]);
      break;
    case RUN_EVAL:
      duv_runtime_eval(rt, code, (size_t)-1, "[eval]", eval_flags);
      break;
    case RUN_STDIN: {
      size_t len = 0;
      char *src = read_all(stdin, &len);
      if (src == NULL) {
        fprintf(stderr, "%s: cannot read the script from stdin: %s\n", argv[0], strerror(errno));
        duv_runtime_free(rt);
        free(script_argv);
        return 1;
      }
      duv_runtime_eval(rt, src, len, "[stdin]", eval_flags);
      free(src);
      break;
    }
  }
  duv_runtime_run(rt, DUV_RUN_DEFAULT);
  int code_out = duv_runtime_exit(rt);
  duv_runtime_free(rt);
  free(script_argv);
  fflush(stdout);
  return code_out;
}

int main(int argc, char **argv) {
  char **grants = calloc((size_t)argc + 1, sizeof(char *));
  if (grants == NULL) return 70;
  int rc = run_command(argc, argv, grants);
  for (int k = 0; k < argc; k++) free(grants[k]);
  free(grants);
  return rc;
}
