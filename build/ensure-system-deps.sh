#!/usr/bin/env bash
# Installs the Debian packages Löfte Desktop needs, when they are missing.
# Called by `make` before it creates .venv, so `make run` / `make test` are the only
# set-up on a fresh Debian machine. Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
  python3 python3-venv python3-pip            # the virtual environment
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt
  libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core                            # å, ä, ö on screen and in PDFs
  xvfb xauth                                   # screenshots and headless runs
  poppler-utils                                # pdftoppm for report previews in docs
  libpango-1.0-0 libpangoft2-1.0-0             # WeasyPrint: the accessible PDF (PDF/UA)
)
if [ -n "${LOFTE_EXTRA_APT:-}" ]; then
  read -r -a extra <<<"$LOFTE_EXTRA_APT"
  packages+=("${extra[@]}")
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: the user installs these

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installerar systempaket: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
