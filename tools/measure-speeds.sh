#!/usr/bin/env bash
# Speed of every model architecture on this machine, for the README's model table. Checkpoints cannot be
# downloaded here, so each variant gets seeded calibrated random weights (python -m fovea_tools.calibrated;
# they run as fast as trained ones), is installed the way a user's checkpoint is (fovea model import, which
# assembles it without Python), and one `fovea bench encode` run measures them all against MobileCLIP2-S0.
#
#   tools/measure-speeds.sh [WORK_DIR] [VARIANT...]    (default: one variant per architecture)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

work="${1:-/tmp/fovea-speeds}"
shift || true
variants=("$@")
((${#variants[@]})) || variants=(mobileclip2-s0 mobileclip-s1 mobileclip-s2 mobileclip2-b openai-vit-b32
    openai-vit-b16 mobileclip2-s3 mobileclip2-s4 mobileclip2-l14)

open_clip_name() {
    PYTHONPATH=tools tools/.venv/bin/python -c "
import sys
from fovea_tools.registry import VARIANTS
print(next(v.open_clip_name for v in VARIANTS if v.id == sys.argv[1]))" "$1"
}

mkdir -p "$work/checkpoints"
for variant in "${variants[@]}"; do
    if [[ ! -d "$work/home/models/$variant" ]]; then
        checkpoint="$work/checkpoints/$variant"
        if [[ ! -f "$checkpoint/open_clip_model.safetensors" ]]; then
            echo "speeds: making calibrated weights for $variant" >&2
            PYTHONPATH=tools tools/.venv/bin/python -m fovea_tools.calibrated \
                --model "$(open_clip_name "$variant")" --seed 7 --out "$checkpoint" >&2
        fi
        ./fovea model import --home "$work/home" --variant "$variant" \
            "$checkpoint/open_clip_model.safetensors" >&2
        rm -rf "$checkpoint"
    fi
done
./fovea bench encode --models "$work/home/models" --baseline mobileclip2-s0 --batches 1 --threads 2 --json
