#!/bin/sh
# The bundle's three selftests (docs/packaging.md), each in its own temporary folder:
#   1. as built;
#   2. a copy in another folder, run from there while the original is moved away
#      (nothing in the bundle may point at the folder it was built in);
#   3. with HOME pointing at an empty folder (a facilitator's first start), which it must
#      leave without a trace of Startdag.
# Usage: sh packaging/selftest-bundle.sh [dist/Startdag]
set -eu
bundle=$(cd "${1:-dist/Startdag}" && pwd)
tmp=$(mktemp -d)
away="$bundle.away"
cleanup() {
    if [ -d "$away" ]; then mv "$away" "$bundle"; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "== selftest 1/3: $bundle as built"
"$bundle/Startdag" --selftest

echo "== selftest 2/3: a copy in another folder, the original moved away"
cp -a "$bundle" "$tmp/Startdag kopie"
mv "$bundle" "$away"
(cd / && "$tmp/Startdag kopie/Startdag" --selftest)
mv "$away" "$bundle"

echo "== selftest 3/3: HOME pointing at an empty folder"
mkdir "$tmp/home"
(cd "$tmp" && env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_RUNTIME_DIR \
    HOME="$tmp/home" "$bundle/Startdag" --selftest)
# and it left that HOME as it found it: no backups, demo or settings of Startdag's
left=$(find "$tmp/home" -iname '*startdag*')
if [ -n "$left" ]; then
    echo "the selftest wrote into HOME: $left" >&2
    exit 1
fi
echo "== HOME untouched"
