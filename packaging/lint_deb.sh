#!/usr/bin/env bash
# Check a built .deb the way a distribution would: the desktop entry, the AppStream metadata,
# and lintian (clean, or each override justified in packaging/deb/lintian-overrides).
# usage: bash packaging/lint_deb.sh dist/reservations-app_<version>_<arch>.deb
set -euo pipefail
deb=${1:?usage: lint_deb.sh PACKAGE.deb}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"

echo "--- desktop-file-validate"
desktop-file-validate "$work"/usr/share/applications/*.desktop
echo "ok"

echo "--- appstreamcli validate"
appstreamcli validate --no-net --explain "$work"/usr/share/metainfo/*.metainfo.xml

echo "--- lintian"
# Overrides live in the package (usr/share/lintian/overrides), each with its reason; anything
# else at warning level or above fails the build.
lintian --fail-on error,warning "$deb"
echo "lintian: clean (overrides: $(grep -c '^[a-z]' packaging/deb/lintian-overrides || true))"
