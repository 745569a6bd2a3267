#!/usr/bin/env bash
# The whole test suite, on a fresh Linux machine: installs what the tests need (npm packages,
# Debian's Chromium for the browser tests) when missing, runs Jest and prints one closing line
# "N passed, N failed". Extra arguments go to Jest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Browser tests need Debian's Chromium: sudo apt-get install chromium" >&2
  fi
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

report="$(mktemp)"
status=0
npx jest --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$report" || true
rm -f "$report"
exit "$status"
