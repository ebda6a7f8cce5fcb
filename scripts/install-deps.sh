#!/bin/sh
# Installs the Debian packages in scripts/debian-packages.txt that are missing, then the npm
# assets when package-lock.json changed. Fast when everything is there already.
set -eu
cd "$(dirname "$0")/.."

missing=""
for package in $(grep -v '^#' scripts/debian-packages.txt); do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

# Node.js may come from Debian or from elsewhere (NodeSource); only install Debian's when none is there.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"

if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo"
  else
    echo "Deze Debian-pakketten ontbreken en ik kan ze niet installeren (geen root of sudo):" >&2
    echo "  apt-get install$missing" >&2
    exit 1
  fi
  echo "Installing Debian packages:$missing"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
fi

# npm assets: reinstall only when the lock file is newer than the installed tree.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
