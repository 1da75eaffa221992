#!/usr/bin/env bash
# Build DesktopSeg for the current OS and check the frozen app works (what `make package` runs).
#
#   installers/build.sh [--reuse-bundle] [--no-installer]
#
#   1. PyInstaller one-folder bundle: dist/DesktopSeg/ (macOS: also dist/DesktopSeg.app)
#   2. the frozen binary's --self-test (window offscreen, sample, every scheme, PDF)
#   3. start-up time of the frozen app to its first shown window (median of 3)
#   4. installers:  Linux   dist/desktopseg-<v>-linux-x86_64.tar.gz, dist/desktopseg_<v>_amd64.deb
#                   Windows dist/DesktopSeg-<v>-setup.exe (NSIS; needs makensis on PATH)
#                   macOS   dist/DesktopSeg-<v>.dmg (hdiutil)
#   5. sizes of the bundle and each installer
#
# --reuse-bundle skips step 1 when dist/DesktopSeg exists (tests use it with a fresh bundle);
# --no-installer stops after step 3. PY picks the Python (default: .venv's, else python3).
# build/ and dist/ are git-ignored.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

reuse=0
installers=1
for arg in "$@"; do
  case "$arg" in
    --reuse-bundle) reuse=1 ;;
    --no-installer) installers=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ -z "${PY:-}" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 || [ -x "$candidate" ]; then PY="$candidate"; break; fi
  done
fi
version="$("$PY" -c 'import desktopseg; print(desktopseg.__version__)')"
case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 2 ;;
esac
bundle=dist/DesktopSeg
case "$os" in
  windows) app="$bundle/desktopseg-cli.exe" ;;  # the console twin: the windowed .exe has no stdout
  macos) app="dist/DesktopSeg.app/Contents/MacOS/DesktopSeg" ;;
  *) app="$bundle/DesktopSeg" ;;
esac

now() { "$PY" -c 'import time; print(f"{time.time():.3f}")'; }
human() { "$PY" -c 'import sys; n=int(sys.argv[1]); print(f"{n/1e6:.1f} MB")' "$1"; }
size_of() {  # bytes of a file or folder
  if [ -d "$1" ]; then
    "$PY" -c 'import os,sys; print(sum(os.path.getsize(os.path.join(d,f)) for d,_,fs in os.walk(sys.argv[1]) for f in fs if not os.path.islink(os.path.join(d,f))))' "$1"
  else
    "$PY" -c 'import os,sys; print(os.path.getsize(sys.argv[1]))' "$1"
  fi
}

echo "== DesktopSeg $version for $os"
if [ "$reuse" = 1 ] && [ -e "$app" ]; then
  echo "== 1. reusing $bundle"
else
  echo "== 1. PyInstaller bundle"
  t0=$(now)
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build installers/desktopseg.spec
  t1=$(now)
  echo "built in $("$PY" -c "print(f'{$t1 - $t0:.0f} s')")"
fi

echo "== 2. frozen self-test: $app --self-test"
QT_QPA_PLATFORM=offscreen "$app" --self-test

echo "== 3. start-up to a shown window (frozen, offscreen)"
times=()
for _ in 1 2 3; do
  line="$(QT_QPA_PLATFORM=offscreen DESKTOPSEG_STARTUP_PROBE="$(now)" "$app" | grep startup_seconds= || true)"
  echo "   $line"
  times+=("$(printf '%s' "$line" | sed -n 's/.*startup_seconds=\([0-9.]*\).*/\1/p')")
done
"$PY" -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:] if x]; print(f"   median {statistics.median(v):.2f} s (budget 3 s)" if v else "   no probe output")' "${times[@]}"

if [ "$installers" = 0 ]; then exit 0; fi

echo "== 4. installers"
made=()
case "$os" in
  linux)
    tarball="dist/desktopseg-$version-linux-x86_64.tar.gz"
    if command -v pigz >/dev/null; then gz="pigz -9"; else gz="gzip -9"; fi
    tar -C dist -cf - DesktopSeg | $gz > "$tarball"
    made+=("$tarball")
    made+=("$(installers/linux/make_deb.sh "$bundle" "$version" dist)")
    ;;
  windows)
    setup="dist/DesktopSeg-$version-setup.exe"
    makensis -V2 -DVERSION="$version" -DPAYLOAD="$(cygpath -w "$root/$bundle" 2>/dev/null || echo "$root/$bundle")" \
             -DOUTFILE="$(cygpath -w "$root/$setup" 2>/dev/null || echo "$root/$setup")" \
             installers/windows/desktopseg.nsi
    made+=("$setup")
    ;;
  macos)
    made+=("$(installers/macos/make_dmg.sh "dist/DesktopSeg.app" "$version" dist)")
    ;;
esac

echo "== 5. sizes"
echo "   bundle $bundle: $(human "$(size_of "$bundle")")"
for f in "${made[@]}"; do echo "   $f: $(human "$(size_of "$f")")"; done
