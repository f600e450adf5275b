#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through ChromeDriver. `./mvnw verify` runs this before the tests: it
# installs both from Debian's packages when they are missing (as root, as on CI machines), and says what to do
# otherwise. Nothing is downloaded by a test tool itself.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
# one installation at a time on a shared machine; apt's own locks would fail a second build instead of waiting
exec 9>/tmp/duaal-atlas-apt.lock
flock 9
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
chromium --version
chromedriver --version
