#!/bin/bash
# What Orca says while a reader starts the app and Tabs through the toolbar: a transcript for issue 11
# ("verified with a real screen reader"); tests/orca/test_orca.py runs it and asserts on what Orca says.
#
#   tests/orca/transcript.sh [LANG] [KEYS...]      e.g. tests/orca/transcript.sh zh_CN.UTF-8 Tab alt+shift+x
#
# Output, in time order: "TIME KEY key" for each key sent and "TIME SAY text" for each of Orca's SPEECH
# OUTPUT lines (TIME is HH:MM:SS.ffffff), so what was said can be told apart key by key. A key "sleep:N"
# waits N seconds instead (a dialog opening).
# Everything runs private: its own HOME and XDG_RUNTIME_DIR (the a11y bus socket is otherwise shared), its
# own Xvfb display, a dbus-run-session with the AT-SPI bus, and a speech-dispatcher whose only module writes
# what it is given to a file (spoken.txt beside orca.log). Needs: Xvfb, dbus, at-spi2-core, orca, xdotool.
set -u
lang=${1:-C.UTF-8}
shift || true
keys=("$@")
if [ ${#keys[@]} -eq 0 ]; then keys=(Tab Tab Tab Tab Tab Tab Tab Tab alt+shift+x); fi
project=$(cd "$(dirname "$0")/../.." && pwd)
run=$(mktemp -d /tmp/reader-orca.XXXXXX)
export HOME=$run/home XDG_RUNTIME_DIR=$run/xdg
mkdir -p "$HOME/.config/speech-dispatcher/modules" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
display=60
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=":$display"
cat >"$HOME/.config/speech-dispatcher/speechd.conf" <<CONF
AddModule "file" "sd_generic" "file.conf"
DefaultModule file
CONF
cat >"$HOME/.config/speech-dispatcher/modules/file.conf" <<CONF
GenericExecuteSynth "printf '%s\\\\n' '\$DATA' >> $run/spoken.txt"
GenericLanguage "zh" "zh" "utf-8"
GenericLanguage "en" "en" "utf-8"
CONF
printf '%s\n' "${keys[@]}" >"$run/keys"
cat >"$run/session.sh" <<'SESSION'
set -u
run=$1 project=$2 lang=$3
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.a11y.Bus.GetAddress >/dev/null
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true 2>/dev/null
cd "$project"
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 READER_SCREEN_READER=1 READER_SPEECH_ENGINE=silent \
    READER_CONFIG_DIR="$run/config" READER_DATA_DIR="$run/data" LANG="$lang" LANGUAGE="${lang%%.*}" \
    .venv/bin/python -m reader >"$run/app.log" 2>&1 &
app=$!
sleep 4
LANG="$lang" LANGUAGE="${lang%%.*}" orca --replace -d braille --debug-file="$run/orca.log" >"$run/orca.out" 2>&1 &
orca=$!
sleep 6
window=$(xdotool search --pid "$app" | tail -1)
xdotool windowactivate --sync "$window" 2>/dev/null
sleep 2
while read -r key; do
    case $key in
        sleep:*) sleep "${key#sleep:}" ;;
        *) echo "$(date +%H:%M:%S.%6N) KEY $key" >>"$run/keys.log"; xdotool key "$key"; sleep 1.2 ;;
    esac
done <"$run/keys"
sleep 1
kill "$orca" "$app" 2>/dev/null
sleep 1
SESSION
timeout 180 dbus-run-session -- bash "$run/session.sh" "$run" "$project" "$lang" 2>"$run/dbus.log"
echo "# $lang, keys: ${keys[*]} (files in $run)"
{
    cat "$run/keys.log" 2>/dev/null
    grep -a "SPEECH OUTPUT" "$run/orca.log" | sed -e 's/ - SPEECH OUTPUT: / SAY /' -e "s/{'established': False}//"
} | sort -s -k1,1
