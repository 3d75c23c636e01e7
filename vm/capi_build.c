/*
 * Value building (include/duv.h, "Argument parsing and value building"):
 * duv_value_build() and duv_value_vbuild(), as CPython's Py_BuildValue.
 *
 * The whole value is built in one protected call. Each leaf unit takes its
 * C arguments before anything that can throw, and `after` marks the format
 * position past the last unit that took them; when the build fails, the
 * rest of the format is walked from there to take (and, for N, release) the
 * remaining arguments, so N is consumed whatever happens.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "capi_msg.h"

typedef struct {
  duv_runtime_t *rt;
  const char *format;
  const char *f;     /* the next format character */
  const char *after; /* past the last unit whose arguments were taken */
  va_list *ap;
  duv_value_t *n_held; /* an N value taken but not yet released */
  const char *bad;     /* why the format is bad, when it is */
} builder;

static void skip_separators(builder *b) {
  while (*b->f == ' ' || *b->f == '\t' || *b->f == ',' || *b->f == ':') b->f++;
}

static duk_ret_t bad_format(duk_context *ctx, builder *b, const char *why) {
  b->bad = why;
  return duk_error(ctx, DUK_ERR_ERROR, "bad format");
}

static void build_value(duk_context *ctx, builder *b);

/* [ ] -> [ array ] up to the closing ']' */
static void build_array(duk_context *ctx, builder *b) {
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
  for (;;) {
    skip_separators(b);
    if (*b->f == ']') {
      b->f++;
      return;
    }
    if (*b->f == '\0') bad_format(ctx, b, "'[' without ']'");
    build_value(ctx, b);
    duk_put_prop_index(ctx, -2, i++);
  }
}

/* [ ] -> [ object ] up to the closing '}' */
static void build_object(duk_context *ctx, builder *b) {
  duk_push_object(ctx);
  for (;;) {
    skip_separators(b);
    if (*b->f == '}') {
      b->f++;
      return;
    }
    if (*b->f == '\0') bad_format(ctx, b, "'{' without '}'");
    if (*b->f != 's') bad_format(ctx, b, "object keys must be 's' or 's#'");
    build_value(ctx, b);
    if (!duk_is_string(ctx, -1)) bad_format(ctx, b, "an object key is NULL");
    skip_separators(b);
    if (*b->f == '}' || *b->f == '\0') bad_format(ctx, b, "an object key without a value");
    build_value(ctx, b);
    duk_put_prop(ctx, -3);
  }
}

/* [ ] -> [ value ] for the unit at b->f */
static void build_value(duk_context *ctx, builder *b) {
  va_list *ap = b->ap;
  duk_require_stack(ctx, 4);
  char code = *b->f++;
  switch (code) {
    case '[':
      build_array(ctx, b);
      return;
    case '{':
      build_object(ctx, b);
      return;
    case 'd':
    case 'f':
      b->after = b->f;
      duk_push_number(ctx, va_arg(*ap, double));
      return;
    case 'i':
      b->after = b->f;
      duk_push_int(ctx, va_arg(*ap, int));
      return;
    case 'I':
      b->after = b->f;
      duk_push_uint(ctx, va_arg(*ap, unsigned int));
      return;
    case 'l':
      b->after = b->f;
      duk_push_number(ctx, (double)va_arg(*ap, int64_t));
      return;
    case 'k':
      b->after = b->f;
      duk_push_number(ctx, (double)va_arg(*ap, uint64_t));
      return;
    case 'n':
      b->after = b->f;
      duk_push_number(ctx, (double)va_arg(*ap, size_t));
      return;
    case '?':
      b->after = b->f;
      duk_push_boolean(ctx, va_arg(*ap, int) != 0);
      return;
    case '_':
      b->after = b->f;
      duk_push_undefined(ctx);
      return;
    case '~':
      b->after = b->f;
      duk_push_null(ctx);
      return;
    case 's': {
      const char *s = va_arg(*ap, const char *);
      size_t len = 0;
      if (*b->f == '#') {
        b->f++;
        len = va_arg(*ap, size_t);
      } else if (s != NULL) {
        len = strlen(s);
      }
      b->after = b->f;
      if (s == NULL)
        duk_push_null(ctx);
      else
        duv__push_utf8(ctx, s, len);
      return;
    }
    case 'y': {
      if (*b->f != '#') bad_format(ctx, b, "'y' needs '#'");
      b->f++;
      const void *data = va_arg(*ap, const void *);
      size_t len = va_arg(*ap, size_t);
      b->after = b->f;
      duv__push_buffer_copy(ctx, data, len);
      return;
    }
    case 'O':
    case 'N': {
      duv_value_t *v = va_arg(*ap, duv_value_t *);
      b->after = b->f;
      if (v == NULL) bad_format(ctx, b, "a NULL value for 'O' or 'N'");
      if (code == 'N') b->n_held = v;
      duv__capi_push(b->rt, v);
      if (code == 'N') {
        /* The stack holds the value now: the handle can go. */
        b->n_held = NULL;
        duv_value_release(b->rt, v);
      }
      return;
    }
    default:
      b->f--;
      bad_format(ctx, b, "unknown format unit");
  }
}

/* Units at the top level of the format (containers count as one). */
static int count_units(const char *f) {
  int n = 0, depth = 0;
  for (; *f; f++) {
    switch (*f) {
      case ' ':
      case '\t':
      case ',':
      case ':':
      case '#':
        break;
      case '[':
      case '{':
        if (depth++ == 0) n++;
        break;
      case ']':
      case '}':
        depth--;
        break;
      default:
        if (depth == 0) n++;
        break;
    }
  }
  return n;
}

static duk_ret_t build_protected(duk_context *ctx, void *udata) {
  builder *b = udata;
  int n = count_units(b->format);
  if (n == 0) {
    duk_push_undefined(ctx);
    return 1;
  }
  if (n > 1) duk_push_array(ctx);
  for (duk_uarridx_t i = 0;; i++) {
    skip_separators(b);
    if (*b->f == '\0') break;
    if (*b->f == ']' || *b->f == '}') bad_format(ctx, b, "unbalanced brackets");
    build_value(ctx, b);
    if (n > 1) duk_put_prop_index(ctx, -2, i);
  }
  return 1;
}

/* After a failure: take the arguments of the units not built, releasing
 * N values. Stops at a character it does not know. */
static void consume_rest(builder *b) {
  va_list *ap = b->ap;
  if (b->n_held != NULL) duv_value_release(b->rt, b->n_held);
  for (const char *f = b->after; *f; f++) {
    switch (*f) {
      case 'd':
      case 'f':
        (void)va_arg(*ap, double);
        break;
      case 'i':
      case '?':
        (void)va_arg(*ap, int);
        break;
      case 'I':
        (void)va_arg(*ap, unsigned int);
        break;
      case 'l':
        (void)va_arg(*ap, int64_t);
        break;
      case 'k':
        (void)va_arg(*ap, uint64_t);
        break;
      case 'n':
        (void)va_arg(*ap, size_t);
        break;
      case 's':
      case 'y':
        (void)va_arg(*ap, const void *);
        if (f[1] == '#') {
          (void)va_arg(*ap, size_t);
          f++;
        }
        break;
      case 'O':
        (void)va_arg(*ap, duv_value_t *);
        break;
      case 'N':
        duv_value_release(b->rt, va_arg(*ap, duv_value_t *));
        break;
      case '_':
      case '~':
      case '[':
      case ']':
      case '{':
      case '}':
      case ' ':
      case '\t':
      case ',':
      case ':':
        break;
      default:
        return;
    }
  }
}

/* A format of one number unit needs no engine call at all: the number is
 * kept in the handle. This is the common result of a native function. */
static int build_number_fast(duv_runtime_t *rt, const char *format, va_list ap, duv_value_t **out) {
  double d;
  switch (format[0]) {
    case 'd':
    case 'f':
      d = va_arg(ap, double);
      break;
    case 'i':
      d = va_arg(ap, int);
      break;
    case 'I':
      d = va_arg(ap, unsigned int);
      break;
    case 'l':
      d = (double)va_arg(ap, int64_t);
      break;
    case 'k':
      d = (double)va_arg(ap, uint64_t);
      break;
    case 'n':
      d = (double)va_arg(ap, size_t);
      break;
    default:
      return 0;
  }
  *out = duv_error_occurred(rt) ? NULL : duv_number_new(rt, d);
  return 1;
}

duv_value_t *duv_value_vbuild(duv_runtime_t *rt, const char *format, va_list ap) {
  if (format[0] != '\0' && format[1] == '\0') {
    duv_value_t *v;
    va_list fast;
    va_copy(fast, ap);
    int done = build_number_fast(rt, format, fast, &v);
    va_end(fast);
    if (done) return v;
  }
  va_list copy;
  va_copy(copy, ap);
  builder b = {rt, format, format, format, &copy, NULL, NULL};
  duv_value_t *result = NULL;
  if (duv_error_occurred(rt)) {
    consume_rest(&b);
  } else if (duv__capi_protect(rt, build_protected, &b, 0, 1) != 0) {
    duk_pop(rt->ctx);
    if (b.bad != NULL) duv__capi_format_error(rt, format, b.bad);
    consume_rest(&b);
  } else {
    result = duv__capi_pop_handle(rt);
  }
  va_end(copy);
  return result;
}

duv_value_t *duv_value_build(duv_runtime_t *rt, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  if (format[0] == 'd' && format[1] == '\0') {
    /* The most common result, without the va_copy of the general path. */
    double d = va_arg(ap, double);
    va_end(ap);
    return duv_error_occurred(rt) ? NULL : duv_number_new(rt, d);
  }
  duv_value_t *v = duv_value_vbuild(rt, format, ap);
  va_end(ap);
  return v;
}
