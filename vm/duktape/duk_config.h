/*
 * duv's Duktape configuration: Debian's duk_config.h, then our overrides.
 *
 * The amalgamation (copied from the duktape-dev package into build/<mode>/duktape/)
 * and every duv source that includes duktape.h see this file first, so the engine
 * and the library always agree on the configuration.
 */
#ifndef DUV_DUK_CONFIG_H
#define DUV_DUK_CONFIG_H

#include DUV_DUK_BASE_CONFIG

/*
 * Interrupt counter with an execution check: the hook through which a host stops
 * a runaway script, and through which process.exit() unwinds the running script
 * (Duktape keeps throwing from every catch point while the check says so).
 * Its cost, measured in test/bench: 0.5% on the compute set (3% on fib, the
 * call-heaviest program); docs/performance.md.
 */
#define DUK_USE_INTERRUPT_COUNTER
#undef DUK_USE_EXEC_TIMEOUT_CHECK
#define DUK_USE_EXEC_TIMEOUT_CHECK(udata) duv__exec_should_stop((udata))
int duv__exec_should_stop(void *udata);

/*
 * Date.parse: V8's rules, the ES format and the formats V8's legacy parser
 * accepts (RFC 1123 as in HTTP headers, Date.prototype.toString output, ...).
 * Called before Duktape's own ISO 8601 parser
 * (patches/0004-date-parse-hook-first.patch); it decides every string.
 */
#undef DUK_USE_DATE_PARSE_STRING
#define DUK_USE_DATE_PARSE_STRING(ctx, str) duv__date_parse_string((ctx), (str))
struct duk_hthread;
int duv__date_parse_string(struct duk_hthread *ctx, const char *str);

/*
 * Duktape's API stays inside libduv: hosts and addons use include/duv.h, and a
 * host that links its own Duktape must not clash with ours.
 */
#undef DUK_EXTERNAL_DECL
#undef DUK_EXTERNAL
#define DUK_EXTERNAL_DECL __attribute__((visibility("hidden"))) extern
#define DUK_EXTERNAL __attribute__((visibility("hidden")))

/*
 * Stack traces are captured by vm/stacktrace.c (Duktape.errCreate), up to
 * Error.stackTraceLimit frames. Duktape's own _Tracedata then only needs the
 * compiler's file and line for a SyntaxError, so it records no frames.
 */
#undef DUK_USE_TRACEBACK_DEPTH
#define DUK_USE_TRACEBACK_DEPTH 0

/*
 * No tail calls: `return f()` would replace the caller's activation, and the
 * caller would be missing from stack traces and CallSites (depd asks for its
 * caller's caller). V8 has no tail calls either, so Node code does not rely
 * on them for stack depth.
 */
#undef DUK_USE_TAILCALL

/*
 * Mark-and-sweep marks recursively; past this depth it flags objects and
 * rescans the whole heap once per further `depth` levels, which made marking
 * a chain of 100000 pending promises (p = p.then(...) in a loop) quadratic:
 * 0.8 s at Duktape's default of 256, 0.2 s at 4096. A level is one frame of
 * duk__mark_heaphdr, about 56 bytes of C stack in a release build, so 4096
 * levels stay under 256 KB, well inside any thread's stack.
 */
#undef DUK_USE_MARK_AND_SWEEP_RECLIMIT
#define DUK_USE_MARK_AND_SWEEP_RECLIMIT 4096

/*
 * JSON.stringify fast path: without it test/bench/compute/json.js takes 24%
 * longer; it pays (docs/performance.md).
 */
#define DUK_USE_JSON_STRINGIFY_FASTPATH

/*
 * Measured and left at Debian's setting (docs/performance.md): DUK_USE_FASTINT
 * (off: 2% slower overall, 11% on fib), DUK_USE_STRTAB_MINSIZE (a larger
 * initial string table changed nothing), DUK_USE_LIGHTFUNC_BUILTINS (off: no
 * measurable RSS gain, and built-in functions would lose their properties).
 * DUK_USE_PREFER_SIZE and DUK_USE_REFZERO_FINALIZER_TORTURE stay off.
 */

#endif
