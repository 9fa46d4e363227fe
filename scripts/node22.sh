#!/usr/bin/env bash
# Prints the bin folder of a Node.js 22, the Lambda runtime's major version, installing it the first time from the npm
# registry's `node` package into .cache/node22 (git-ignored). It is never a dependency of the project: .ci/run puts it
# first on PATH when the machine's node is older, and `npm run bench` measures with it beside the machine's own.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/node22
bin="$PWD/$dir/node_modules/.bin"
if ! "$bin/node" -e 'process.exit(Number(process.versions.node.split(".")[0]) === 22 ? 0 : 1)' >/dev/null 2>&1; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund node@22 >&2
fi
echo "$bin"
