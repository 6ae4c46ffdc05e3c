#!/usr/bin/env bash
# Indexing before and after "each photo read once" (issue 16 item 3), in one run on the same photos: builds
# each named commit in a scratch folder outside the checkout (git archive, offline Maven) and this checkout,
# then runs `fovea bench index --json` of each back to back on one set of generated 12-megapixel photos and one
# model. Prints the JSON lines and the two figures the issue holds the change to: end to end as a share of the
# stage bound (target >= 0.9) and peak RSS with default settings (target <= 1024 MB).
#
#   tools/bench-read-once.sh MODEL_DIR [IMAGES] [COMMIT...]
#
# MODEL_DIR: an exported model folder (tools/export.py; random weights measure speed as well as trained ones).
# COMMIT: defaults to c55b05c, the last commit before read-once; this checkout is measured last (add 2963220
# for read-once alone, before indexing left the text tower out and kept its heap small). Run it on a quiet machine: each case compares rates measured
# seconds apart, so other work on the machine moves the share of the bound.
set -euo pipefail
cd "$(dirname "$0")/.."

model=${1:?usage: tools/bench-read-once.sh MODEL_DIR [IMAGES] [COMMIT...]}
images=${2:-128}
shift $(($# < 2 ? $# : 2))
commits=("$@")
((${#commits[@]})) || commits=(c55b05c)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

checkouts=()
for commit in "${commits[@]}"; do
    scratch="${TMPDIR:-/tmp}/fovea-before-$(git rev-parse --short "$commit")"
    if [[ ! -f "$scratch/app/target/fovea-app.jar" ]]; then
        echo "bench: building $commit in $scratch" >&2
        rm -rf "$scratch" && mkdir -p "$scratch"
        git archive "$commit" | tar -x -C "$scratch"
        (cd "$scratch" && nice -n 19 ./mvnw -o -q -B -DskipTests -pl app -am package)
    fi
    checkouts+=("$scratch")
done
echo "bench: building this checkout" >&2
nice -n 19 ./mvnw -o -q -B -DskipTests -pl app -am package
touch app/target/fovea-app.jar # the launcher then trusts the jar instead of rebuilding it
checkouts+=("$(pwd)")
commits+=("$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- search indexer app || echo +changes)")

# Builds before the tenth session warm up with one indexing run; a build with --warmup-rounds is measured the same way
# beside them, so that each compares like with like.
warmup=()
for checkout in "${checkouts[@]}"; do
    if ! grep -q -- '--warmup-rounds' "$checkout/app/src/main/java/dev/fovea/app/cli/bench/BenchIndexCommand.java"; then
        warmup=(--warmup-rounds 0)
        echo "bench: a build without --warmup-rounds is measured: every build warms up with one run" >&2
        break
    fi
done

work="${TMPDIR:-/tmp}/fovea-bench-read-once"
mkdir -p "$work"
out="$work/results.jsonl"
: >"$out"
for i in "${!checkouts[@]}"; do
    home=$(mktemp -d "$work/home-XXXX")
    echo "bench: ${commits[$i]} (${checkouts[$i]})" >&2
    # The measuring step runs at normal priority: builds and others' work run niced on the shared machine.
    extra=()
    if grep -q -- '--warmup-rounds' "${checkouts[$i]}/app/src/main/java/dev/fovea/app/cli/bench/BenchIndexCommand.java"; then
        extra=("${warmup[@]}")
    fi
    "${checkouts[$i]}/fovea" --home "$home" bench index --json --models "$model" --images "$images" \
        --work-dir "$work" "${extra[@]}" | sed "s/^{/{\"commit\":\"${commits[$i]}\",/" | tee -a "$out"
    rm -rf "$home"
done

python3 - "$out" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
def stages(r):
    return r['decode_cpu_ms_per_image'] + r['preprocess_cpu_ms_per_image'] + r['encode_cpu_ms_per_image']
for r in rows:
    print(f"{r['commit']:16} end to end {r['images_per_s']:.2f}/s = {r['end_to_end_vs_bound']:.2f} of the stage bound"
          f" {r['stage_bound_images_per_s']:.2f}/s (target >= 0.90); CPU ms per photo: end to end"
          f" {r['cpu_ms_per_image']:.0f}, stages alone {stages(r):.0f} (their share {stages(r) / r['cpu_ms_per_image']:.2f});"
          f" peak RSS {r['peak_rss_mb']:.0f} MB (target <= 1024); load {r['load_average']:.1f}")
EOF
