#!/usr/bin/env bash
# README command 1: install what is missing, build the web app when needed, then start Khiên on the embedded database
# (./data) with the demo province loaded; prints the URL and the demo logins.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# The web app is served from packages/web/dist: build it when it is missing or older than its
# sources (the web app, the core code it bundles, its build config).
web_stamp=packages/web/dist/index.html
if [ ! -f "$web_stamp" ] || [ -n "$(find packages/web/src packages/web/public packages/web/index.html packages/web/vite.config.ts packages/core/src -newer "$web_stamp" -print -quit)" ]; then
  echo "▶ npm run build -w @khien/web (dựng giao diện web / building the web app)"
  NODE_ENV=production npm run build -w @khien/web --silent >/dev/null
fi
exec node --import tsx packages/server/src/cli/main.ts serve --demo "$@"
