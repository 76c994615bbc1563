#!/usr/bin/env bash
# Random input to the real desktop program under Xvfb: clicks anywhere in its windows (menus,
# dialogs, the matrix, charts), keys (Tab, Return, Escape, arrows, digits, undo/redo, copy/paste,
# lock) and typed text, for SECONDS. The program must never crash; quitting through a menu or a
# dialog is allowed and the program is started again. Its settings and files live in a private
# home folder; run as root, the program runs as nobody so that it cannot write elsewhere.
# Usage: gui_monkey.sh CLI GUI WORKDIR SECONDS [SEED]
# Prints the actions, restarts and the program's exit statuses; fails on a crash or on any
# sanitizer report in the program's output.
set -euo pipefail
cli=$(realpath "$1") gui=$(realpath "$2") work=$3 seconds=$4 seed=${5:-1}
if [[ -z "${MONKEY_IN_XVFB:-}" ]]; then
    exec env MONKEY_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$@"
fi
rm -rf "$work"
mkdir -p "$work/home"
work=$(cd "$work" && pwd)
project="$work/home/monkey.kolplan"
"$cli" demo "$project" --kols 600 --posts 6000 > /dev/null
"$cli" fit "$project" --members 1 --epochs 10 > /dev/null 2>&1

export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
cd "$HOME"
# The monkey reaches file dialogs and can save, export or delete anywhere the program may write:
# as root, run the program as nobody, who may write only its home here and the temp folders.
run_as=()
if [[ $(id -u) == 0 ]] && id nobody > /dev/null 2>&1 && command -v setpriv > /dev/null; then
    chmod -R a+rwX "$work"
    chmod a+r "$XAUTHORITY" && chmod a+x "$(dirname "$XAUTHORITY")"
    run_as=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups --)
fi
RANDOM=$seed
log="$work/gui.log"
: > "$log"
actions=0 restarts=0 crashes=0
start_gui() {
    "${run_as[@]}" "$gui" "$project" >> "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
        xdotool search --pid "$pid" --onlyvisible --name "KOL Planner" > /dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "the program showed no window" >&2
    return 1
}
start_gui
keys=(Tab shift+Tab Return Escape Escape space Up Down Left Right Home End Page_Up Page_Down Delete BackSpace
      1 5 0 9 period minus ctrl+z ctrl+y ctrl+shift+z ctrl+c ctrl+v ctrl+l ctrl+a F2 ctrl+Tab alt+f alt+e alt+s
      ctrl+s ctrl+n ctrl+o)
texts=("250000" "1.5m" "-3" "abc" "1e999" "0" "30%" "Douyin" "抖音" "'; DROP TABLE kol;--")
end=$((SECONDS + seconds))
while ((SECONDS < end)); do
    if ! kill -0 "$pid" 2> /dev/null; then
        status=0
        wait "$pid" || status=$?
        if ((status != 0)); then
            crashes=$((crashes + 1))
            echo "the program ended with status $status after $actions actions" >&2
            break
        fi
        restarts=$((restarts + 1)) # quit through File > Quit or a dialog: start again
        start_gui
        continue
    fi
    # The focused window: the main window or a dialog it opened.
    # Windows come and go under the monkey's hands: an X error of xdotool is not the program's.
    win=$({ xdotool getactivewindow || xdotool search --pid "$pid" --onlyvisible --name "KOL Planner" | head -1; } 2> /dev/null || true)
    if [[ -z "$win" ]]; then
        sleep 0.1
        continue
    fi
    WIDTH=800 HEIGHT=600
    eval "$(xdotool getwindowgeometry --shell "$win" 2> /dev/null | grep -E '^(WIDTH|HEIGHT)=[0-9]+$' || true)"
    ((WIDTH > 0 && HEIGHT > 0)) || continue
    case $((RANDOM % 10)) in
    0 | 1 | 2 | 3)
        xdotool mousemove --window "$win" $((RANDOM % WIDTH)) $((RANDOM % HEIGHT)) click $((RANDOM % 4 == 0 ? 3 : 1)) 2> /dev/null || true
        ;;
    4)
        xdotool mousemove --window "$win" $((RANDOM % WIDTH)) $((RANDOM % HEIGHT)) click --repeat 2 1 2> /dev/null || true
        ;;
    5)
        xdotool type --delay 5 "${texts[RANDOM % ${#texts[@]}]}" 2> /dev/null || true
        ;;
    *)
        xdotool key --clearmodifiers "${keys[RANDOM % ${#keys[@]}]}" 2> /dev/null || true
        ;;
    esac
    actions=$((actions + 1))
    sleep 0.0$((RANDOM % 10))
done
import -window root "$work/last-screen.png" 2> /dev/null || true
if kill -0 "$pid" 2> /dev/null; then
    kill -TERM "$pid" 2> /dev/null || true
    status=0
    wait "$pid" || status=$?
    # SIGTERM ends it (143); anything else is a crash on the way out.
    if ((status != 0 && status != 143)); then
        crashes=$((crashes + 1))
        echo "the program ended with status $status when stopped" >&2
    fi
fi
echo "monkey: $actions actions in $seconds s, $restarts restarts, $crashes crashes (seed $seed)"
if grep -E "AddressSanitizer|LeakSanitizer|runtime error:|terminate called|Segmentation" "$log"; then
    echo "the program's output has a sanitizer or fatal report: $log" >&2
    exit 1
fi
((crashes == 0))
