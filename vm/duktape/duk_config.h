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
 * JSON.stringify fast path: measured in test/bench, see docs/build.md.
 */
#define DUK_USE_JSON_STRINGIFY_FASTPATH

#endif
