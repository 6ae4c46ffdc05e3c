#!/usr/bin/env bash
# Renders the Fovea icon from its SVG sources into the PNG sizes, the Windows .ico and the macOS .icns the
# installers use. Run it after changing an SVG and commit the results: the build itself only reads them.
# Needs rsvg-convert (Debian: librsvg2-bin) and a Python with Pillow (tools/.venv has one).
set -euo pipefail
cd "$(dirname "$0")"
python="${PYTHON:-../../../tools/.venv/bin/python}"

for size in 16 24 32 48 64 128 256 512 1024; do
    # Below 48 pixels the viewfinder corners turn to mush, so the small sizes come from a simpler drawing.
    source=fovea.svg
    ((size <= 32)) && source=fovea-small.svg
    rsvg-convert --width "$size" --height "$size" "$source" --output "png/fovea-$size.png"
done

"$python" - <<'PY'
from PIL import Image

def png(size):
    return Image.open(f"png/fovea-{size}.png").convert("RGBA")

ico_sizes = [16, 24, 32, 48, 64, 128, 256]
png(256).save("fovea.ico", sizes=[(s, s) for s in ico_sizes], append_images=[png(s) for s in ico_sizes[:-1]])
png(1024).save("fovea.icns", append_images=[png(s) for s in (16, 32, 64, 128, 256, 512)])
PY
rm png/fovea-1024.png
