#!/usr/bin/env bash
# Installs what the test suite needs beyond a JDK, from Debian's packages, if it is missing:
# LibreOffice (opens our .docx/.xlsx as independent proof they are valid) and poppler-utils (pdftoppm, pdftotext).
# Needs root (or sudo) on a Debian/Ubuntu machine. Safe to run again: it does nothing when all is there.
set -euo pipefail

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "dejavu sans" || packages+=(fonts-dejavu-core)

if [ ${#packages[@]} -eq 0 ]; then
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
echo "Test tools installed."
