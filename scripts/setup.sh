#!/usr/bin/env bash
# Installs everything Lucid Reader needs on a fresh Debian machine with Node 20: the browsers and X tools the
# end-to-end tests drive (Debian's chromium, firefox-esr, xvfb, xdotool), the speech engine the read-aloud test
# hears through (speech-dispatcher with espeak-ng), Slurm and munge for the array-job test
# (tests/cli/slurm-array.test.ts starts its own single-node cluster; the packages' own services are not used) and the
# npm packages (exact, from the lock).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in chromium firefox-esr xvfb xdotool speech-dispatcher speech-dispatcher-espeak-ng slurm-wlm munge; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]} with apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("setup: Node >= 20.19 is required, found "+process.versions.node); process.exit(1) }'
npm ci --no-audit --no-fund
