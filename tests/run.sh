#!/usr/bin/env bash
# Runs every test of haven: formatting, lints, unit and end-to-end tests.
# Usage: bash tests/run.sh      (the README's test command; .ci/run calls it)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --locked
echo "== browser tests (Chromium, axe-core, Nu HTML Checker)"
bash tests/browser/run.sh
echo "== fuzzing (each target for a short, bounded time)"
bash fuzz/run.sh 20
