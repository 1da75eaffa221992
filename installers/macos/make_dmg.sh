#!/usr/bin/env bash
# Make the macOS disk image: DesktopSeg.app beside a link to /Applications, so installing is
# dragging one icon onto the other.
#
#   installers/macos/make_dmg.sh dist/DesktopSeg.app VERSION OUT_DIR
#
# Writes OUT_DIR/DesktopSeg-<VERSION>.dmg (compressed, read-only UDZO) and prints its path.
# Runs on macOS only (hdiutil). The .app comes from installers/desktopseg.spec, whose BUNDLE()
# sets Info.plist: bundle id, version, NSHighResolutionCapable, the .dseg document type and icon.
#
# Signing: with CODESIGN_IDENTITY set ("Developer ID Application: ..."), the .app is signed
# with the hardened runtime and so is the image; notarise the .dmg afterwards with
# `xcrun notarytool submit --wait` and `xcrun stapler staple`. Without it the app is
# ad-hoc signed, which Apple Silicon requires to run at all; Gatekeeper then asks the user to
# open it from the context menu the first time.
set -euo pipefail

app=${1:?path of DesktopSeg.app}
version=${2:?version}
out=${3:?output folder}
name="DesktopSeg"

if [ "$(uname -s)" != Darwin ]; then
  echo "make_dmg.sh needs macOS (hdiutil)" >&2
  exit 2
fi

identity="${CODESIGN_IDENTITY:--}"
if [ "$identity" = "-" ]; then
  codesign --force --deep --sign - "$app"
else
  codesign --force --deep --options runtime --timestamp --sign "$identity" "$app"
fi
codesign --verify --deep --strict "$app"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/$name.app"
ln -s /Applications "$stage/Applications"

mkdir -p "$out"
dmg="$out/$name-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "$name $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
        -imagekey zlib-level=9 -ov "$dmg" >/dev/null
if [ "$identity" != "-" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
