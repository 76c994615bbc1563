#!/usr/bin/env bash
# Starts the real GUI under Xvfb on a small demo project, runs one allocation and checks that
# a screenshot was written. Usage: gui_smoke.sh CLI GUI WORKDIR [METHOD]
set -euo pipefail
cli=$1 gui=$2 work=$3 method=${4:-optimal}
mkdir -p "$work"
project="$work/smoke.kolplan"
rm -f "$project" "$work/smoke-$method.png"
"$cli" demo "$project" --kols 800 --posts 8000 > /dev/null
"$cli" fit "$project" --members 1 --epochs 15 > /dev/null
xvfb-run -a -s "-screen 0 1400x950x24" "$gui" --smoke-test "$work/smoke-$method.png" --method "$method" \
    --train-steps 12000 "$project"
test -s "$work/smoke-$method.png"
# The PDF report through the command line (it runs the desktop program headless).
"$cli" allocate "$project" --scenario Baseline --method greedy > /dev/null
"$cli" export "$project" --scenario Baseline --pdf "$work/report.pdf" --csv "$work/plan.csv"
info=$(pdfinfo "$work/report.pdf")
text=$(pdftotext "$work/report.pdf" -)
[[ "$info" == *"Pages:"* && "$text" == *"KOLs per cell"* ]]
