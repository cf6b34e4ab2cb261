#!/usr/bin/env bash
# Installs Debian's Chromium for the browser call test (BrowserCallIT) when it is missing. The test runs this
# itself; .ci/run runs it before the tests so the install shows in the CI log on its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install Chromium yourself and set PARLEY_CHROMIUM to its path" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-chromium: installing Debian's chromium package"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
/usr/bin/chromium --version
