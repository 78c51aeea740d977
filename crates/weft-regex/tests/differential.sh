#!/bin/sh
# Runs differential.py under python3 and weft and shows where they differ.
# Usage: crates/weft-regex/tests/differential.sh [RANDOM_CASES] (from the workspace root)
here=$(dirname "$0")
python3 "$here/differential.py" "$@" > /tmp/re_diff_cpython.txt 2>&1
target/release/weft "$here/differential.py" "$@" > /tmp/re_diff_weft.txt 2>&1
if diff /tmp/re_diff_cpython.txt /tmp/re_diff_weft.txt > /tmp/re_diff.txt; then
    echo "re differential: $(wc -l < /tmp/re_diff_cpython.txt) lines identical"
else
    grep -c '^<' /tmp/re_diff.txt | sed 's/$/ lines differ (see \/tmp\/re_diff.txt)/'
    exit 1
fi
