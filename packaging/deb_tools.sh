#!/usr/bin/env bash
# The Debian tools `make deb` and CI need: installed with apt-get only when one is missing.
#   dpkg-dev, binutils (objdump, strip), patchelf, lintian, desktop-file-utils
#   (desktop-file-validate), appstream (appstreamcli), fakeroot (for lintian's own checks),
#   libwayland-egl1 (so the bundle's Wayland EGL plugin's library is found and becomes a
#   dependency of the package rather than a silent gap).
set -euo pipefail

missing=()
for package in dpkg-dev fakeroot lintian desktop-file-utils appstream binutils patchelf \
        libwayland-egl1; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if (( ${#missing[@]} )); then
    echo "installing Debian packaging tools: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: run as root, or install them first: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi
