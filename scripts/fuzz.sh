#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets (clang, ASan + UBSan) and runs each for
# FUZZ_SECONDS (default 60). The committed seeds in fuzz/corpus/ are copied into a working corpus
# under build/fuzz/corpus/, which grows across runs; findings land in build/fuzz/findings/.
# A finding fails the run: add the input to fuzz/regressions/TARGET/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-csv_import plan_csv project_open}
bash scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
status=0
for t in $targets; do
    corpus=build/fuzz/corpus/$t
    findings=build/fuzz/findings/$t
    mkdir -p "$corpus" "$findings"
    cp -n fuzz/corpus/$t/* "$corpus"/ 2>/dev/null || true
    log=build/fuzz/$t.log
    echo "fuzz_$t: ${seconds} s (log: $log)"
    # 2 GiB RSS and 1 GiB per allocation: loading anything must stay well inside that.
    if ! OPENBLAS_NUM_THREADS=1 build/fuzz/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" fuzz/regressions/$t >"$log" 2>&1; then
        status=1
        echo "  FINDING: $(ls -t "$findings" | head -1) (see $log)"
    fi
    grep -E "DONE +cov" "$log" | tail -1 | sed 's/^/  /' || true
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed 's/^/  /' || true
done
exit $status
