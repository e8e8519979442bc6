#!/usr/bin/env bash
# Install what a fresh Debian machine with Node 20 lacks, and nothing else:
#   - npm packages (npm ci) when node_modules is missing or older than package-lock.json;
#   - with "postgres": Debian's PostgreSQL server (tests start their own throw-away cluster);
#   - with "poppler": Debian's poppler-utils (pdftotext, pdftoppm), which the document tests use
#     to read generated PDFs back. The server itself needs no system fonts or tools: the fonts
#     it embeds are in packages/server/assets/fonts (docs/decisions/0006-document-fonts.md);
#   - with "chromium": Debian's Chromium (/usr/bin/chromium) for the web app's end-to-end tests;
#     playwright-core drives it and never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "▶ npm ci (cài thư viện / installing dependencies)"
  npm ci --no-audit --no-fund
fi

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Cần quyền root để cài $1 (apt-get) / root is needed to install $1" >&2
    exit 1
  fi
}

for want in "$@"; do
  case "$want" in
    postgres)
      if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
        need_root postgresql
        echo "▶ apt-get install postgresql"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      fi
      # Debian's package starts a cluster on 5432; tests never use it, and it need not run.
      ;;
    chromium)
      if [ ! -x /usr/bin/chromium ]; then
        need_root chromium
        echo "▶ apt-get install chromium"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
      fi
      ;;
    poppler)
      if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
        need_root poppler-utils
        echo "▶ apt-get install poppler-utils"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
      fi
      ;;
  esac
done
