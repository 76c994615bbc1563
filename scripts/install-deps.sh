#!/usr/bin/env bash
# Installs the Debian 12 packages KOL Planner needs to build, test and run.
# Idempotent: packages already present are skipped, and apt is not touched at all
# when nothing is missing. Uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libtorch-dev libopenblas0 libeigen3-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libsqlite3-dev sqlite3
    nlohmann-json3-dev libcli11-dev libfmt-dev libxlsxwriter-dev libcurl4-openssl-dev
    xvfb xauth xdotool poppler-utils imagemagick fonts-wqy-microhei unzip
    clang libclang-rt-14-dev clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
