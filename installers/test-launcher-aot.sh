#!/usr/bin/env bash
# Checks ./fovea's AOT cache (see the launcher): a command never records one and prints exactly what it prints
# without one; a broken cache changes nothing in a command's output; one older than the jars is dropped, and a killed
# launch's leftovers are cleared; the first desktop launch records a cache, which is written once it ends (not by a
# launch that only hands over to the open window) and which the next launch maps.
# Needs the built app (./mvnw -pl app -am package) and a display (DISPLAY; Xvfb in CI). About 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
app=app/target
cache="$app/fovea-$(printf '%s' "$JAVA_HOME" | cksum | cut -d ' ' -f 1).aot"
home="$(mktemp -d "${TMPDIR:-/tmp}/fovea-aot-test.XXXXXX")"
export FOVEA_HOME="$home"
desktop=""
cleanup() {
    # While recording, the launcher waits for its JVM rather than becoming it: both are ended.
    [[ -n "$desktop" ]] && kill $(pgrep -P "$desktop") "$desktop" 2>/dev/null
    rm -rf "$home"
}
trap cleanup EXIT
fail() { echo "test-launcher-aot: FAIL: $*" >&2; exit 1; }

rm -f "$cache" "$cache".*
expected="$(./fovea --version)"
[[ ! -e "$cache" ]] || fail "a command recorded a cache"

echo "not a cache" >"$cache"
[[ "$(./fovea --version 2>&1)" == "$expected" ]] || fail "a broken cache changed the output: $(./fovea --version 2>&1)"

touch "$app/fovea-app.jar"
./fovea --version >/dev/null
[[ ! -e "$cache" ]] || fail "a cache older than the jars was kept"

# The desktop's java is the launcher's child while it records (the launcher waits to write the cache after it).
desktop_java() {
    local launcher=$1 waited
    for ((waited = 0; waited < 300; waited++)); do
        pgrep -P "$launcher" -f 'dev.fovea.app.Main' && return 0
        sleep 0.1
    done
    fail "the desktop app did not start"
}
# What a killed launch left: the next recording launch clears it.
true &
wait $!
touch "$cache.$!.conf"
./fovea >/dev/null 2>&1 &
desktop=$!
sleep 8
# A second launch hands over to the open window and ends at once: too short a session to make the cache.
./fovea >/dev/null 2>&1
sleep 3
[[ ! -e "$cache" && -z "$(find "$app" -maxdepth 1 -name "$(basename "$cache").*" -newer "$app/fovea-app.jar" ! -name "*.$desktop.conf")" ]] \
    || fail "a launch that handed over made a cache"
kill -TERM "$(desktop_java "$desktop")"
wait "$desktop" || true
desktop=""
waited=0
while [[ ! -s "$cache" ]] && ((waited++ < 240)); do
    sleep 0.5
done
[[ -s "$cache" ]] || fail "the first desktop launch wrote no cache"
[[ -z "$(find "$app" -maxdepth 1 -name "$(basename "$cache").*")" ]] || fail "the recording's files were left behind"

# With a cache the launcher becomes the JVM (exec), so the process started is the one to look into.
./fovea >/dev/null 2>&1 &
desktop=$!
sleep 5
tr '\0' ' ' <"/proc/$desktop/cmdline" | grep -q -- "-XX:AOTCache=$PWD/$cache" || fail "the next launch was not given the cache"
grep -q "$(basename "$cache")" "/proc/$desktop/maps" || fail "the next launch did not map the cache"
echo "test-launcher-aot: ok (cache $(du -m "$cache" | cut -f 1) MB)"
