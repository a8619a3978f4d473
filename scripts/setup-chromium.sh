#!/usr/bin/env bash
# Idempotently installs what the browser tests need on a machine that reaches only the npm registry and Debian:
# Debian's Chromium (playwright-core drives it; its own browser download is out of reach) and CJK fonts, so Chinese
# renders in screenshots and layouts as users see it; more Debian packages may be named as arguments. A machine
# that has them all returns at once.
set -euo pipefail

missing=()
for package in chromium fonts-noto-cjk "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: please install these Debian packages (or run this script as root): ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
