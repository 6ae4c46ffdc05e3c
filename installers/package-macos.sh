#!/usr/bin/env bash
# Builds Fovea.app and its .dmg on a Mac with Apple silicon into installers/target/packages.
# Needs a JDK 25 for macOS/aarch64 (JAVA_HOME) and Xcode's command line tools (xcode-select --install).
#
# Image decoders: put libturbojpeg.dylib, libheif.dylib and libwebp.dylib (Homebrew: jpeg-turbo, libheif,
# webp) with the libraries they link to, their install names rewritten to @loader_path (dylibbundler does
# this), into installers/native/mac-aarch64/ and they are bundled; without them Fovea decodes JPEG and WebP
# through ImageIO (slower) and cannot read HEIC.
#
# Text in photos: Tesseract's eng.traineddata and por.traineddata must be in installers/native/tessdata/ (not in
# git); installers/tessdata-from-debian.sh, run on any Debian or Ubuntu machine, puts Debian's there.
#
# Signing: set FOVEA_MAC_SIGNING_IDENTITY to the name of a "Developer ID Application" certificate in the
# keychain. Notarizing: also set FOVEA_NOTARY_PROFILE to a profile stored with
# `xcrun notarytool store-credentials`; the .dmg is then submitted, waited for and stapled.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-$(/usr/libexec/java_home -v 25)}"
arguments=()
[[ -d installers/native/mac-aarch64 ]] && arguments+=(--image-decoders installers/native/mac-aarch64)
arguments+=(--tessdata installers/native/tessdata)
[[ -n "${FOVEA_MAC_SIGNING_IDENTITY:-}" ]] && arguments+=(--mac-signing-identity "$FOVEA_MAC_SIGNING_IDENTITY")

./mvnw -q -B -DskipTests -pl installers -am package
"$JAVA_HOME/bin/java" -jar installers/target/fovea-installers.jar "${arguments[@]}" "$@"

if [[ -n "${FOVEA_NOTARY_PROFILE:-}" ]]; then
    for dmg in installers/target/packages/*.dmg; do
        xcrun notarytool submit "$dmg" --keychain-profile "$FOVEA_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    done
fi
