#!/usr/bin/env bash
# Builds the .deb, installs it on this machine as a user would (dpkg -i, then apt-get for what it depends
# on), uses the installed `fovea` (version, index and search a few photos and a video with the fixture model), then
# purges the package and checks that nothing of it is left in /opt, /usr/bin or /usr/share/applications.
# Runs as root or through sudo. A Fovea already installed from a .deb is replaced, and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

passed=0
check() {
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "test-deb: ok: $what"
    else
        echo "test-deb: FAILED: $what" >&2
        echo "test-deb: $passed passed, 1 failed"
        exit 1
    fi
}
seconds_since() { echo "$(( $(date +%s%N) - $1 ))" | awk '{printf "%.2f", $1 / 1e9}'; }

work="$(mktemp -d "${TMPDIR:-/tmp}/fovea-test-deb.XXXXXX")"
cleanup() {
    dpkg-query -W -f='${Status}' fovea 2>/dev/null | grep -q "install ok installed" && as_root dpkg --purge fovea >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s%N)
# dpkg-deb's fastest xz level: the package is 12% larger and built in a quarter of the time (the
# default spends about 110 s of CPU compressing); what is inside is the same.
DPKG_DEB_COMPRESSOR_LEVEL=1 installers/package-linux.sh --type deb
deb="$(ls installers/target/packages/fovea_*.deb)"
echo "test-deb: built $(basename "$deb") in $(seconds_since "$started") s"

dpkg-query -W -f='${Status}' fovea 2>/dev/null | grep -q "install ok installed" && as_root dpkg --purge fovea
started=$(date +%s%N)
if ! as_root dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
    # dpkg leaves the package unconfigured when a dependency is missing; apt-get installs them and finishes.
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends >"$work/apt.log" 2>&1 \
        || { tail -n 20 "$work/dpkg.log" "$work/apt.log"; exit 1; }
fi
echo "test-deb: installed with its dependencies in $(seconds_since "$started") s"

check "the package is installed" bash -c "dpkg-query -W -f='\${Status}' fovea | grep -q 'install ok installed'"
check "fovea is on the PATH as /usr/bin/fovea" test "$(command -v fovea)" = /usr/bin/fovea
check "the menu entry offers Open with Fovea for images" grep -q "^MimeType=image/jpeg;" /usr/share/applications/fovea.desktop

started=$(date +%s%N)
version="$(fovea --version 2>/dev/null)"
echo "test-deb: fovea --version took $(seconds_since "$started") s"
check "fovea --version names the bundled Java 25" grep -q "Java 25" <<<"$version"
# The AOT cache the package ships (trained when it was built): moved to /opt/fovea, the JVM still takes the app's
# classes from it, which it would refuse if the jars were not the ones it was trained with.
check "the installed app takes its classes from the AOT cache it ships" \
    bash -c "JAVA_TOOL_OPTIONS=-Xlog:class+load fovea --version 2>/dev/null | grep -q 'dev.fovea.app.Main source: shared objects file'"

model="$repo/search/src/test/fixture-model"
top_hit() {  # QUERY: the path of the first result of the installed fovea's search
    fovea --home "$work/home" --model-dir "$model" search --json --limit 4 "$1" | grep -o '"path" *: *"[^"]*"' | head -n 1
}
photos="$work/photos"
"$JAVA_HOME/bin/java" -cp installers/target/fovea-installers.jar installers/src/test-deb/MakePhotos.java "$photos"
mkdir "$work/tmp"
set +e
# Its own temporary folder, to see below that no native library gets unpacked there.
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/tmp" fovea --home "$work/home" --model-dir "$model" index "$photos" >"$work/index.log" 2>&1
indexed=$?
set -e
check "fovea index indexes the photos with the fixture model" test "$indexed" -eq 0
check "fovea search red finds the red photo first" grep -q photo-1.jpg <<<"$(top_hit red)"
check "fovea search blue finds the blue photo first" grep -q photo-3.png <<<"$(top_hit blue)"
check "SQLite and ONNX Runtime load from the package, unpacking nothing" \
    bash -c "! find '$work/tmp' -name '*.so*' | grep -q ."

# A video, red for 4 s, then green for 4 s, then blue (Debian's ffmpeg, as .ci/run installs it): the package's
# FFmpeg samples it and the search finds the green moment. The JVM's user home is a fresh folder, to see that
# FFmpeg's libraries are unpacked into the Fovea home's cache and not into ~/.javacpp.
videos="$work/videos"
mkdir -p "$videos" "$work/user-home"
ffmpeg -loglevel error -f lavfi -i color=c=red:s=320x240:r=10:d=4 -f lavfi -i color=c=green:s=320x240:r=10:d=4 \
    -f lavfi -i color=c=blue:s=320x240:r=10:d=4 -filter_complex "[0:v][1:v][2:v]concat=n=3:v=1:a=0,format=yuv420p" \
    -c:v libx264 -preset ultrafast -g 10 "$videos/clip.mp4"
set +e
JAVA_TOOL_OPTIONS="-Duser.home=$work/user-home" fovea --home "$work/home" --model-dir "$model" index "$videos" >"$work/index-video.log" 2>&1
indexed=$?
set -e
check "fovea index indexes the video" test "$indexed" -eq 0
video_hit="$(fovea --home "$work/home" --model-dir "$model" search --json --kind video --limit 1 green)"
check "fovea search --kind video green finds the clip" grep -q '"path" *: *"[^"]*clip.mp4"' <<<"$video_hit"
check "at a moment inside the green segment" \
    awk -v t="$(grep -o '"time_s" *: *[0-9.]*' <<<"$video_hit" | grep -o '[0-9.]*$')" 'BEGIN { exit !(t >= 4 && t < 8) }'
check "FFmpeg's libraries are unpacked into the Fovea home's cache, not the user's home" \
    bash -c "find '$work/home/cache/javacpp' -name 'libavcodec*' | grep -q . && test ! -e '$work/user-home/.javacpp'"

as_root dpkg --purge fovea >/dev/null
check "the package is gone" bash -c "! dpkg-query -W -f='\${Status}' fovea 2>/dev/null | grep -q installed"
check "nothing is left in /opt" test ! -e /opt/fovea
check "nothing is left in /usr/bin" test ! -e /usr/bin/fovea -a ! -L /usr/bin/fovea
check "nothing is left in /usr/share/applications" bash -c "! ls /usr/share/applications | grep -qi fovea"
echo "test-deb: $passed passed, 0 failed"
