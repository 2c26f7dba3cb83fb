#!/usr/bin/env bash
# Every test: static checks, unit tests, integration tests on PGlite and PostgreSQL, browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
started=$(date +%s)
failed=()

step() { # name, command...
  local name=$1; shift
  echo "::: $name"
  if ! "$@"; then failed+=("$name"); fi
}

bash scripts/ensure-system-deps.sh || exit 1
step lint npm run lint --silent
step typecheck npm run typecheck --silent
step architecture npm run arch --silent
rm -f .tmp/vitest.json .tmp/vitest.log .tmp/e2e.json
# The log is kept so the summary can repeat, at the very end, why vitest failed when no test did.
step 'unit and integration' bash -o pipefail -c 'npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json 2>&1 | tee .tmp/vitest.log'
step 'web build' npm run build:web --silent
step browser npx playwright test --config apps/e2e/playwright.config.ts

node scripts/test-summary.mjs
echo "test suite took $(( $(date +%s) - started )) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
