#!/usr/bin/env bash
# Build the sites the browser tests use: the shipped campaign, and the fixture campaign of
# tests/testsuite (it has an Arabic, right-to-left locale) with the repository's theme.
# Prints the two output folders as shell assignments.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${HAVEN_BROWSER_WORK:-$repo/target/browser-sites}"
bin="$repo/target/debug/haven"
rm -rf "$work"
mkdir -p "$work"
"$bin" build "$repo" --out "$work/shipped" --quiet 2>/dev/null
cp -r "$repo/tests/testsuite/fixtures/basic" "$work/fixture-src"
cp -r "$repo/themes" "$work/fixture-src/themes"
cp "$repo/locales/en/main.ftl" "$work/fixture-src/locales/en/main.ftl"
"$bin" build "$work/fixture-src" --out "$work/fixture" --quiet 2>/dev/null
"$bin" bundle "$work/fixture-src" --country ch --out "$work/bundles" --quiet 2>/dev/null
python3 -m zipfile -e "$work/bundles/haven-ch.zip" "$work/unpacked"
echo "export HAVEN_SHIPPED_OUT=$work/shipped HAVEN_FIXTURE_OUT=$work/fixture HAVEN_BUNDLE_OUT=$work/unpacked/haven-ch"
