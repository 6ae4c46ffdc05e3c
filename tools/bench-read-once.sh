#!/usr/bin/env bash
# Indexing before and after "each photo read once" (issue 16 item 3), in one run on the same photos:
# builds the commit before the change in a scratch folder outside the checkout (git archive, offline Maven),
# builds this checkout, then runs `fovea bench index --json` of each back to back on one set of generated
# 12-megapixel photos and one model. Prints both JSON lines and the two figures the issue holds the change to:
# end to end as a share of the stage bound (target >= 0.9) and peak RSS (target <= 1024 MB).
#
#   tools/bench-read-once.sh MODEL_DIR [BEFORE_COMMIT] [IMAGES]
#
# MODEL_DIR: an exported model folder (tools/export.py; random weights measure speed as well as trained ones).
# Run it on a quiet machine: the benchmark compares rates measured seconds apart.
set -euo pipefail
cd "$(dirname "$0")/.."

model=${1:?usage: tools/bench-read-once.sh MODEL_DIR [BEFORE_COMMIT] [IMAGES]}
before=${2:-c55b05c}
images=${3:-128}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

scratch="${TMPDIR:-/tmp}/fovea-before-$(git rev-parse --short "$before")"
if [[ ! -f "$scratch/app/target/fovea-app.jar" ]]; then
    echo "bench: building $before in $scratch" >&2
    rm -rf "$scratch" && mkdir -p "$scratch"
    git archive "$before" | tar -x -C "$scratch"
    (cd "$scratch" && ./mvnw -o -q -B -DskipTests -pl app -am package)
fi
echo "bench: building this checkout" >&2
./mvnw -o -q -B -DskipTests -pl app -am package
touch app/target/fovea-app.jar # the launcher then trusts the jar instead of rebuilding it

work="${TMPDIR:-/tmp}/fovea-bench-read-once"
mkdir -p "$work"
out="$work/results.jsonl"
: >"$out"
for side in before after; do
    checkout=$([[ $side == before ]] && echo "$scratch" || pwd)
    home=$(mktemp -d "$work/home-XXXX")
    echo "bench: $side ($checkout)" >&2
    nice "$checkout/fovea" --home "$home" bench index --json --models "$model" --images "$images" --work-dir "$work" \
        | sed "s/^{/{\"side\":\"$side\",/" | tee -a "$out"
    rm -rf "$home"
done

python3 - "$out" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
for r in rows:
    print(f"{r['side']:6}  end to end {r['images_per_s']:.2f}/s = {r['end_to_end_vs_bound']:.2f} of the stage bound"
          f" {r['stage_bound_images_per_s']:.2f}/s (target >= 0.90); {r['cpu_ms_per_image']:.0f} ms CPU per photo;"
          f" peak RSS {r['peak_rss_mb']:.0f} MB (target <= 1024); load {r['load_average']:.1f}")
EOF
