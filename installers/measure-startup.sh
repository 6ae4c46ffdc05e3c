#!/usr/bin/env bash
# Measures how fast the packaged Fovea starts, against the source checkout's ./fovea (same jars on the full
# JDK) as the baseline of the same run: `fovea --version` (the CLI) and the time
# from launch until the desktop window is visible (under Xvfb when there is no display). Runs alternate
# between the two so that both see the same machine load. Prints one JSON object per case and launcher.
# Usage: installers/measure-startup.sh [LAUNCHER] [RUNS]
#   LAUNCHER defaults to the installed /usr/bin/fovea, else the app image in installers/target/packages.
# Needs xdotool (Debian: apt-get install xdotool) and, without a display, Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

packaged="${1:-}"
runs="${2:-5}"
if [[ -z "$packaged" ]]; then
    packaged=/usr/bin/fovea
    [[ -x "$packaged" ]] || packaged=installers/target/packages/Fovea/bin/Fovea
fi
[[ -x "$packaged" ]] || { echo "measure-startup: no launcher at $packaged; build or install Fovea first." >&2; exit 1; }
command -v xdotool >/dev/null || { echo "measure-startup: needs xdotool (apt-get install xdotool)." >&2; exit 1; }
launchers=("$packaged" ./fovea)
./fovea --version >/dev/null 2>&1  # builds app/target if it is stale, outside the measurement

work="$(mktemp -d "${TMPDIR:-/tmp}/fovea-startup.XXXXXX")"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]]; then
    export DISPLAY=:93
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
fi

now() { date +%s%N; }
median() { sort -n | awk '{v[NR] = $1 / 1e9} END {printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Each prints "WALL_NS CPU_NS": CPU time (user + system) moves much less than wall time on a loaded machine.
time_version() {
    local started
    started=$(now)
    /usr/bin/time -f "%U %S" -o "$work/cpu" "$1" --version >/dev/null 2>&1
    echo "$(($(now) - started)) $(awk '{printf "%d", ($1 + $2) * 1e9}' "$work/cpu")"
}

time_window() {
    local started app
    started=$(now)
    "$1" --home "$work/home" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name '^Fovea' >/dev/null 2>&1; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "measure-startup: $1 exited before showing a window." >&2
            return 1
        fi
        sleep 0.01
    done
    echo "$(($(now) - started)) $(awk -v tick="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) / tick * 1e9}' "/proc/$app/stat")"
    kill "$app"
    wait "$app" 2>/dev/null || true
}

for measurement in version window; do
    for ((run = 0; run < runs; run++)); do
        for index in "${!launchers[@]}"; do
            echo "$index $("time_$measurement" "${launchers[$index]}")" >>"$work/$measurement"
        done
    done
    for index in "${!launchers[@]}"; do
        wall="$(awk -v index_="$index" '$1 == index_ {print $2}' "$work/$measurement" | median)"
        cpu="$(awk -v index_="$index" '$1 == index_ {print $3}' "$work/$measurement" | median)"
        printf '{"case":"%s","launcher":"%s","runs":%d,"median_wall_s":%s,"median_cpu_s":%s,"load_average":%s}\n' \
            "$measurement" "${launchers[$index]}" "$runs" "$wall" "$cpu" "$(cut -d ' ' -f 1 /proc/loadavg)"
    done
done
