#!/usr/bin/env bash
# A new user's walk through the window, in English and Chinese at 1,366 × 768 and 1,920 × 1,080,
# under Xvfb: screenshots of the whole screen into docs/images/walkthrough/LANG-SIZE/.
# Usage: scripts/walkthrough.sh [BUILD_DIR]   (default build/release; needs xvfb-run)
set -euo pipefail
build=${1:-build/release}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/kolplanner-cli" demo "$work/demo.kolplan" --with-model > /dev/null
for size in 1366x768 1920x1080; do
    for language in en zh_CN; do
        out="$root/docs/images/walkthrough/$language-$size"
        rm -rf "$out"
        cp "$work/demo.kolplan" "$work/run.kolplan"
        # A fresh settings folder each time: the window starts as on a first run.
        XDG_CONFIG_HOME="$work/config-$language-$size" xvfb-run -a -s "-screen 0 ${size}x24" \
            "$build/bin/kolplanner" --language "$language" --walkthrough "$out" "$work/run.kolplan"
        # The PDF report's cover, with the savings chart, as a picture.
        if [ -f "$out/report.pdf" ]; then
            pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/report.pdf" "$out/report-cover"
            rm -f "$out/report.pdf"
        fi
        # 256 colours: a tenth of the size, the text as sharp.
        for shot in "$out"/*.png; do
            convert "$shot" -colors 256 "PNG8:$shot"
        done
    done
done
