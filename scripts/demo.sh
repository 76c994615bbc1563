#!/usr/bin/env bash
# `make run`: builds a demo project (generated market, fitted performance model, two scenarios)
# once, and opens it in the desktop window (or, without a display, walks through it on the
# terminal).
set -euo pipefail
cli=$1
project=$2

if [ ! -f "$project" ]; then
    "$cli" demo "$project"
    "$cli" fit "$project"
    "$cli" scenario copy "$project" Baseline "Douyin focus"
    "$cli" scenario set "$project" "Douyin focus" --budget 1.5m \
        --channel-share Douyin=40%..60% --cell "Douyin/Launch/Head:lock=200k" --cell "Weibo/*/*:enabled=no"
fi

gui="$(dirname "$cli")/kolplanner"
if [ -x "$gui" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    echo "Opening $project"
    exec "$gui" "$project"
fi

# No display (a server, a container): show the same project on the terminal.
echo
"$cli" info "$project"
echo
"$cli" scenario show "$project" "Douyin focus"
echo
echo "Demo project: $project  (no display found; the window opens under a desktop session)"
