#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests.
# Installs them when missing and we run as root; otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium and ChromeDriver: run 'sudo apt-get install chromium chromium-driver'." >&2
echo "(or set FAGFLYT_CHROMIUM and FAGFLYT_CHROMEDRIVER to their paths)" >&2
exit 0
