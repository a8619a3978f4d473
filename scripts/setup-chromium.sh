#!/usr/bin/env bash
# Idempotently installs what the browser tests need on a machine that reaches only the npm registry and Debian:
# Debian's Chromium (playwright-core drives it; its own browser download is out of reach) and CJK fonts, so Chinese
# renders in screenshots and layouts as users see it; more Debian packages may be named as arguments. A machine
# that has them all returns at once.
set -euo pipefail

missing=()
# "install ok installed" only: a removed package keeps a dpkg entry (config-files) that `dpkg -s` still reports
for package in chromium fonts-noto-cjk "$@"; do
  [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: please install these Debian packages (or run this script as root): ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
