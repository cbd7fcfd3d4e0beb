#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder (only those targets and the
# few core sources they compile) and runs each for a bounded time on its seed corpus.
#
#   tests/fuzz/run.sh            60 seconds per target
#   FUZZ_SECONDS=600 tests/fuzz/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTESSERA_BUILD_FUZZERS=ON -DTESSERA_BUILD_TESTS=OFF -DTESSERA_BUILD_BENCHMARKS=OFF \
    -DTESSERA_BUILD_GUI=OFF ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER}
cmake --build "$build" -j2 --target fuzz_request_decoding

for target in fuzz_request_decoding; do
    corpus=tests/fuzz/corpus/${target#fuzz_}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # New inputs go to a scratch folder; the seeds in the repository stay as they are.
    mkdir -p "$work/corpus" "$work/artifacts"
    echo "fuzzing $target for ${seconds}s (seeds: $corpus)"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        "$work/corpus" "$corpus"
done
