#!/usr/bin/env bash
# Writes the project-file seeds of the project_open fuzzer: small but complete projects (KOLs,
# posts, a fitted model, scenarios, plans, a trained policy) with 512-byte pages, so that
# mutations reach every table. Needs a release build (make build) and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/release/bin/kolplanner-cli
out=fuzz/corpus/project_open
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT


mkdir -p "$out"
"$cli" init "$work/empty.kolplan" >/dev/null
sqlite3 "$work/empty.kolplan" "PRAGMA page_size = 512; VACUUM;"
cp "$work/empty.kolplan" "$out/empty.kolplan"

p="$work/fitted.kolplan"
"$cli" demo "$p" --seed 3 --kols 24 --posts 120 >/dev/null
"$cli" fit "$p" --epochs 5 >/dev/null
"$cli" allocate "$p" --scenario Baseline --method greedy >/dev/null
"$cli" scenario new "$p" Small --budget 30000 --channels Douyin,Weibo >/dev/null
"$cli" scenario set "$p" Small --cell Douyin/Launch/Mid:lock=5000 --channel-share Weibo=10%..60% >/dev/null
sqlite3 "$p" "PRAGMA page_size = 512; VACUUM;"
cp "$p" "$out/fitted.kolplan"

"$cli" train "$p" --scenario Small --steps 600 >/dev/null
sqlite3 "$p" "PRAGMA page_size = 512; VACUUM;"
cp "$p" "$out/trained.kolplan"
ls -l "$out"
