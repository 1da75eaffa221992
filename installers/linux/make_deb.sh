#!/usr/bin/env bash
# Make the Debian/Ubuntu package from a PyInstaller one-folder bundle.
#
#   installers/linux/make_deb.sh BUNDLE_DIR VERSION OUT_DIR
#
# Writes OUT_DIR/desktopseg_<VERSION>_<arch>.deb. Layout:
#   /opt/desktopseg/                              the bundle (DesktopSeg + _internal/)
#   /usr/bin/desktopseg -> /opt/desktopseg/DesktopSeg
#   /usr/share/applications/desktopseg.desktop    application menu entry, opens .dseg files
#   /usr/share/icons/hicolor/<N>x<N>/apps/desktopseg.png
#   /usr/share/mime/packages/desktopseg.xml       application/x-desktopseg-project (*.dseg)
# Uninstall: `sudo apt remove desktopseg` (or dpkg -r); no file is left behind.
set -euo pipefail

bundle=${1:?bundle folder}
version=${2:?version}
out=${3:?output folder}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
arch="$(dpkg --print-architecture)"
# Debian versions may not contain '-' in the upstream part without a revision; PEP 440 local
# and pre-release markers become '~' so 1.0rc1 sorts before 1.0.
deb_version="$(printf '%s' "$version" | sed -e 's/-/~/g' -e 's/\([0-9]\)\(a\|b\|rc\)\([0-9]\)/\1~\2\3/')"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/desktopseg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
         "$pkg/usr/share/mime/packages" "$pkg/usr/share/doc/desktopseg"

cp -a "$bundle" "$pkg/opt/desktopseg"
ln -s /opt/desktopseg/DesktopSeg "$pkg/usr/bin/desktopseg"
install -m 0644 "$here/desktopseg.desktop" "$pkg/usr/share/applications/desktopseg.desktop"
install -m 0644 "$here/desktopseg-mime.xml" "$pkg/usr/share/mime/packages/desktopseg.xml"
for png in "$root"/resources/icons/desktopseg-*.png; do
  size="$(basename "$png" .png)"; size="${size#desktopseg-}"
  install -D -m 0644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/desktopseg.png"
done
cat > "$pkg/usr/share/doc/desktopseg/copyright" <<EOF
DesktopSeg $version
Bundled third-party components (Python, Qt for Python, pandas, NumPy, scikit-learn, SciPy,
matplotlib, Apache Arrow, openpyxl and others) keep their own licences; their licence files are
in /opt/desktopseg/_internal/ beside each library.
EOF

# Files 0644, folders and executables 0755, whatever the build machine's umask was.
chmod -R u+rwX,go+rX,go-w "$pkg"

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
sed -e "s/@VERSION@/$deb_version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    "$here/control.in" > "$pkg/DEBIAN/control"
install -m 0755 "$here/postinst" "$pkg/DEBIAN/postinst"
install -m 0755 "$here/postrm" "$pkg/DEBIAN/postrm"

mkdir -p "$out"
deb="$out/desktopseg_${deb_version}_${arch}.deb"
# xz keeps the download smallest and every dpkg since Debian 6 reads it; threads speed it up.
# DEB_COMPRESSION/DEB_LEVEL override it (the install test packs with zstd -1 for speed).
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" -z"${DEB_LEVEL:-6}" \
         --threads-max="$(nproc)" --build "$pkg" "$deb" >/dev/null
echo "$deb"
