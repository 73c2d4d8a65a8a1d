#!/usr/bin/env bash
# Run every fuzz target for a bounded time (default 600 s each). Not part of CI.
#   fuzz/run.sh [SECONDS]
# Needs cargo-fuzz (cargo install cargo-fuzz); on a stable toolchain the
# nightly-only sanitizer flags are allowed with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")"
SECS=${1:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
for t in ingest analyze; do
  mkdir -p corpus/$t && cp ../corpus/* corpus/$t/ 2>/dev/null || true
  echo "== $t for ${SECS}s"
  cargo fuzz run "$t" corpus/$t -- -max_total_time="$SECS" -rss_limit_mb=4096 -max_len=65536 2>&1 | tail -n 5
done
