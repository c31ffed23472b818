#!/bin/sh
# Starts the production server (`next start`, arguments passed on) with its memory bounded.
# Figures: docs/benchmarks.md, "Server memory".
#
# V8 sizes its heap from the machine's memory (a 4 GB limit on a 24 GB host) and, with that much
# room, lets garbage pile up between full collections: under ordinary load the server reached
# 650 MB of heap and 1 GB of RSS while its live set after a full collection was about 230 MB, and
# a 500,000-row export peaked at 511 MB. With the old generation capped, full collections run
# close to the live set instead.
#  --max-old-space-size  the cap: the live set (≈ 160 MB of heap after every page route and an
#                        export, most of it the server bundles' source text) plus room for an
#                        export's or a report's working set and for pages' garbage between full
#                        collections (at 256 MB the server rendered 8–27 % fewer pages a second).
#                        A process whose live set outgrows it stops with "heap out of memory";
#                        raise SERVER_MAX_OLD_SPACE_MB before that.
#  --max-semi-space-size semi-spaces of at most 8 MB instead of 16 MB: requests' garbage dies
#                        young either way, and the young generation holds less of it.
# glibc keeps a malloc arena per thread that has allocated (libuv's pool runs the exports' zip
# compression and password hashing), and memory freed in one is rarely handed back: two arenas.
# SERVER_MAX_OLD_SPACE_MB and MALLOC_ARENA_MAX override the defaults (command-line flags win over
# NODE_OPTIONS, so the cap is not read from there).
set -e
cd "$(dirname "$0")/.."
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node --max-old-space-size="${SERVER_MAX_OLD_SPACE_MB:-320}" --max-semi-space-size=8 node_modules/next/dist/bin/next start "$@"
