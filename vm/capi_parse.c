/*
 * Argument parsing for native functions (include/duv.h, "Argument parsing
 * and value building"): duv_args_parse() and duv_args_parse_names().
 *
 * This is on every call of a native function, so the common path is
 * short: an argument handle of the running call is a value-stack index, read
 * in place (no push, no allocation, no protected call); messages, names and
 * the ":name" part of the format are worked out only when something fails.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "capi_msg.h"

#define MAX_SAFE 9007199254740991.0
#define NAME_MAX_LEN 128

typedef struct {
  duv_runtime_t *rt;
  const char *format;
  const char *const *names;
  size_t unit;     /* index of the unit being read (into names) */
  size_t arg;      /* index of the argument it reads */
  int options;     /* reading units from the options object */
  const char *key; /* that unit's property name */
} parser;

/* ---- names and messages (error path only) ---- */

/* The ":name" or ";message" tail of the format. */
static const char *tail(const char *format, char which) {
  const char *p = strpbrk(format, ":;");
  return p != NULL && *p == which ? p + 1 : NULL;
}

static void unit_name(const parser *p, char *buf, size_t size) {
  if (p->options)
    snprintf(buf, size, "options.%s", p->key);
  else if (p->names != NULL && p->names[p->unit] != NULL)
    snprintf(buf, size, "%s", p->names[p->unit]);
  else
    snprintf(buf, size, "arguments[%zu]", p->arg);
}

/* "add: " when the format names the function and no names were given. */
static const char *prefix(const parser *p, char *buf, size_t size) {
  const char *fn = tail(p->format, ':');
  if (fn == NULL || p->names != NULL) return NULL;
  snprintf(buf, size, "%s: ", fn);
  return buf;
}

static int type_error(parser *p, duk_idx_t idx, const char *expected) {
  const char *msg = tail(p->format, ';');
  if (msg != NULL) {
    duv_error_set(p->rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "%s", msg);
    return -1;
  }
  char name[NAME_MAX_LEN], pre[NAME_MAX_LEN];
  unit_name(p, name, sizeof(name));
  duv__capi_type_error(p->rt, idx, prefix(p, pre, sizeof(pre)), name, p->options, expected);
  return -1;
}

static int check_integer(parser *p, double d, double lo, double hi) {
  if (isfinite(d) && d == floor(d) && d >= lo && d <= hi) return 0;
  char name[NAME_MAX_LEN], pre[NAME_MAX_LEN];
  unit_name(p, name, sizeof(name));
  return duv__capi_check_integer(p->rt, prefix(p, pre, sizeof(pre)), name, d, lo, hi);
}

/* Node's ERR_INVALID_ARG_VALUE for a string with a NUL inside. */
static int nul_error(parser *p, const char *s, size_t len) {
  char name[NAME_MAX_LEN], pre[NAME_MAX_LEN], shown[96];
  unit_name(p, name, sizeof(name));
  size_t o = 0;
  for (size_t i = 0; i < len && o + 8 < sizeof(shown); i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\'' || c == '\\')
      o += (size_t)snprintf(shown + o, sizeof(shown) - o, "\\%c", c);
    else if (c < 0x20)
      o += (size_t)snprintf(shown + o, sizeof(shown) - o, "\\x%02X", c);
    else
      shown[o++] = (char)c;
  }
  shown[o] = '\0';
  const char *pfx = prefix(p, pre, sizeof(pre));
  duv_error_set(p->rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                "%sThe %s '%s' must be a string without null bytes. Received '%s'", pfx ? pfx : "",
                p->options ? "property" : "argument", name, shown);
  return -1;
}

/* ERR_MISSING_ARGS naming every required unit from `from` on. */
static int missing_error(parser *p, const char *from) {
  char list[512];
  size_t n = 0, len = 0;
  const char *names[64];
  char pos[64][24];
  size_t unit = p->unit, arg = p->arg;
  for (const char *f = from; *f && *f != '|' && *f != '$' && *f != ':' && *f != ';'; f++) {
    if (*f == '#' || *f == '*' || *f == '&') continue;
    if (n < 64) {
      if (p->names != NULL && p->names[unit] != NULL) {
        names[n] = p->names[unit];
      } else {
        snprintf(pos[n], sizeof(pos[n]), "arguments[%zu]", arg);
        names[n] = pos[n];
      }
      n++;
    }
    unit++;
    arg++;
  }
  list[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    const char *sep = i == 0 ? "" : n == 2 ? " and " : i + 1 == n ? ", and " : ", ";
    len += (size_t)snprintf(list + len, len < sizeof(list) ? sizeof(list) - len : 0, "%s\"%s\"",
                            sep, names[i]);
    if (len >= sizeof(list)) break;
  }
  char pre[NAME_MAX_LEN];
  const char *pfx = prefix(p, pre, sizeof(pre));
  duv_error_set(p->rt, DUV_TYPE_ERROR, "ERR_MISSING_ARGS", "%sThe %s %s must be specified",
                pfx ? pfx : "", list, n == 1 ? "argument" : "arguments");
  return -1;
}

/* ---- units ---- */

typedef int (*converter)(duv_runtime_t *, duv_value_t *, void *);

/* Skip a unit's variables: one pointer, two for s#, z# and O&. */
static void skip_outputs(char code, int mod, va_list *ap) {
  if (code == 'C') {
    (void)va_arg(*ap, void *); /* the class definition */
    (void)va_arg(*ap, void *);
    return;
  }
  if (code == 'O' && mod)
    (void)va_arg(*ap, converter);
  else
    (void)va_arg(*ap, void *);
  if (mod) (void)va_arg(*ap, void *);
}

/* Read the value at idx (handle v: the original handle, or a tagged one for
 * a value pushed by the parser) for unit `code` into the next variables. */
static int read_unit(parser *p, char code, int mod, duk_idx_t idx, duv_value_t *v, va_list *ap) {
  duv_runtime_t *rt = p->rt;
  duk_context *ctx = rt->ctx;
  double d;
  switch (code) {
    case 'd':
    case 'f':
    case 'i':
    case 'I':
    case 'B':
    case 'l':
    case 'k':
    case 'n':
      /* One call for the common case: NaN sends us to the type check. */
      d = duk_get_number_default(ctx, idx, NAN);
      if (isnan(d) && !duk_is_number(ctx, idx)) return type_error(p, idx, "of type number");
      switch (code) {
        case 'd':
          *va_arg(*ap, double *) = d;
          return 0;
        case 'f':
          *va_arg(*ap, float *) = (float)d;
          return 0;
        case 'i':
          if (check_integer(p, d, -2147483648.0, 2147483647.0)) return -1;
          *va_arg(*ap, int32_t *) = (int32_t)d;
          return 0;
        case 'I':
          if (check_integer(p, d, 0, 4294967295.0)) return -1;
          *va_arg(*ap, uint32_t *) = (uint32_t)d;
          return 0;
        case 'B':
          if (check_integer(p, d, 0, 255)) return -1;
          *va_arg(*ap, uint8_t *) = (uint8_t)d;
          return 0;
        case 'l':
          if (check_integer(p, d, -MAX_SAFE, MAX_SAFE)) return -1;
          *va_arg(*ap, int64_t *) = (int64_t)d;
          return 0;
        case 'k':
          if (check_integer(p, d, 0, MAX_SAFE)) return -1;
          *va_arg(*ap, uint64_t *) = (uint64_t)d;
          return 0;
        default:
          if (check_integer(p, d, 0, MAX_SAFE)) return -1;
          *va_arg(*ap, size_t *) = (size_t)d;
          return 0;
      }
    case 'p':
      *va_arg(*ap, int *) = duv_value_truthy(rt, v);
      return 0;
    case '?':
      if (!duk_is_boolean(ctx, idx)) return type_error(p, idx, "of type boolean");
      *va_arg(*ap, int *) = duk_get_boolean(ctx, idx);
      return 0;
    case 's':
    case 'z': {
      const char **out = va_arg(*ap, const char **);
      size_t *len_out = mod ? va_arg(*ap, size_t *) : NULL;
      if (code == 'z' && duk_is_null_or_undefined(ctx, idx)) {
        *out = NULL;
        if (len_out != NULL) *len_out = 0;
        return 0;
      }
      if (!duk_is_string(ctx, idx) || duk_is_symbol(ctx, idx))
        return type_error(p, idx, code == 'z' ? "of type string or null" : "of type string");
      size_t len;
      const char *s = duv_string_get(rt, v, &len);
      if (s == NULL) return -1;
      if (!mod && memchr(s, 0, len) != NULL) return nul_error(p, s, len);
      *out = s;
      if (len_out != NULL) *len_out = len;
      return 0;
    }
    case 'y':
    case 'w': {
      duv_buffer_view_t *view = va_arg(*ap, duv_buffer_view_t *);
      if (!duk_is_buffer_data(ctx, idx))
        return type_error(p, idx, "an instance of ArrayBuffer, Buffer, TypedArray, or DataView");
      duk_size_t n;
      view->data = duk_get_buffer_data(ctx, idx, &n);
      view->len = n;
      return 0;
    }
    case 'O':
      if (mod) {
        converter conv = va_arg(*ap, converter);
        void *data = va_arg(*ap, void *);
        if (conv(rt, v, data) == 0) return 0;
        if (!duv_error_occurred(rt))
          duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                        "a converter failed without setting an exception");
        return -1;
      }
      *va_arg(*ap, duv_value_t **) = v;
      return 0;
    case 'o':
      if (!duk_is_object(ctx, idx)) return type_error(p, idx, "of type object");
      *va_arg(*ap, duv_value_t **) = v;
      return 0;
    case 'a':
      if (!duk_is_array(ctx, idx)) return type_error(p, idx, "an instance of Array");
      *va_arg(*ap, duv_value_t **) = v;
      return 0;
    case 'F':
      if (!duk_is_callable(ctx, idx)) return type_error(p, idx, "of type function");
      *va_arg(*ap, duv_value_t **) = v;
      return 0;
    case 'C': {
      const duv_class_def *def = va_arg(*ap, const duv_class_def *);
      void **out = va_arg(*ap, void **);
      void *data = duv_class_data(rt, v, def);
      if (data == NULL) {
        /* Reworded with the argument's name, as the other units are. */
        duv_error_clear(rt);
        char expected[160];
        snprintf(expected, sizeof(expected), "an instance of %s", def && def->name ? def->name : "?");
        return type_error(p, idx, expected);
      }
      *out = data;
      return 0;
    }
    default:
      return -1; /* not reached: codes are checked by the caller */
  }
}

/* [ obj ] -> [ obj value ] */
static duk_ret_t get_option(duk_context *ctx, void *udata) {
  const char *key = udata;
  duv__push_utf8(ctx, key, strlen(key));
  duk_get_prop(ctx, -2);
  return 2;
}

/* Whether c is a parsing code (the first character of a unit). */
static int is_code(char c) {
  switch (c) {
    case 'd':
    case 'f':
    case 'i':
    case 'I':
    case 'B':
    case 'l':
    case 'k':
    case 'n':
    case 'p':
    case '?':
    case 's':
    case 'z':
    case 'y':
    case 'w':
    case 'O':
    case 'o':
    case 'a':
    case 'F':
    case 'C':
      return 1;
    default:
      return 0;
  }
}

static int parse(duv_runtime_t *rt, duv_value_t *const *argv, size_t argc, const char *format,
                 const char *const *names, va_list *ap) {
  duk_context *ctx = rt->ctx;
  /* Parsing can run getters (options) and allocate (UTF-8 copies): with an
   * exception pending it fails at once and keeps that exception. */
  if (rt->capi->err_state != DUV__ERR_NONE) return -1;
  /* The hot path: leading 'd' units over arguments of the running call
   * that are numbers, read in place. Anything else goes the general way
   * from where this stops. */
  size_t i = 0;
  const char *f = format;
  for (; *f == 'd' && i < argc && DUV__TAGGED(argv[i]); f++, i++) {
    double d = duk_get_number_default(ctx, DUV__UNTAG(argv[i]), NAN);
    if (isnan(d)) break; /* not a number, or NaN: the general path decides */
    *va_arg(*ap, double *) = d;
  }
  if (*f == '\0' || *f == ':' || *f == ';') return 0;

  parser p = {rt, format, names, i, i, 0, NULL};
  int optional = 0;
  duk_idx_t opts_idx = -1; /* absolute index of the options object, if any */
  int have_opts = 0;
  for (;; f++) {
    char code = *f;
    if (code == '\0' || code == ':' || code == ';') return 0;
    if (code == '|') {
      optional = 1;
      continue;
    }
    if (code == '$') {
      if (names == NULL) {
        duv__capi_format_error(rt, format, "'$' needs duv_args_parse_names()");
        return -1;
      }
      if (rt->capi->depth == 0) {
        duv__capi_format_error(rt, format, "'$' works only inside a native function");
        return -1;
      }
      p.options = 1;
      if (p.arg < argc) {
        if (!duk_check_stack(ctx, 8)) goto stack;
        duv__capi_push(rt, argv[p.arg]);
        opts_idx = duk_get_top_index(ctx);
        if (duk_is_object(ctx, opts_idx)) {
          have_opts = 1;
        } else if (!duk_is_null_or_undefined(ctx, opts_idx)) {
          p.options = 0;
          p.key = NULL;
          const char *const only[] = {"options"};
          p.names = only;
          p.unit = 0;
          int rc = type_error(&p, opts_idx, "of type object");
          duk_pop(ctx);
          return rc;
        }
      }
      continue;
    }
    if (!is_code(code)) {
      duv__capi_format_error(rt, format, "unknown format unit");
      return -1;
    }
    const char *start = f;
    int mod = 0;
    if (code == 's' || code == 'z') {
      mod = f[1] == '#';
    } else if (code == 'y' || code == 'w') {
      if (f[1] != '*') {
        duv__capi_format_error(rt, format, "'y' and 'w' need '*'");
        return -1;
      }
      f++;
    } else if (code == 'O') {
      mod = f[1] == '&';
    }
    f += mod;

    if (p.options) {
      p.key = names[p.unit];
      if (p.key == NULL) {
        duv__capi_format_error(rt, format, "a unit after '$' has no name");
        return -1;
      }
      if (have_opts) {
        if (!duk_check_stack(ctx, 4)) goto stack;
        duk_dup(ctx, opts_idx);
        if (duv__capi_protect(rt, get_option, (void *)p.key, 1, 2) != 0) {
          duk_pop_2(ctx);
          return -1;
        }
        /* [ ... obj value ]: the value stays on this call's stack so that
         * what the variables point into lives until the call returns. */
        duk_remove(ctx, -2);
        duk_idx_t idx = duk_get_top_index(ctx);
        if (!duk_is_undefined(ctx, idx)) {
          if (read_unit(&p, code, mod, idx, DUV__TAG(idx), ap) != 0) return -1;
          p.unit++;
          continue;
        }
        duk_pop(ctx);
      }
      skip_outputs(code, mod, ap);
      p.unit++;
      continue;
    }

    if (p.arg >= argc) {
      if (!optional) return missing_error(&p, start);
      skip_outputs(code, mod, ap);
      p.unit++;
      p.arg++;
      continue;
    }
    duv_value_t *v = argv[p.arg];
    int rc;
    if (DUV__TAGGED(v)) {
      duk_idx_t idx = DUV__UNTAG(v);
      if (optional && code != 'O' && duk_is_undefined(ctx, idx)) {
        skip_outputs(code, mod, ap);
        rc = 0;
      } else {
        rc = read_unit(&p, code, mod, idx, v, ap);
      }
    } else {
      /* A handle of the host's: read a copy on the stack, then drop it
       * (what the variables point into is held by the handle). */
      if (!duk_check_stack(ctx, 4)) goto stack;
      duv__capi_push(rt, v);
      duk_idx_t idx = duk_get_top_index(ctx);
      if (optional && code != 'O' && duk_is_undefined(ctx, idx)) {
        skip_outputs(code, mod, ap);
        rc = 0;
      } else {
        rc = read_unit(&p, code, mod, idx, v, ap);
      }
      duk_pop(ctx);
    }
    if (rc != 0) return -1;
    p.unit++;
    p.arg++;
  }
stack:
  duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of value stack");
  return -1;
}

int duv_args_parse(duv_runtime_t *rt, duv_value_t *const *argv, size_t argc, const char *format,
                   ...) {
  va_list ap;
  va_start(ap, format);
  int rc = parse(rt, argv, argc, format, NULL, &ap);
  va_end(ap);
  return rc;
}

int duv_args_parse_names(duv_runtime_t *rt, duv_value_t *const *argv, size_t argc,
                         const char *format, const char *const *names, ...) {
  va_list ap;
  va_start(ap, names);
  int rc = parse(rt, argv, argc, format, names, &ap);
  va_end(ap);
  return rc;
}
