#!/usr/bin/env bash
# `make run`: builds a demo project (generated market, fitted performance model, two scenarios)
# once, and opens it in the desktop window (or, without a display, walks through it on the
# terminal).
set -euo pipefail
cli=$1
project=$2

if [ ! -f "$project" ]; then
    # The same demo the window builds on its first run (market, fitted model, second scenario).
    "$cli" demo "$project" --with-model
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
