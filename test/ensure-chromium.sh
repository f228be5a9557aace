#!/usr/bin/env bash
# The HTML report's browser test (test/report/html-browser.test.ts) drives Debian's chromium at
# /usr/bin/chromium, never a browser playwright downloads. A fresh Debian machine has none: it is
# installed here from Debian's registry, as .ci/run does, where this user may (root, or sudo
# without a password). Elsewhere this says what to do, and the browser test fails naming it.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "imr-audit tests: $CHROMIUM is missing and there is no apt-get here: install chromium there, or the HTML report's browser test fails" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "imr-audit tests: $CHROMIUM is missing and installing it needs root: run 'apt-get install chromium' as root, or the HTML report's browser test fails" >&2
  exit 0
fi
echo "imr-audit tests: installing Debian's chromium for the HTML report's browser test (apt-get install chromium, once)" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM" --version >&2
