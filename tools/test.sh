#!/bin/sh
# The whole test suite, as CI runs it: set-up, then the release build's suite
# and the same suite under AddressSanitizer + UBSan. The last line sums both.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
sh tools/setup.sh --test || exit 1
status=0
for mode in release asan; do
    rm -f build/$mode/test-results.json
    scons -Q -j2 mode=$mode test || status=1
done
python3 - <<'PY'
import json
p = f = 0
for mode in ('release', 'asan'):
    try:
        r = json.load(open('build/%s/test-results.json' % mode))
    except OSError:
        f += 1
        continue
    p += r['passed']; f += r['failed']
print('%d passed, %d failed' % (p, f))
PY
exit $status
