#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages TrainingDesk needs, only those missing.
#   scripts/deps.sh gui    C toolchain and the X11/GL/Wayland headers Fyne's cgo build needs
#   scripts/deps.sh test   pdftotext/pdftoppm and zbarimg, which the PDF and QR tests use
#   scripts/deps.sh release  the mingw cross-compiler (Windows .exe, resources) and xz, for scripts/release.sh
#   scripts/deps.sh wine   Wine, Xvfb and ImageMagick, for scripts/wine-smoke.sh
#   scripts/deps.sh scale  what scripts/scale.sh measures with (Xvfb, xdotool, GNU time, ImageMagick)
#   scripts/deps.sh all    all of them but scale (CI)
set -euo pipefail
want=()
case "${1:-all}" in
  gui)  want=(gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev) ;;
  test) want=(poppler-utils zbar-tools chromium) ;;
  release) want=(gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev gcc-mingw-w64-x86-64 xz-utils) ;;
  wine) want=(gcc-mingw-w64-x86-64 wine wine64 xvfb xauth imagemagick) ;;
  scale) want=(time xvfb xdotool x11-utils imagemagick) ;;
  all)  want=(gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev poppler-utils zbar-tools chromium)
        want+=(gcc-mingw-w64-x86-64 xz-utils wine wine64 xvfb xauth imagemagick) ;;
  *) echo "用法：scripts/deps.sh [gui|test|release|wine|scale|all]" >&2; exit 2 ;;
esac
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "缺少系统软件包：${missing[*]}（不是 Debian/Ubuntu，请用本系统的包管理器安装）" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "安装系统软件包：${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
