#!/usr/bin/env bash
# The test command (README): installs what is missing, configures and builds build/
# (RelWithDebInfo, Ninja, -j2) and runs the whole ctest suite against a throwaway PostgreSQL
# server (tests/with-postgres.sh documents the TESSERA_TEST_PG_* variables the tests get).
# Works from any directory. Extra arguments go to ctest, for example `tests/run.sh -L postgres`.
# Exit code: ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
exec tests/with-postgres.sh ctest --test-dir build --output-on-failure -j2 "$@"
