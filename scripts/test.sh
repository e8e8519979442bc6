#!/usr/bin/env bash
# README command 2: install what is missing (npm packages, PostgreSQL), then run every check
# and every test on both engines.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh postgres
exec node --import tsx scripts/test.ts "$@"
