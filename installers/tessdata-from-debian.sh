#!/usr/bin/env bash
# Puts Debian's Tesseract language data for English and Portuguese (packages tesseract-ocr-eng and
# tesseract-ocr-por, the files Fovea reads with on Linux) into installers/native/tessdata/, where
# package-windows.ps1 and package-macos.sh bundle them from. Run on any Debian or Ubuntu machine (no root
# needed), then copy that folder to the Windows or macOS build machine.
set -euo pipefail
cd "$(dirname "$0")/.."

target=installers/native/tessdata
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download tesseract-ocr-eng tesseract-ocr-por >/dev/null)
for deb in "$work"/*.deb; do
    dpkg-deb -x "$deb" "$work/files"
done
mkdir -p "$target"
for language in eng por; do
    cp "$(find "$work/files" -name "$language.traineddata" | head -n 1)" "$target/"
done
sha256sum "$target"/*.traineddata
