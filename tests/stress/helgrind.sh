#!/usr/bin/env bash
# Runs weft's threaded programs under valgrind's Helgrind race detector and
# triages the reports (see helgrind_triage.py). Not part of `cargo test`:
# it takes minutes. Usage: tests/stress/helgrind.sh [SECONDS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-3}"
threads="${2:-4}"
target="target/helgrind"
CARGO_TARGET_DIR="$target" cargo build --release --features weft-gil/helgrind
weft="$target/release/weft"
logs="$(mktemp -d)"
status=0
run() {
    local name="$1"; shift
    echo "== $name"
    valgrind --tool=helgrind --log-file="$logs/$name.log" "$weft" "$@" > "$logs/$name.out" 2>&1 || {
        echo "   weft failed:"; tail -5 "$logs/$name.out"; status=1; }
    python3 tests/stress/helgrind_triage.py "$logs/$name.log" || status=1
}
run stress tests/stress/shared_structures.py "$seconds" "$threads"
for p in tests/programs/thr_0{01,05,10,20,30,40,50,60}*.py; do
    [ -e "$p" ] && run "$(basename "$p" .py)" "$p"
done
echo "logs in $logs"
exit $status
