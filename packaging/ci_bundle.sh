#!/usr/bin/env bash
# CI, after the tests: build the workstation archive (`make package`), unpack it somewhere else,
# and prove that it starts on its own: no Python, no virtualenv, no system zone database, an
# empty environment. Prints the bundle's size and the frozen start-to-smoke-test time.
set -euo pipefail
cd "$(dirname "$0")/.."

# PyInstaller reads binaries' dependencies with objdump (binutils). Qt's X11 plugin needs a few
# libraries that a minimal build machine lacks; PyInstaller bundles what it finds, so with these
# present the archive carries them to workstations that lack them too. (Wayland's libraries are
# never bundled, PyInstaller leaves them to the system: the .deb depends on them instead.)
# Xvfb runs the frozen app once on a real X display.
missing=()
for package in binutils libxcb-icccm4 libxcb-keysyms1 xvfb xauth; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if (( ${#missing[@]} )); then
    echo "installing build packages: ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

build_start=$(date +%s)
make package
build_seconds=$(( $(date +%s) - build_start ))

version=$(.venv/bin/python -c 'import reservations_app; print(reservations_app.__version__)')
tag=$(.venv/bin/python packaging/archive.py --print-tag)
archive="dist/reservations-app-${version}-${tag}.tar.gz"
[[ -f "$archive" ]] || { echo "FAIL: $archive was not made"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
bundle="$work/reservations-app-${version}"
app="$bundle/reservations-app"
mkdir -p "$work/home" "$work/no-zoneinfo"

# The frozen app with nothing from this machine's Python set-up: an empty environment, a fresh
# HOME, and a zone search path that finds nothing, so only the bundled tzdata can answer.
frozen() {
    (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen PYTHONTZPATH="$work/no-zoneinfo" "$app" "$@")
}

echo "--- the bundle's shared libraries: each one allowed, no dangling link"
unexpected=()
while read -r library; do
    allowed=0
    while read -r pattern; do
        [[ -z $pattern || $pattern == \#* ]] && continue
        # shellcheck disable=SC2053  # the allow-list holds shell patterns
        if [[ $library == $pattern ]]; then allowed=1; break; fi
    done < packaging/bundle-libraries.txt
    (( allowed )) || unexpected+=("$library")
done < <(find "$bundle" \( -name '*.so' -o -name '*.so.*' \) -printf '%f\n' | sort -u)
if (( ${#unexpected[@]} )); then
    echo "FAIL: libraries not in packaging/bundle-libraries.txt (exclude them in the spec, or" \
         "allow them there if the app really loads them): ${unexpected[*]}"
    exit 1
fi
dangling=$(find "$bundle" -xtype l)
[[ -z $dangling ]] || { echo "FAIL: dangling symlinks in the bundle: $dangling"; exit 1; }
echo "$(find "$bundle" \( -name '*.so' -o -name '*.so.*' \) | wc -l) libraries, all allowed;" \
     "no dangling link"

echo "--- frozen smoke test"
expected="smoke-test ok ${version}"
smoke_start=$(date +%s.%N)
status=0
output=$(frozen --smoke-test 2>"$work/smoke.err") || status=$?
smoke_seconds=$(awk -v a="$smoke_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
if [[ $status -ne 0 || "$output" != "$expected" ]]; then
    echo "FAIL: the frozen app's --smoke-test exited $status and printed '${output}'," \
         "not '${expected}'"
    cat "$work/smoke.err"
    if grep -q "reservations_app.ui.main_window" "$work/smoke.err"; then
        echo "(the smoke test builds reservations_app.ui.main_window.MainWindow, which this" \
             "tree does not have yet)"
    fi
    exit 1
fi
echo "$output"
left=$(find "$work/home" -mindepth 1 | head -5)
[[ -z $left ]] || { echo "FAIL: --smoke-test wrote outside its temporary folder: $left"; exit 1; }

echo "--- the same on an X display (Xvfb), with the bundled xcb platform plugin"
status=0
output=$(cd "$work" && xvfb-run -a bash -c 'exec env -i PATH=/usr/bin:/bin HOME="$1" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=xcb PYTHONTZPATH="$2" DISPLAY="$DISPLAY" \
    XAUTHORITY="$XAUTHORITY" "$3" --smoke-test' _ "$work/home" "$work/no-zoneinfo" "$app" \
    2>"$work/xcb.err") || status=$?
if [[ $status -ne 0 || "$output" != "$expected" ]]; then
    echo "FAIL: on X the frozen app exited $status and printed '${output}'"; cat "$work/xcb.err"
    exit 1
fi
echo "$output"

echo "--- CLI from the bundle: demo, then slots"
db="sqlite:///$work/ci.sqlite3"
frozen --db "$db" demo --json
found=0
for ahead in $(seq 2 14); do
    day=$(date -u -d "+${ahead} days" +%F)
    slots=$(frozen --db "$db" slots --date "$day" --json)
    # grep finds nothing on a weekend; under pipefail that must not end the script.
    found=$({ grep -o '"start"' <<<"$slots" || true; } | wc -l)
    if (( found > 0 )); then
        echo "slots --date $day --json: $found slots, e.g. ${slots:0:120}..."
        break
    fi
done
(( found > 0 )) || { echo "FAIL: no day in the next two weeks has slots in the demo clinic"; exit 1; }

echo "--- the PostgreSQL driver is bundled (a refused loopback connection, not a missing driver)"
status=0
frozen --db "postgresql://ci@127.0.0.1:9/none" provider list 2>"$work/pg.err" || status=$?
if [[ $status -ne 1 ]] || ! grep -q "Cannot connect" "$work/pg.err"; then
    echo "FAIL: expected a refused connection, got exit $status:"; cat "$work/pg.err"; exit 1
fi
cat "$work/pg.err"

echo "--- figures"
echo "build time (make package): ${build_seconds} s"
echo "bundle size (one folder): $(du -sh "$bundle" | cut -f1)"
echo "archive size: $(du -h "$archive" | cut -f1) ($archive)"
echo "frozen start to 'smoke-test ok': ${smoke_seconds} s"
