#!/bin/sh
# Installs TrainingDesk for the current user: the program into ~/.local/bin,
# the menu entry and the icon where the desktop finds them.
set -e
cd "$(dirname "$0")"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
install -m 755 trainingdesk "$HOME/.local/bin/trainingdesk"
install -m 644 trainingdesk.png "$HOME/.local/share/icons/hicolor/256x256/apps/trainingdesk.png"
sed "s|^Exec=trainingdesk|Exec=$HOME/.local/bin/trainingdesk|" trainingdesk.desktop >"$HOME/.local/share/applications/trainingdesk.desktop"
echo "已安装：$HOME/.local/bin/trainingdesk（在应用菜单中找“职业培训管理”）"
