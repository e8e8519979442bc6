#!/usr/bin/env bash
# README command 1: install what is missing, then start Khiên on the embedded database
# (./data) with the demo province loaded; prints the URL and the demo logins.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node --import tsx packages/server/src/cli/main.ts serve --demo "$@"
