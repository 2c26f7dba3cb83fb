#!/usr/bin/env bash
# Runs a command on the current Node.js LTS (24 by default; NODE_LTS=22 for the previous one). The machines
# here have Node 20 (end of life since April 2026) and no other release except the npm registry's `node`
# package, so that package is installed into .tmp once and put first on PATH (npm and npx follow it).
# `npm run test:node-lts` runs the whole suite this way.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${NODE_LTS:-24}
dir=".tmp/node-lts-$version"
if [ ! -x "$dir/node_modules/.bin/node" ]; then
  mkdir -p "$dir"
  npm install --no-audit --no-fund --no-save --prefix "$dir" "node@$version" >/dev/null
fi
export PATH="$PWD/$dir/node_modules/.bin:$PATH"
echo "::: on Node.js $(node --version)"
exec "$@"
