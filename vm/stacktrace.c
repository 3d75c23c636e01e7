/*
 * V8's stack trace API over Duktape's activation records.
 *
 * Duktape calls Duktape.errCreate for every error it creates (constructor
 * calls, engine errors, duk_push_error_object) while the creating activations
 * are still live. The hook walks them (duv__duk_inspect_activation, a small
 * patch to the amalgamation) and stores the raw frames - function, `this`,
 * pc, flags - under a hidden key, up to Error.stackTraceLimit frames. The
 * error gets an own `stack` accessor that formats the frames on first access
 * (through Error.prepareStackTrace when it is a function, with CallSite
 * objects) and then replaces itself by a plain data property, so later changes
 * to Error.prepareStackTrace do not change a formatted stack: V8's lazy
 * formatting. Error.captureStackTrace(obj, fn) does the same for any object.
 *
 * Duktape records no columns: frames print as `file:line` and
 * CallSite.getColumnNumber() gives null, V8's own answer for an unknown
 * position (see docs/design.md).
 *
 * Duktape.errThrow records where the last value was thrown, for the
 * uncaught-error report (the `errors` binding).
 */
#include <string.h>

#include "internal.h"

#define TRACE_KEY DUK_HIDDEN_SYMBOL("duvTrace")
#define SYNTAX_FILE_KEY DUK_HIDDEN_SYMBOL("duvSyntaxFile")
#define SYNTAX_LINE_KEY DUK_HIDDEN_SYMBOL("duvSyntaxLine")
#define CS_FRAME_KEY DUK_HIDDEN_SYMBOL("duvFrame")
#define STASH_THROW_SITE "throwSite"
#define STASH_STACK_ACCESSORS "stackAccessors"

/* A frame is 5 slots of the trace array: function, this, pc (the line is
 * decoded when a stack is formatted), flags, and for direct eval code
 * "eval at caller (file:line)" (else undefined). */
#define FRAME_SLOTS 5
#define F_STRICT 1u
#define F_CONSTRUCT 2u
#define F_EVAL 4u
#define F_NATIVE 8u

static const char *const error_ctor_names[] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"};

static int is_error_ctor(duv_runtime_t *rt, void *p) {
  for (size_t i = 0; i < sizeof(rt->error_ctors) / sizeof(rt->error_ctors[0]); i++)
    if (rt->error_ctors[i] == p) return 1;
  return 0;
}

/* The global eval: V8 shows no frame for it, only for the code it runs. */
static int is_eval_builtin(duv_runtime_t *rt, void *p) {
  return p == rt->eval_fn;
}

static int is_native(duk_context *ctx, duk_idx_t idx) {
  return duk_is_c_function(ctx, idx) || duk_is_lightfunc(ctx, idx);
}

/* [ ... ] -> [ ... name ]: the function's `name` as a string (maybe empty);
 * returns whether it is non-empty. */
static int push_name(duk_context *ctx, duk_idx_t func_idx) {
  duk_get_prop_literal(ctx, func_idx, "name");
  if (!duk_is_string(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, "");
  }
  return duk_get_length(ctx, -1) > 0;
}

/* ---- Capture ---- */

/* [ ... ] -> [ ... origin ]: "eval at fn (file:line)" for the direct eval
 * code running at `level`: its caller is the first JS frame below the eval
 * builtin. */
static void push_eval_origin(duk_context *ctx, duk_int_t level) {
  duk_uint32_t pc, flags;
  for (level--; duv__duk_inspect_activation(ctx, level, &pc, &flags); level--) {
    if (is_native(ctx, -2)) {
      duk_pop_2(ctx);
      continue;
    }
    duk_pop(ctx); /* this */
    duk_uint32_t line = duv__duk_pc2line(ctx, -1, pc);
    int named = push_name(ctx, -1);
    duk_get_prop_literal(ctx, -2, "fileName");
    duk_push_sprintf(ctx, "eval at %s (%s:%lu)", named ? duk_get_string(ctx, -2) : "<anonymous>",
                     duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "<anonymous>",
                     (unsigned long)line);
    duk_replace(ctx, -4);
    duk_pop_2(ctx);
    return;
  }
  duk_push_undefined(ctx);
}

/*
 * [ ... ] -> [ ... trace ]: the frames from activation `level` outwards, at
 * most `limit`. With until_idx, frames up to and including the first call of
 * that function are left out (none are kept if it is not on the stack). With
 * skip_ctors, native Error constructors at the top are left out. Natives
 * without a name (duv's bindings, these hooks) never appear, as V8 shows no
 * frames for C++ callbacks.
 */
static void push_trace(duk_context *ctx, duv_runtime_t *rt, duk_int_t level, duk_idx_t until_idx,
                       double limit, int skip_ctors) {
  /* The frames' values go on the value stack and become one array at the
   * end (duk_pack sizes it once; growing an array by index through the API
   * turns every index into a string key). */
  duk_idx_t base = duk_get_top(ctx);
  double count = 0;
  int seeking = until_idx != 0;
  int strict_seen = 0;
  for (; count < limit; level--) {
    duk_uint32_t pc, act_flags;
    duk_require_stack(ctx, FRAME_SLOTS + 4);
    if (!duv__duk_inspect_activation(ctx, level, &pc, &act_flags)) break;
    /* [ ... frames func this ] */
    int native = is_native(ctx, -2);
    if (seeking) {
      if (duk_samevalue(ctx, -2, until_idx)) seeking = 0;
      duk_pop_2(ctx);
      continue;
    }
    if (skip_ctors) {
      if (is_error_ctor(rt, duk_get_heapptr(ctx, -2))) {
        duk_pop_2(ctx);
        continue;
      }
      skip_ctors = 0;
    }
    if (native) {
      int named = push_name(ctx, -2);
      duk_pop(ctx);
      if (!named || is_eval_builtin(rt, duk_get_heapptr(ctx, -2))) {
        duk_pop_2(ctx);
        continue;
      }
    }
    /* V8 treats the callers of a strict frame as strict too: getThis()
     * and getFunction() give undefined for them. */
    if (act_flags & DUV__ACT_STRICT) strict_seen = 1;
    unsigned flags = (native ? F_NATIVE : 0) | (strict_seen ? F_STRICT : 0) |
                     ((act_flags & DUV__ACT_CONSTRUCT) ? F_CONSTRUCT : 0) |
                     ((act_flags & DUV__ACT_DIRECT_EVAL) ? F_EVAL : 0);
    duk_push_uint(ctx, pc);
    duk_push_uint(ctx, flags);
    if (flags & F_EVAL)
      push_eval_origin(ctx, level);
    else
      duk_push_undefined(ctx);
    count++;
  }
  duv__duk_pack(ctx, duk_get_top(ctx) - base);
}

/* Error.stackTraceLimit as a frame count, or -1 when it is not a number (V8
 * then captures nothing and `stack` is undefined). */
static double stack_trace_limit(duk_context *ctx, duv_runtime_t *rt) {
  duk_push_heapptr(ctx, rt->error_ctors[0]);
  duk_get_prop_literal(ctx, -1, "stackTraceLimit");
  int is_number = duk_is_number(ctx, -1);
  double limit = duk_get_number(ctx, -1);
  duk_pop_2(ctx);
  if (!is_number) return -1;
  if (limit != limit || limit < 0) return 0; /* NaN, negative */
  return limit;
}

/* Give the object at idx a lazily formatted own `stack` over the trace on top
 * (pops it); a missing trace (undefined) makes `stack` undefined. */
static void install_stack(duk_context *ctx, duv_runtime_t *rt, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_literal(ctx, "stack");
    duk_push_undefined(ctx);
    duk_def_prop(ctx, idx,
                 DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE |
                     DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
    return;
  }
  duk_put_prop_literal(ctx, idx, TRACE_KEY);
  duk_push_literal(ctx, "stack");
  duk_push_heapptr(ctx, rt->stack_getter);
  duk_push_heapptr(ctx, rt->stack_setter);
  duk_def_prop(ctx, idx,
               DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_HAVE_SETTER | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE);
}

/*
 * A compiler error: keep the file and line Duktape recorded in _Tracedata,
 * and take the "(line N)" Duktape appends off the message. With
 * DUK_USE_TRACEBACK_DEPTH at 0, _Tracedata holds at most the compiler's
 * [ file, line ] and the C call site [ "duk_x.c", line | noblame << 32 ] of
 * the error; an error raised by duv's own C code (duk_error) has only a C
 * call site, [ "io/x.c", line ], which must not pass for a script position.
 */
static void note_syntax_error(duk_context *ctx, duk_idx_t err) {
  if (!duk_get_prop_literal(ctx, err, "\x82Tracedata") || !duk_is_array(ctx, -1) ||
      duk_get_length(ctx, -1) < 4) {
    duk_pop(ctx);
    return;
  }
  duk_idx_t td = duk_get_top_index(ctx);
  duk_get_prop_index(ctx, td, 0);
  duk_get_prop_index(ctx, td, 1);
  duk_get_prop_index(ctx, td, 3);
  duk_get_prop_literal(ctx, err, "message");
  /* [ ... tracedata file line cline message ] */
  duk_size_t len;
  const char *msg = duk_get_lstring(ctx, -1, &len);
  const char *cut = msg != NULL ? strstr(msg, " (line ") : NULL;
  if (cut == NULL || msg[len - 1] != ')' || !duk_is_string(ctx, td + 1) ||
      !duk_is_number(ctx, td + 2) || duk_get_number(ctx, td + 2) >= 4294967296.0 ||
      !duk_is_number(ctx, td + 3) || duk_get_number(ctx, td + 3) < 4294967296.0) {
    duk_set_top(ctx, td);
    return;
  }
  int at_end = strstr(cut, "end of input") != NULL;
  duk_size_t keep = (duk_size_t)(cut - msg);
  if (at_end && keep == 11 && strncmp(msg, "parse error", 11) == 0) {
    duk_push_string(ctx, "Unexpected end of input"); /* V8's words for the same fact */
  } else {
    duk_push_lstring(ctx, msg, keep);
    if (at_end) {
      duk_push_string(ctx, " (at end of input)");
      duk_concat(ctx, 2);
    }
  }
  duk_put_prop_literal(ctx, err, "message");
  duk_dup(ctx, td + 1);
  duk_put_prop_literal(ctx, err, SYNTAX_FILE_KEY);
  duk_dup(ctx, td + 2);
  duk_put_prop_literal(ctx, err, SYNTAX_LINE_KEY);
  duk_set_top(ctx, td);
}

static duk_ret_t create_inner(duk_context *ctx, void *udata) {
  duv_runtime_t *rt = udata;
  /* [ err ] */
  if (duk_has_prop_literal(ctx, 0, TRACE_KEY)) return 0; /* Error.captureStackTrace ran */
  note_syntax_error(ctx, 0);
  duk_uint32_t pc, flags;
  int skip_ctors = 0;
  if (duv__duk_inspect_activation(ctx, -2, &pc, &flags)) {
    /* [ err func this ] */
    if (is_error_ctor(rt, duk_get_heapptr(ctx, -2))) {
      skip_ctors = 1;
    } else if ((flags & DUV__ACT_CONSTRUCT) && duk_samevalue(ctx, -1, 0)) {
      /* `new F()` where F.prototype inherits from Error.prototype: V8 gives
       * such objects no stack of their own (they call captureStackTrace). */
      return 0;
    } else if (!is_native(ctx, -2)) {
      rt->engine_error = duk_get_heapptr(ctx, 0);
    }
    duk_pop_2(ctx);
  }
  double limit = stack_trace_limit(ctx, rt);
  if (limit < 0)
    duk_push_undefined(ctx);
  else
    push_trace(ctx, rt, -2, 0, limit, skip_ctors);
  install_stack(ctx, rt, 0);
  return 0;
}

/* Duktape.errCreate(err): must return the error and never throw (a throw
 * here would replace the error). */
static duk_ret_t on_error_create(duk_context *ctx) {
  duk_set_top(ctx, 1);
  if (duk_is_object(ctx, 0)) {
    /* Duktape's safe calls keep the caller's frame: the error stays at 0. */
    duk_safe_call(ctx, create_inner, duv__runtime(ctx), 0, 1);
    duk_set_top(ctx, 1);
  }
  return 1;
}

/* Error.captureStackTrace(targetObject[, constructorOpt]) */
static duk_ret_t capture_stack_trace(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_set_top(ctx, 2);
  if (!duk_is_object(ctx, 0)) return duk_type_error(ctx, "invalid_argument"); /* V8's message */
  double limit = stack_trace_limit(ctx, rt);
  if (limit < 0)
    duk_push_undefined(ctx);
  else
    push_trace(ctx, rt, -2, duk_is_function(ctx, 1) ? 1 : 0, limit, 0);
  install_stack(ctx, rt, 0);
  return 0;
}

/* ---- Facts about one frame ---- */

typedef struct {
  duk_idx_t func, self, origin; /* value stack indices */
  unsigned line, flags;
} frame;

/* Code compiled by eval() or Function(): Duktape names its file "input" or
 * "compile"; V8 gives such code no file name and prints "<anonymous>". */
static int frame_is_eval(duk_context *ctx, const frame *f) {
  if (f->flags & F_EVAL) return 1;
  if (f->flags & F_NATIVE) return 0;
  duk_get_prop_literal(ctx, f->func, "fileName");
  const char *file = duk_get_string(ctx, -1);
  int eval = file != NULL && (strcmp(file, "input") == 0 || strcmp(file, "compile") == 0);
  duk_pop(ctx);
  return eval;
}

static int frame_toplevel(duk_context *ctx, const frame *f) {
  if (duk_is_null_or_undefined(ctx, f->self)) return 1;
  duk_push_global_object(ctx);
  int global = duk_samevalue(ctx, -1, f->self);
  duk_pop(ctx);
  return global;
}

static int frame_method_call(duk_context *ctx, const frame *f) {
  return !(f->flags & F_CONSTRUCT) && !frame_toplevel(ctx, f);
}

/* [ ... ] -> [ ... fileName|undefined ] */
static void push_file_name(duk_context *ctx, const frame *f) {
  if ((f->flags & F_NATIVE) || frame_is_eval(ctx, f)) {
    duk_push_undefined(ctx);
    return;
  }
  duk_get_prop_literal(ctx, f->func, "fileName");
  if (!duk_is_string(ctx, -1)) {
    duk_pop(ctx);
    duk_push_undefined(ctx);
  }
}

/* [ ... ] -> [ ... name|null ]: V8 gives null for an anonymous function. */
static void push_function_name(duk_context *ctx, const frame *f) {
  int named = push_name(ctx, f->func);
  /* Duktape names a script's global code "global"; V8 leaves it unnamed. */
  if (named && !(f->flags & F_NATIVE) && strcmp(duk_get_string(ctx, -1), "global") == 0 &&
      frame_toplevel(ctx, f))
    named = 0;
  if (!named) {
    duk_pop(ctx);
    duk_push_null(ctx);
  }
}

/* [ ... ] -> [ ... typeName|null ]: Symbol.toStringTag, the class of
 * JSON/Math, the constructor's name, or "Object", as V8 names receivers. */
static void push_type_name(duk_context *ctx, const frame *f) {
  if (duk_is_null_or_undefined(ctx, f->self) || frame_toplevel(ctx, f)) {
    duk_push_null(ctx);
    return;
  }
  duk_dup(ctx, f->self);
  duk_to_object(ctx, -1);
  duk_idx_t obj = duk_get_top_index(ctx);
  if (duk_get_global_string(ctx, "Symbol") && duk_is_function(ctx, -1)) {
    duk_get_prop_literal(ctx, -1, "toStringTag");
    if (duk_is_symbol(ctx, -1) && duk_get_prop(ctx, obj) && duk_is_string(ctx, -1)) {
      duk_replace(ctx, obj);
      duk_pop(ctx);
      return;
    }
    duk_pop(ctx);
  }
  duk_pop(ctx);
  duk_get_global_string(ctx, "Object");
  duk_get_prop_literal(ctx, -1, "prototype");
  duk_get_prop_literal(ctx, -1, "toString");
  duk_dup(ctx, obj);
  duk_call_method(ctx, 0); /* "[object Class]" */
  const char *cls = duk_get_string(ctx, -1);
  if (strcmp(cls, "[object JSON]") == 0 || strcmp(cls, "[object Math]") == 0) {
    duk_push_lstring(ctx, cls + 8, strlen(cls) - 9);
    duk_replace(ctx, obj);
    duk_pop_3(ctx);
    return;
  }
  duk_pop_3(ctx);
  duk_get_prop_literal(ctx, obj, "constructor");
  if (duk_is_function(ctx, -1)) {
    if (push_name(ctx, -1)) {
      duk_replace(ctx, obj);
      duk_pop(ctx);
      return;
    }
    duk_pop(ctx);
  }
  duk_pop(ctx);
  duk_push_string(ctx, "Object");
  duk_replace(ctx, obj);
}

/* Whether the object at obj_idx has an own data property `key` holding the
 * frame's function (getters are not run). */
static int own_data_is(duk_context *ctx, duk_idx_t obj_idx, duk_idx_t func_idx) {
  /* [ ... key ] -> [ ... key desc ] */
  duk_dup(ctx, -1);
  duk_get_prop_desc(ctx, obj_idx, 0);
  int found = 0;
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_literal(ctx, -1, "value");
    found = duk_samevalue(ctx, -1, func_idx);
    duk_pop(ctx);
  }
  duk_pop(ctx);
  return found;
}

/* [ ... ] -> [ ... methodName|null ]: the property of the receiver or its
 * prototypes that holds the function. */
static void push_method_name(duk_context *ctx, const frame *f) {
  if (duk_is_null_or_undefined(ctx, f->self)) {
    duk_push_null(ctx);
    return;
  }
  duk_dup(ctx, f->self);
  duk_to_object(ctx, -1);
  duk_idx_t obj = duk_get_top_index(ctx);
  int named = push_name(ctx, f->func);
  duk_idx_t fname = duk_get_top_index(ctx);
  /* Object.prototype's and Function.prototype's own methods are never the
   * method of a frame worth naming by them: stop there (it saves most of the
   * cost of formatting). */
  duk_get_global_literal(ctx, "Object");
  duk_get_prop_literal(ctx, -1, "prototype");
  void *object_proto = duk_get_heapptr(ctx, -1);
  duk_get_global_literal(ctx, "Function");
  duk_get_prop_literal(ctx, -1, "prototype");
  void *function_proto = duk_get_heapptr(ctx, -1);
  duk_pop_n(ctx, 4);
  for (int depth = 0; depth < 32 && duk_is_object(ctx, obj); depth++) {
    void *here = duk_get_heapptr(ctx, obj);
    if (depth > 0 && (here == object_proto || here == function_proto)) break;
    if (named) {
      duk_dup(ctx, fname);
      if (own_data_is(ctx, obj, f->func)) {
        duk_replace(ctx, obj);
        duk_pop(ctx);
        return;
      }
      duk_pop(ctx);
    }
    duk_enum(ctx, obj, DUK_ENUM_OWN_PROPERTIES_ONLY | DUK_ENUM_INCLUDE_NONENUMERABLE);
    for (int i = 0; i < 2000 && duk_next(ctx, -1, 0); i++) {
      if (duk_is_string(ctx, -1) && own_data_is(ctx, obj, f->func)) {
        duk_replace(ctx, obj);
        duk_pop_2(ctx);
        return;
      }
      duk_pop(ctx);
    }
    duk_pop(ctx);
    duk_get_prototype(ctx, obj);
    duk_replace(ctx, obj);
  }
  duk_pop_2(ctx);
  duk_push_null(ctx);
}

/* [ ... ] -> [ ... "fn (file:line)" ]: V8's CallSite toString. */
static void push_frame_string(duk_context *ctx, const frame *f) {
  duk_idx_t base = duk_get_top(ctx);
  push_file_name(ctx, f);
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    if (duk_is_string(ctx, f->origin))
      duk_push_sprintf(ctx, "%s, <anonymous>", duk_get_string(ctx, f->origin));
    else
      duk_push_string(ctx, "<anonymous>");
  }
  if (f->line > 0) {
    duk_push_sprintf(ctx, ":%u", f->line);
    duk_concat(ctx, 2);
  }
  duk_idx_t loc = base;
  push_function_name(ctx, f);
  const char *fn = duk_get_string(ctx, -1); /* NULL when anonymous */
  if (frame_method_call(ctx, f)) {
    push_type_name(ctx, f);
    push_method_name(ctx, f);
    const char *type = duk_get_string(ctx, -2);
    const char *method = duk_get_string(ctx, -1);
    if (fn != NULL) {
      size_t tl = type ? strlen(type) : 0, fl = strlen(fn), ml = method ? strlen(method) : 0;
      int prefixed = type && fl > tl && strncmp(fn, type, tl) == 0 && fn[tl] == '.';
      int ends = method && (fl == ml || (fl > ml && fn[fl - ml - 1] == '.')) &&
                 strcmp(fn + fl - ml, method) == 0;
      duk_push_sprintf(ctx, "%s%s%s%s%s%s", type && !prefixed ? type : "",
                       type && !prefixed ? "." : "", fn, method && !ends ? " [as " : "",
                       method && !ends ? method : "", method && !ends ? "]" : "");
    } else {
      duk_push_sprintf(ctx, "%s%s%s", type ? type : "", type ? "." : "",
                       method ? method : "<anonymous>");
    }
  } else if (f->flags & F_CONSTRUCT) {
    duk_push_sprintf(ctx, "new %s", fn ? fn : "<anonymous>");
  } else if (fn != NULL) {
    duk_push_string(ctx, fn);
  } else {
    duk_dup(ctx, loc);
    duk_replace(ctx, base);
    duk_set_top(ctx, base + 1);
    return;
  }
  duk_push_sprintf(ctx, "%s (%s)", duk_get_string(ctx, -1), duk_get_string(ctx, loc));
  duk_replace(ctx, base);
  duk_set_top(ctx, base + 1);
}

/* [ ... trace ] -> [ ... trace func this origin ], filling *f for frame i. */
static void load_frame(duk_context *ctx, duk_idx_t trace, duk_uarridx_t i, frame *f) {
  duk_get_prop_index(ctx, trace, i * FRAME_SLOTS + 2);
  duk_uint32_t pc = duk_get_uint(ctx, -1);
  duk_get_prop_index(ctx, trace, i * FRAME_SLOTS + 3);
  f->flags = duk_get_uint(ctx, -1);
  duk_pop_2(ctx);
  duk_get_prop_index(ctx, trace, i * FRAME_SLOTS);
  f->func = duk_get_top_index(ctx);
  f->line = duv__duk_pc2line(ctx, f->func, pc);
  duk_get_prop_index(ctx, trace, i * FRAME_SLOTS + 1);
  f->self = duk_get_top_index(ctx);
  duk_get_prop_index(ctx, trace, i * FRAME_SLOTS + 4);
  f->origin = duk_get_top_index(ctx);
}

/* ---- CallSite ---- */

/* [ ... ] -> [ ... func this ] from the CallSite `this`. */
static void callsite_frame(duk_context *ctx, frame *f) {
  duk_push_this(ctx);
  if (!duk_get_prop_literal(ctx, -1, CS_FRAME_KEY) || !duk_is_array(ctx, -1))
    (void)duk_type_error(ctx, "CallSite method called on a non-CallSite");
  load_frame(ctx, duk_get_top_index(ctx), 0, f);
}

static duk_ret_t cs_get_this(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  if (f.flags & F_STRICT) return 0;
  duk_dup(ctx, f.self);
  return 1;
}
static duk_ret_t cs_get_function(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  if (f.flags & F_STRICT) return 0;
  duk_dup(ctx, f.func);
  return 1;
}
static duk_ret_t cs_get_type_name(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  push_type_name(ctx, &f);
  return 1;
}
static duk_ret_t cs_get_function_name(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  push_function_name(ctx, &f);
  return 1;
}
static duk_ret_t cs_get_method_name(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  if (!frame_method_call(ctx, &f)) {
    duk_push_null(ctx);
    return 1;
  }
  push_method_name(ctx, &f);
  return 1;
}
static duk_ret_t cs_get_file_name(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  push_file_name(ctx, &f);
  return 1;
}
static duk_ret_t cs_get_line_number(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  if (f.line == 0)
    duk_push_null(ctx);
  else
    duk_push_uint(ctx, f.line);
  return 1;
}
static duk_ret_t cs_null(duk_context *ctx) {
  duk_push_null(ctx);
  return 1;
}
static duk_ret_t cs_false(duk_context *ctx) {
  duk_push_false(ctx);
  return 1;
}
static duk_ret_t cs_get_eval_origin(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  if (!frame_is_eval(ctx, &f) || !duk_is_string(ctx, f.origin)) return 0;
  duk_dup(ctx, f.origin);
  return 1;
}
static duk_ret_t cs_is_toplevel(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  duk_push_boolean(ctx, !(f.flags & F_CONSTRUCT) && frame_toplevel(ctx, &f));
  return 1;
}
static duk_ret_t cs_is_eval(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  duk_push_boolean(ctx, frame_is_eval(ctx, &f));
  return 1;
}
static duk_ret_t cs_is_constructor(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  duk_push_boolean(ctx, (f.flags & F_CONSTRUCT) != 0);
  return 1;
}
static duk_ret_t cs_to_string(duk_context *ctx) {
  frame f;
  callsite_frame(ctx, &f);
  push_frame_string(ctx, &f);
  return 1;
}

/* [ ... trace ] -> [ ... trace callsites ] */
static void push_callsites(duk_context *ctx, duv_runtime_t *rt, duk_idx_t trace) {
  duk_uarridx_t n = (duk_uarridx_t)duk_get_length(ctx, trace) / FRAME_SLOTS;
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < n; i++) {
    duk_push_object(ctx);
    duk_push_heapptr(ctx, rt->callsite_proto);
    duk_set_prototype(ctx, -2);
    duk_push_bare_array(ctx);
    for (duk_uarridx_t k = 0; k < FRAME_SLOTS; k++) {
      duk_get_prop_index(ctx, trace, i * FRAME_SLOTS + k);
      duk_put_prop_index(ctx, -2, k);
    }
    duk_put_prop_literal(ctx, -2, CS_FRAME_KEY);
    duk_put_prop_index(ctx, -2, i);
  }
}

/* ---- Formatting ---- */

/* [ ... sep ] -> [ ... joined ]: the array at arr_idx joined with sep. */
static void join_array(duk_context *ctx, duk_idx_t arr_idx) {
  arr_idx = duk_normalize_index(ctx, arr_idx);
  duk_uarridx_t n = (duk_uarridx_t)duk_get_length(ctx, arr_idx);
  duk_idx_t sep = duk_get_top_index(ctx);
  for (duk_uarridx_t i = 0; i < n; i++) {
    if (i > 0) duk_dup(ctx, sep);
    duk_get_prop_index(ctx, arr_idx, i);
  }
  duk_concat(ctx, n == 0 ? 0 : (duk_idx_t)(2 * n - 1));
  duk_remove(ctx, sep);
}

/* [ ... err ] -> [ ... err header ]: V8's ErrorUtils::ToString. */
static void push_header(duk_context *ctx, duk_idx_t err) {
  duk_get_prop_literal(ctx, err, "name");
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, "Error");
  }
  duk_to_string(ctx, -1);
  duk_get_prop_literal(ctx, err, "message");
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, "");
  }
  duk_to_string(ctx, -1);
  duv__join_error_header(ctx);
}

/* [ err trace ] -> [ err trace ... string ] */
static duk_ret_t format_default(duk_context *ctx) {
  duk_uarridx_t n = (duk_uarridx_t)duk_get_length(ctx, 1) / FRAME_SLOTS;
  duk_require_stack(ctx, (duk_idx_t)(2 * n + 8));
  duk_idx_t base = duk_get_top(ctx);
  push_header(ctx, 0);
  for (duk_uarridx_t i = 0; i < n; i++) {
    frame f;
    duk_push_literal(ctx, "\n    at ");
    load_frame(ctx, 1, i, &f);
    push_frame_string(ctx, &f);
    /* [ ... sep func this origin text ] -> [ ... sep text ] */
    duk_replace(ctx, f.func);
    duk_pop_2(ctx);
  }
  duk_concat(ctx, duk_get_top(ctx) - base);
  return 1;
}

/* Error.prepareStackTrace(error, callSites) as Node 20 installs it: the
 * default format, over CallSite objects of any origin. */
static duk_ret_t default_prepare(duk_context *ctx) {
  duk_set_top(ctx, 2);
  duk_push_array(ctx); /* 2 */
  if (duk_is_object(ctx, 0))
    push_header(ctx, 0);
  else
    duk_push_string(ctx, "Error");
  duk_put_prop_index(ctx, 2, 0);
  duk_uarridx_t n = duk_is_object(ctx, 1) ? (duk_uarridx_t)duk_get_length(ctx, 1) : 0;
  for (duk_uarridx_t i = 0; i < n; i++) {
    duk_get_prop_index(ctx, 1, i);
    duk_to_string(ctx, -1);
    duk_put_prop_index(ctx, 2, i + 1);
  }
  duk_push_string(ctx, "\n    at ");
  join_array(ctx, 2);
  return 1;
}

/* [ ... obj value ] -> [ ... undefined ]: `stack` becomes a plain data
 * property of obj and the raw frames go. */
static duk_ret_t settle_stack(duk_context *ctx, void *udata) {
  (void)udata;
  duk_idx_t obj = duk_get_top(ctx) - 2;
  duk_push_literal(ctx, "stack");
  duk_dup(ctx, obj + 1);
  duk_def_prop(ctx, obj,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE);
  /* The raw frames go, but the key stays (as true): Duktape calls the
   * create hook again when a constructor returns this error (`new AE()`
   * whose body made and captured it), and a captured error keeps its trace. */
  duk_push_true(ctx);
  duk_put_prop_literal(ctx, obj, TRACE_KEY);
  return 0;
}

/* The `stack` getter: format once, then become a data property. */
static duk_ret_t stack_get(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  duk_push_this(ctx); /* 0: err */
  if (!duk_is_object(ctx, 0)) return 0;
  duk_get_prop_literal(ctx, 0, TRACE_KEY); /* 1: trace */
  if (!duk_is_array(ctx, 1)) return 0;
  int prepared = 0;
  if (!rt->preparing_stack) {
    duk_push_heapptr(ctx, rt->error_ctors[0]);
    duk_get_prop_literal(ctx, -1, "prepareStackTrace");
    if (duk_is_function(ctx, -1) && duk_get_heapptr(ctx, -1) != rt->default_prepare) {
      duk_push_undefined(ctx);
      duk_dup(ctx, 0);
      push_callsites(ctx, rt, 1);
      rt->preparing_stack++;
      int rc = duk_pcall_method(ctx, 2);
      rt->preparing_stack--;
      if (rc != 0) return duk_throw(ctx);
      prepared = 1;
    } else {
      duk_pop_2(ctx);
    }
  }
  if (!prepared) format_default(ctx);
  /* A frozen error cannot take the value: it is then formatted per read. */
  duk_dup(ctx, 0);
  duk_dup(ctx, -2);
  duk_safe_call(ctx, settle_stack, NULL, 2, 1);
  duk_pop(ctx);
  return 1;
}

static duk_ret_t stack_set(duk_context *ctx) {
  duk_set_top(ctx, 1);
  duk_push_this(ctx);
  if (!duk_is_object(ctx, -1)) return 0;
  duk_dup(ctx, 0);
  settle_stack(ctx, NULL);
  return 0;
}

/* ---- Throw sites ---- */

static duk_ret_t throw_inner(duk_context *ctx, void *udata) {
  duv_runtime_t *rt = udata;
  /* [ value ] */
  void *p = duk_is_object(ctx, 0) ? duk_get_heapptr(ctx, 0) : NULL;
  int engine = p != NULL && p == rt->engine_error;
  rt->engine_error = NULL;
  duk_push_heapptr(ctx, rt->throw_site); /* 1: [ value, func, pc, statement ] */
  duk_uint32_t pc, flags;
  int statement = !engine;
  for (duk_int_t level = -2;; level--) {
    if (!duv__duk_inspect_activation(ctx, level, &pc, &flags)) return 0;
    if (!is_native(ctx, -2)) break;
    if (level == -2) {
      /* A native rethrowing what a JS frame threw keeps that site. */
      duk_get_prop_index(ctx, 1, 0);
      int same = duk_samevalue(ctx, -1, 0);
      duk_pop(ctx);
      if (same) return 0;
    }
    statement = 0;
    duk_pop_2(ctx);
  }
  duk_pop(ctx); /* this */
  duk_put_prop_index(ctx, 1, 1);
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, 1, 0);
  duk_push_uint(ctx, pc);
  duk_put_prop_index(ctx, 1, 2);
  duk_push_boolean(ctx, statement);
  duk_put_prop_index(ctx, 1, 3);
  return 0;
}

/* Duktape.errThrow(value): runs before every throw; returns the value. */
static duk_ret_t on_error_throw(duk_context *ctx) {
  duk_set_top(ctx, 1);
  duk_safe_call(ctx, throw_inner, duv__runtime(ctx), 0, 1);
  duk_set_top(ctx, 1);
  return 1;
}

/* throwSite(value) -> { file, line, statement } of the last throw when it
 * threw this value, else undefined. The site keeps a pc; its line is decoded
 * here, not on every throw. */
static duk_ret_t js_throw_site(duk_context *ctx) {
  duk_set_top(ctx, 1);
  duk_push_heapptr(ctx, duv__runtime(ctx)->throw_site);
  duk_get_prop_index(ctx, 1, 0);
  if (!duk_samevalue(ctx, -1, 0)) return 0;
  duk_push_object(ctx);
  duk_get_prop_index(ctx, 1, 1);
  duk_get_prop_literal(ctx, -1, "fileName");
  duk_put_prop_literal(ctx, -3, "file");
  duk_get_prop_index(ctx, 1, 2);
  duk_push_uint(ctx, duv__duk_pc2line(ctx, -2, duk_get_uint(ctx, -1)));
  duk_put_prop_literal(ctx, -4, "line");
  duk_pop_2(ctx);
  duk_get_prop_index(ctx, 1, 3);
  duk_put_prop_literal(ctx, -2, "statement");
  return 1;
}

/* errorSite(err) -> { file, line } of a syntax error, or of the innermost
 * frame with a file name, else undefined. Formats nothing. */
static duk_ret_t js_error_site(duk_context *ctx) {
  duk_set_top(ctx, 1);
  if (!duk_is_object(ctx, 0)) return 0;
  duk_push_object(ctx); /* 1 */
  if (duk_get_prop_literal(ctx, 0, SYNTAX_FILE_KEY)) {
    duk_put_prop_literal(ctx, 1, "file");
    duk_get_prop_literal(ctx, 0, SYNTAX_LINE_KEY);
    duk_put_prop_literal(ctx, 1, "line");
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, 1, "syntax");
    return 1;
  }
  duk_pop(ctx);
  duk_get_prop_literal(ctx, 0, TRACE_KEY); /* 2 */
  if (!duk_is_array(ctx, 2)) return 0;
  duk_uarridx_t n = (duk_uarridx_t)duk_get_length(ctx, 2) / FRAME_SLOTS;
  for (duk_uarridx_t i = 0; i < n; i++) {
    frame f;
    load_frame(ctx, 2, i, &f);
    push_file_name(ctx, &f);
    if (duk_is_string(ctx, -1) && f.line > 0) {
      duk_put_prop_literal(ctx, 1, "file");
      duk_push_uint(ctx, f.line);
      duk_put_prop_literal(ctx, 1, "line");
      duk_dup(ctx, 1);
      return 1;
    }
    duk_pop_n(ctx, 4);
  }
  return 0;
}

/* builtinSource(id) -> the source text of built-in module `id` (the
 * report shows lines of node:<id> files as Node does), or undefined. */
static duk_ret_t js_builtin_source(duk_context *ctx) {
  size_t len;
  const char *src = duv__builtin_js_source(duk_require_string(ctx, 0), &len);
  if (src == NULL) return 0;
  duk_push_lstring(ctx, src, len);
  return 1;
}

void duv__binding_errors(duk_context *ctx) {
  static const duk_function_list_entry fns[] = {{"throwSite", js_throw_site, 1},
                                                {"errorSite", js_error_site, 1},
                                                {"builtinSource", js_builtin_source, 1},
                                                {NULL, NULL, 0}};
  duv__put_functions(ctx, fns);
}

/* ---- Setup ---- */

static void put_hidden_function(duk_context *ctx, const char *key, duk_c_function fn,
                                duk_idx_t nargs) {
  duk_push_string(ctx, key);
  duk_push_c_function(ctx, fn, nargs);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WRITABLE | DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_CLEAR_CONFIGURABLE | DUK_DEFPROP_FORCE);
}

void duv__stacktrace_setup(duk_context *ctx) {
  duv_runtime_t *rt = duv__runtime(ctx);
  static const duk_function_list_entry callsite_fns[] = {
      {"getThis", cs_get_this, 0},
      {"getTypeName", cs_get_type_name, 0},
      {"getFunction", cs_get_function, 0},
      {"getFunctionName", cs_get_function_name, 0},
      {"getMethodName", cs_get_method_name, 0},
      {"getFileName", cs_get_file_name, 0},
      {"getLineNumber", cs_get_line_number, 0},
      {"getColumnNumber", cs_null, 0},
      {"getEvalOrigin", cs_get_eval_origin, 0},
      {"isToplevel", cs_is_toplevel, 0},
      {"isEval", cs_is_eval, 0},
      {"isNative", cs_false, 0},
      {"isConstructor", cs_is_constructor, 0},
      {"isAsync", cs_false, 0},
      {"isPromiseAll", cs_false, 0},
      {"getPromiseIndex", cs_null, 0},
      {"getScriptNameOrSourceURL", cs_get_file_name, 0},
      {"toString", cs_to_string, 0},
      {NULL, NULL, 0}};

  /* Objects the stash keeps alive and C reaches by heap pointer. */
  duk_push_array(ctx);
  duk_push_c_function(ctx, stack_get, 0);
  rt->stack_getter = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_c_function(ctx, stack_set, 1);
  rt->stack_setter = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, -2, 1);
  duk_push_object(ctx);
  duv__put_functions(ctx, callsite_fns);
  rt->callsite_proto = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, -2, 2);
  for (size_t i = 0; i < sizeof(error_ctor_names) / sizeof(error_ctor_names[0]); i++) {
    duk_get_global_string(ctx, error_ctor_names[i]);
    rt->error_ctors[i] = duk_get_heapptr(ctx, -1);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)(3 + i));
  }
  duk_get_global_string(ctx, "eval");
  rt->eval_fn = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, -2, 20);
  duk_push_c_function(ctx, default_prepare, 2);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "ErrorPrepareStackTrace");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  rt->default_prepare = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, -2, 21);
  duv__stash_put(ctx, STASH_STACK_ACCESSORS);
  /* Filled in index order now, so that later writes stay in the array part. */
  duk_push_bare_array(ctx);
  for (duk_uarridx_t i = 0; i < 4; i++) {
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, i);
  }
  rt->throw_site = duk_get_heapptr(ctx, -1);
  duv__stash_put(ctx, STASH_THROW_SITE);

  /* V8 has no stack, fileName or lineNumber on Error.prototype. */
  duk_get_global_string(ctx, "Error");
  duk_get_prop_literal(ctx, -1, "prototype");
  duk_del_prop_literal(ctx, -1, "stack");
  duk_del_prop_literal(ctx, -1, "fileName");
  duk_del_prop_literal(ctx, -1, "lineNumber");
  duk_pop(ctx);
  duk_push_int(ctx, 10);
  duk_put_prop_literal(ctx, -2, "stackTraceLimit");
  duk_push_heapptr(ctx, rt->default_prepare);
  duk_put_prop_literal(ctx, -2, "prepareStackTrace");
  duk_push_c_function(ctx, capture_stack_trace, 2);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "captureStackTrace");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_put_prop_literal(ctx, -2, "captureStackTrace");
  duk_pop(ctx);

  duk_get_global_string(ctx, "Duktape");
  put_hidden_function(ctx, "errCreate", on_error_create, 1);
  put_hidden_function(ctx, "errThrow", on_error_throw, 1);
  duk_pop(ctx);
}
