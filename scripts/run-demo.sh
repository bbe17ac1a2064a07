#!/usr/bin/env bash
# From a fresh Debian 12 machine to Salvage on the demo database: installs what is missing,
# builds (in build/, BUILD_TYPE default RelWithDebInfo) and opens the app with --demo.
# Extra arguments go to salvage, e.g. --lang de.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-packages.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
cmake --build build -j "${JOBS:-2}"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): run this from a desktop session," >&2
    echo "or try: xvfb-run $0" >&2
fi
exec build/app/salvage --demo "$@"
