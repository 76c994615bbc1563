#!/usr/bin/env bash
# The large-project run of docs/reliability.md: a project with 100,000 KOLs and 1,000,000 posts
# is generated, opened, fitted, allocated and exported through the CLI, then opened and
# allocated in the desktop program under Xvfb. Prints the wall time and peak memory of each step.
# Usage: scripts/large-project.sh [WORKDIR] (after make build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/bin
work=${1:-build/large}
mkdir -p "$work"
p="$work/large.kolplan"
export OPENBLAS_NUM_THREADS=1
step() { # NAME COMMAND...
    local name=$1
    shift
    /usr/bin/time -f "$name: %e s, peak %M KiB" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
        cat "$work/$name.err" >&2
        return 1
    }
    tail -1 "$work/$name.err"
}
step demo "$bin/kolplanner-cli" demo "$p" --kols 100000 --posts 1000000 --force
ls -l "$p" | awk '{printf "file: %.1f MiB\n", $5 / 1048576}'
step info "$bin/kolplanner-cli" info "$p"
step fit "$bin/kolplanner-cli" fit "$p" --members 1 --epochs 5
step allocate-greedy "$bin/kolplanner-cli" allocate "$p" --scenario Baseline --method greedy
step allocate-optimal "$bin/kolplanner-cli" allocate "$p" --scenario Baseline --method optimal
step export-csv "$bin/kolplanner-cli" export "$p" --scenario Baseline --csv "$work/plan.csv" --kols-csv "$work/kols.csv"
step export-pdf "$bin/kolplanner-cli" export "$p" --scenario Baseline --pdf "$work/report.pdf"
pdfinfo "$work/report.pdf" | grep Pages
step gui xvfb-run -a -s "-screen 0 1400x950x24" "$bin/kolplanner" --smoke-test "$work/gui.png" --method optimal "$p"
test -s "$work/gui.png"
