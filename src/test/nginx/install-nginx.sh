#!/usr/bin/env bash
# The reverse-proxy test (graphql.NginxCacheTest) puts Debian's nginx in front of the service. The test runs this
# first: it installs nginx from Debian's packages when it is missing (as root, as on CI machines), and says what to do
# otherwise. Quick when nginx is there. Nothing is downloaded by a test tool itself; the package's service is not
# started (the test starts its own nginx, with its own configuration, as a child process).
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
if command -v nginx >/dev/null; then
  command -v nginx
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The reverse-proxy test needs nginx: sudo apt-get install nginx" >&2
  exit 1
fi
echo "Installing Debian's nginx for the reverse-proxy test" >&2
# one installation at a time on a shared machine (the same lock as install-chromium.sh)
exec 9>/tmp/duaal-atlas-apt.lock
flock 9
if ! command -v nginx >/dev/null; then
  apt-get update -qq
  # RUNLEVEL=1: Debian's maintainer scripts do not start the system's nginx where no policy forbids it already
  RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
command -v nginx
