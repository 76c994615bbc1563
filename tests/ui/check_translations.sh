#!/usr/bin/env bash
# Every user-visible string of the GUI has a Simplified Chinese translation: lupdate over the
# sources into a copy of the .ts file must find nothing new and leave nothing unfinished.
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/kolplanner_zh_CN.ts" "$work/check.ts"
(cd "$src" && /usr/lib/qt6/bin/lupdate -silent ui app -ts "$work/check.ts")
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$work/check.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "translations/kolplanner_zh_CN.ts: $unfinished strings without a translation; run lupdate and translate them"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -20
    exit 1
fi
echo "zh_CN: complete ($(grep -c '<source>' "$work/check.ts") strings, $vanished no longer used)"
