/*
 * Force-included into duktape.c only (SConscript): gives each of the
 * object's code sections a 64-byte alignment, so that the engine's hot loops
 * sit at the same offsets within cache lines wherever the linker places the
 * object. Without it the interpreter's speed moved by up to 10% on some
 * workloads with the size of whatever was linked before Duktape (duv against
 * the bare harness, test/bench; docs/performance.md). The functions are
 * empty and never called; only their alignment matters.
 */
#if defined(__GNUC__)
__attribute__((aligned(64), used)) static void duv__align_text(void) {}
__attribute__((aligned(64), used, hot)) static void duv__align_text_hot(void) {}
__attribute__((aligned(64), used, cold)) static void duv__align_text_unlikely(void) {}
#endif
