#!/usr/bin/env bash
# ctest packaging_deb: builds the .deb with cpack from an already built tree, then checks
# what it holds (dpkg-deb -c), what it depends on (dpkg-deb -f), and that the installed
# desktop file, metainfo and programs are valid.
#   check-package.sh <build-dir> <scratch-dir> <appstream-id> <icon-size>...
set -euo pipefail
build_dir=$1 out_dir=$2 app_id=$3
shift 3
icon_sizes=("$@")

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (run scripts/install-deps)"; exit 77; }
done

fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$out_dir"
mkdir -p "$out_dir"
cd "$build_dir"
if ! cpack -G DEB -B "$out_dir" --config "$build_dir/CPackConfig.cmake" >"$out_dir/cpack.log" 2>&1; then
  cat "$out_dir/cpack.log" >&2
  fail "cpack -G DEB failed"
fi
debs=("$out_dir"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $out_dir, found: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$out_dir/contents.txt"
expected=(
  /usr/bin/lepton-console
  /usr/bin/lepton-console-cli
  /usr/share/applications/lepton-console.desktop
  "/usr/share/metainfo/$app_id.metainfo.xml"
  /usr/share/icons/hicolor/scalable/apps/lepton-console.svg
  /usr/share/doc/lepton-console/copyright
)
for size in "${icon_sizes[@]}"; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/lepton-console.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$out_dir/contents.txt" || { cat "$out_dir/contents.txt"; fail "$path is not in the package"; }
done
echo "contents: ${#expected[@]} expected files present"

# Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = lepton-console ] || fail "Package is not lepton-console"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The run-time plugins named by hand, and what dpkg-shlibdeps found in the programs.
for dep in libsecret-1-0 libqt6sql6-sqlite libqt6svg6 libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

# Installed as a user gets it.
root="$out_dir/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/lepton-console.desktop" || fail "installed .desktop file is invalid"
# The metainfo together with the desktop file and icons it refers to, as software centres read them.
appstreamcli validate-tree --no-net "$root" >/dev/null || fail "appstreamcli validate-tree failed on the package"
for size in "${icon_sizes[@]}"; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/lepton-console.png"
  file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done
QT_QPA_PLATFORM=offscreen "$root/usr/bin/lepton-console" --version | grep -q "$(dpkg-deb -f "$deb" Version)" \
  || fail "the packaged lepton-console does not run"
"$root/usr/bin/lepton-console-cli" --version >/dev/null || fail "the packaged lepton-console-cli does not run"
echo "OK"
