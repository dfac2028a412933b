#!/usr/bin/env bash
# Run the browser tests. Installs what they need when missing: Debian's chromium, Java for the
# Nu HTML Checker, and the npm packages from the committed lock file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "== npm ci (tests/browser)"
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
(cd "$repo" && cargo build --locked --quiet)
eval "$(bash "$here/build-sites.sh")"
cd "$here"
node --test --test-concurrency=1 --test-reporter=spec
