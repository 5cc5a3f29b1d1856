#!/bin/bash
# The reader's AT-SPI tree, as JSON lines (tests/orca/atspi_walk.py), from a private Xvfb, D-Bus session
# and AT-SPI bus:   tests/orca/walk.sh [LANG] [KEYS...]   (keys are sent with xdotool before the walk)
set -u
lang=${1:-C.UTF-8}
shift || true
project=$(cd "$(dirname "$0")/../.." && pwd)
run=$(mktemp -d /tmp/reader-walk.XXXXXX)
export HOME=$run/home XDG_RUNTIME_DIR=$run/xdg
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
display=80
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=":$display"
printf '%s\n' "$@" >"$run/keys"
cat >"$run/session.sh" <<'SESSION'
set -u
run=$1 project=$2 lang=$3
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.a11y.Bus.GetAddress >/dev/null
cd "$project"
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 READER_SCREEN_READER=1 READER_SPEECH_ENGINE=silent \
    READER_CONFIG_DIR="$run/config" READER_DATA_DIR="$run/data" LANG="$lang" LANGUAGE="${lang%%.*}" \
    .venv/bin/python -m reader >"$run/app.log" 2>&1 &
app=$!
sleep 4
window=$(xdotool search --pid "$app" | tail -1)
xdotool windowactivate --sync "$window" 2>/dev/null
while read -r key; do [ -n "$key" ] && xdotool key "$key" && sleep 0.8; done <"$run/keys"
sleep 1
/usr/bin/python3 "$project/tests/orca/atspi_walk.py" "$app"
kill "$app" 2>/dev/null
SESSION
timeout 120 dbus-run-session -- bash "$run/session.sh" "$run" "$project" "$lang" 2>"$run/dbus.log"
