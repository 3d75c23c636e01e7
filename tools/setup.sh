#!/bin/sh
# Installs what duv needs to build and test, from Debian's packages and npm.
# Idempotent and quick when everything is already there.
set -eu

PACKAGES="build-essential scons pkg-config duktape-dev libuv1-dev libpcre2-dev zlib1g-dev check nodejs npm"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# The machine may carry a Node.js that was not installed from Debian's archive;
# any `node` and `npm` on the PATH serve the tests.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | sed -e 's/ nodejs//' -e 's/ npm//')
fi
if [ -n "$(echo "$missing" | tr -d ' ')" ]; then
    echo "setup: installing$missing"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

# npm packages used by the tests only (never by the library).
top=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = "--test" ]; then
    if ! cmp -s "$top/test/package.json" "$top/test/node_modules/.duv-installed" 2>/dev/null; then
        (cd "$top/test" && npm install --no-audit --no-fund --loglevel=error)
        cp "$top/test/package.json" "$top/test/node_modules/.duv-installed"
    fi
fi
