#!/bin/sh
# The whole test suite, as CI runs it: set-up, then the release build's suite,
# the same suite under AddressSanitizer + UBSan, and the C unit tests under
# ThreadSanitizer. The last line sums them.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh tools/setup.sh --test || exit 1
status=0
for mode in release asan; do
    rm -f build/$mode/test-results.json
    scons -Q -j2 mode=$mode test || status=1
done
# The C unit tests again under ThreadSanitizer (runtimes on many threads,
# channels from other threads); the JS tests run on one thread each.
rm -f build/tsan/test-results.json
{ scons -Q -j2 mode=tsan unit && python3 test/run.py --build build/tsan /test/unit/; } || status=1
python3 - <<'PY'
import json
p = f = 0
for mode in ('release', 'asan', 'tsan'):
    try:
        r = json.load(open('build/%s/test-results.json' % mode))
    except OSError:
        f += 1
        continue
    p += r['passed']; f += r['failed']
print('%d passed, %d failed' % (p, f))
PY
exit $status
