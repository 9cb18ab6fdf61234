#!/usr/bin/env bash
# Installs what the test suite needs beyond a JDK, from Debian's packages, if it is missing:
# LibreOffice (opens our .docx/.xlsx as independent proof they are valid), poppler-utils (pdftoppm, pdftotext),
# and Chromium with axe-core (tools/a11y, pinned by its package-lock.json) for the HTML accessibility check.
# Needs root (or sudo) on a Debian/Ubuntu machine. Safe to run again: it does nothing when all is there.
set -euo pipefail

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "dejavu sans" || packages+=(fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

# axe-core and playwright-core from the npm registry; playwright drives Debian's chromium, it downloads no browser.
install_a11y() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tools/a11y"
  if [ ! -d "$dir/node_modules/axe-core" ] || [ ! -d "$dir/node_modules/playwright-core" ]; then
    echo "Installing the accessibility checker (npm ci in tools/a11y)"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
}

if [ ${#packages[@]} -eq 0 ]; then
  install_a11y
  echo "Test tools already installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root or sudo to install: ${packages[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing test tools: ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
install_a11y
echo "Test tools installed."
