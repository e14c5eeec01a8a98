#!/usr/bin/env bash
# Starts TrainingDesk on the embedded demo data set: installs the OS packages
# Fyne needs when missing, builds the real (cgo) GUI and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== 检查系统软件包（缺少时安装 Fyne 需要的 X11/OpenGL 开发包）"
scripts/deps.sh gui
mkdir -p bin
if [ ! -x bin/trainingdesk ]; then
  echo "== 首次编译图形界面：要编译 Fyne 的 C 部分（GLFW、OpenGL），2 核电脑约需 2–5 分钟，之后只需几秒。"
else
  echo "== 编译（只重新编译改动过的部分）"
fi
start=$SECONDS
go build -o bin/trainingdesk .
echo "== 编译完成（$((SECONDS - start)) 秒）。打开演示数据：$(bin/trainingdesk version)，数据在 ${TMPDIR:-/tmp}/trainingdesk-demo"
exec bin/trainingdesk --demo "$@"
