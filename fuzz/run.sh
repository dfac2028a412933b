#!/usr/bin/env bash
# Run every fuzz target for SECONDS seconds (default 60): front matter, Fluent, Markdown.
# cargo-fuzz is installed from crates.io when missing. Its sanitizer flags need unstable rustc
# options; RUSTC_BOOTSTRAP=1 allows them on the machine's stable toolchain.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet
export RUSTC_BOOTSTRAP=1
for target in front_matter fluent markdown; do
  echo "-- $target (${seconds} s)"
  log="$(mktemp)"
  if ! cargo fuzz run -O "$target" -- -max_total_time="$seconds" -rss_limit_mb=2048 >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz target $target failed (above); a crashing input, if any, is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -E "^Done" "$log"
  rm -f "$log"
done
