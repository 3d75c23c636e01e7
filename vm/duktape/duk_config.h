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
 * Date.parse: after Duktape's ISO 8601 parser fails, try the formats V8 accepts
 * (RFC 1123 as in HTTP headers, Date.prototype.toString output, ...).
 */
#undef DUK_USE_DATE_PARSE_STRING
#define DUK_USE_DATE_PARSE_STRING(ctx, str) duv__date_parse_string((ctx), (str))
struct duk_hthread;
int duv__date_parse_string(struct duk_hthread *ctx, const char *str);

/* Node's default Error.stackTraceLimit is 10; Duktape's traceback depth agrees. */

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
