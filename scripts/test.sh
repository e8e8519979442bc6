#!/usr/bin/env bash
# README command 2: install what is missing (npm packages, PostgreSQL, poppler-utils, Chromium
# for the web end-to-end tests), then run every check
# and every test on both engines.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh postgres chromium poppler
exec node --import tsx scripts/test.ts "$@"
