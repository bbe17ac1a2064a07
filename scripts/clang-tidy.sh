#!/usr/bin/env bash
# clang-tidy with the checks of .clang-tidy (warnings are errors) over the project's own
# sources: app/, ui/ and tests/, and the headers under them (not Qt's, not moc/uic output).
#   scripts/clang-tidy.sh [BUILD_DIR [JOBS]]    (default build-ci, 2)
# BUILD_DIR must be configured and built: clang-tidy reads its compile_commands.json and
# needs the headers that moc and uic generate there.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build-ci}
jobs=${2:-2}
if [[ ! -f $build_dir/compile_commands.json ]]; then
    echo "$build_dir/compile_commands.json missing: configure and build $build_dir first" >&2
    exit 2
fi

# compile_commands.json names files by absolute path.
sources="^$(pwd -P)/(app|ui|tests)/"
# run-clang-tidy fails when any file has a finding; drop clang-tidy's per-file (coloured)
# "N warnings generated." (those are Qt's headers, filtered out).
generated=$'^(\e\\[[0-9;]*m)*[0-9]+ warnings? (and [0-9]+ errors? )?generated\\.$'
run-clang-tidy -quiet -j "$jobs" -p "$build_dir" -header-filter="$sources" "$sources" 2>&1 |
    { grep -Ev "$generated" || true; }
