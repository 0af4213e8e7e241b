#!/usr/bin/env bash
# CI, after packaging/ci_bundle.sh: the .deb as a clinic's IT uses it, on this machine.
#
# Packages the bundle ci_bundle.sh built (never rebuilt here), lints the package, installs it
# with dpkg, runs it as an unprivileged user with a clean HOME and no Python on PATH (smoke
# test, --version, a booking made with the CLI), installs a newer build over it (a throw-away
# version bump carrying a throw-away migration) and checks that every row survived, then
# removes it with apt-get and checks that nothing of the package is left while the user's data
# stays. Prints the package's size and the install and upgrade times.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/deb_tools.sh
bundle=dist/reservations-app
[[ -x $bundle/reservations-app ]] || { echo "FAIL: no bundle in $bundle: run make package"; exit 1; }

PACKAGE=reservations-app
DESK=reservations-ci-desk
UPGRADE_MIGRATION=9999_ci_upgrade_probe
version=$(.venv/bin/python -c 'import reservations_app; print(reservations_app.__version__)')
upgrade_version="${version}+ciupgrade1"

work=$(mktemp -d /tmp/reservations-deb-ci.XXXXXX)
chmod 755 "$work"
APT=(apt-get -o DPkg::Lock::Timeout=300 -y -qq)
purge_package() {  # also the "config-files" state a removed package with a postrm stays in
    if dpkg -s "$PACKAGE" >/dev/null 2>&1; then "${APT[@]}" purge "$PACKAGE" >/dev/null; fi
}
cleanup() {
    purge_package || true
    if id "$DESK" >/dev/null 2>&1; then userdel "$DESK" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
purge_package  # left by a developer's own try: start clean

seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

echo "--- build the .deb from the bundle ($bundle)"
start=$(date +%s.%N)
deb=$(.venv/bin/python packaging/build_deb.py --bundle "$bundle" --out dist | tail -1)
echo "$deb in $(seconds_since "$start") s"
bash packaging/lint_deb.sh "$deb"

echo "--- a newer build: version $upgrade_version with a throw-away migration"
cp -a "$bundle" "$work/upgrade-bundle"
cat > "$work/upgrade-bundle/_internal/reservations_app/store/migrations/$UPGRADE_MIGRATION.py" <<'EOF'
"""CI's throw-away migration: the upgraded package must migrate the installed database."""


def up(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql("CREATE TABLE ci_upgrade_probe (id INTEGER PRIMARY KEY, note TEXT)")
    db.execute_sql("INSERT INTO ci_upgrade_probe (note) VALUES ('migrated by the upgrade')")
EOF
upgrade_deb=$(.venv/bin/python packaging/build_deb.py --bundle "$work/upgrade-bundle" \
    --version "$upgrade_version" --out "$work" --compression gzip | tail -1)
rm -rf "$work/upgrade-bundle"

echo "--- dpkg -i"
start=$(date +%s.%N)
dpkg -i "$deb" >/dev/null
install_seconds=$(seconds_since "$start")
dpkg-query -L "$PACKAGE" | sort > "$work/files.txt"
for path in /usr/bin/reservations-app /opt/reservations-app/reservations-app \
        /usr/share/applications/org.reservations.app.desktop \
        /usr/share/metainfo/org.reservations.app.metainfo.xml \
        /usr/share/icons/hicolor/48x48/apps/reservations-app.png \
        /usr/share/icons/hicolor/scalable/apps/reservations-app.svg \
        /usr/share/man/man1/reservations-app.1.gz; do
    [[ -e $path ]] || { echo "FAIL: $path is not installed"; exit 1; }
done
echo "installed $(wc -l < "$work/files.txt") paths in ${install_seconds} s"

echo "--- as an unprivileged user, clean HOME, no Python on PATH"
id "$DESK" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$DESK"
home="$work/home"
mkdir -p "$home" "$work/no-python-bin"
chown "$DESK:" "$home"
desk() {
    runuser -u "$DESK" -- env -i HOME="$home" PATH="$work/no-python-bin" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen /usr/bin/reservations-app "$@"
}
if runuser -u "$DESK" -- env -i PATH="$work/no-python-bin" /bin/sh -c 'command -v python3'; then
    echo "FAIL: python3 is on the desk's PATH"; exit 1
fi
output=$(desk --smoke-test)
[[ $output == "smoke-test ok $version" ]] || { echo "FAIL: smoke test printed '$output'"; exit 1; }
echo "$output"
left=$(find "$home" -mindepth 1 | head -5)
[[ -z $left ]] || { echo "FAIL: --smoke-test wrote into HOME: $left"; exit 1; }
echo "the smoke test left HOME empty"
output=$(desk --version)
[[ $output == "reservations-app $version" ]] || { echo "FAIL: --version printed '$output'"; exit 1; }
echo "$output"

echo "--- a booking with the CLI, in the user's default database"
desk provider add --name "Dr Ada" --email ada@clinic.example --timezone Europe/Paris --json
day=$(date -u -d "+7 days" +%F)
desk availability add --provider 1 --date "$day" --block 09:00-12:00 --json >/dev/null
desk client add --name "Ann Lee" --phone "+33 1 23 45 67 89" --json
start_time=$(desk slots --date "$day" --provider 1 --json \
    | grep -o '"start": *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
[[ -n $start_time ]] || { echo "FAIL: no free slot on $day"; exit 1; }
desk book --client 1 --provider 1 --start "$start_time" --json
desk confirm 1 --json >/dev/null
desk reservation list --date "$day" --status confirmed --json | grep -q '"id": *1' \
    || { echo "FAIL: the confirmed booking is not listed"; exit 1; }
echo "booked and confirmed $start_time"
database="$home/.local/share/Reservations/reservations.sqlite3"
[[ -f $database ]] || { echo "FAIL: no database at $database"; exit 1; }

# Every table's row count, read with this machine's Python (the checker, not the app).
row_counts() {
    python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
for table in sorted(tables):
    print(table, db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
EOF
}
row_counts "$database" > "$work/rows-before.txt"

echo "--- upgrade: dpkg -i $(basename "$upgrade_deb") over the installed package"
start=$(date +%s.%N)
dpkg -i "$upgrade_deb" >/dev/null
upgrade_seconds=$(seconds_since "$start")
installed=$(dpkg-query -W -f='${Version}' "$PACKAGE")
[[ $installed == "$upgrade_version" ]] || { echo "FAIL: dpkg reports $installed"; exit 1; }
desk reservation list --date "$day" --json >/dev/null  # the first start migrates
row_counts "$database" > "$work/rows-after.txt"
grep -qx "ci_upgrade_probe 1" "$work/rows-after.txt" \
    || { echo "FAIL: the upgrade's migration did not run"; cat "$work/rows-after.txt"; exit 1; }
migrations_before=$(awk '$1 == "schema_migration" { print $2 }' "$work/rows-before.txt")
grep -qx "schema_migration $(( migrations_before + 1 ))" "$work/rows-after.txt" \
    || { echo "FAIL: the upgrade did not record exactly one new migration"; exit 1; }
while read -r table count; do
    [[ $table == schema_migration ]] && continue
    grep -qx "$table $count" "$work/rows-after.txt" \
        || { echo "FAIL: $table had $count rows before the upgrade:"; cat "$work/rows-after.txt"
             exit 1; }
done < "$work/rows-before.txt"
ls "$home/.local/share/Reservations/backups/" | grep -q "before-$UPGRADE_MIGRATION" \
    || { echo "FAIL: no backup was made before migrating"; exit 1; }
echo "upgraded to $installed in ${upgrade_seconds} s; every row kept" \
     "($(paste -sd, "$work/rows-before.txt"))"

echo "--- apt-get remove"
"${APT[@]}" remove "$PACKAGE" >/dev/null
if dpkg -s "$PACKAGE" 2>/dev/null | grep -q '^Status: install'; then
    echo "FAIL: still installed"; exit 1
fi
left=()
while read -r path; do
    # folders such as /usr/share/icons/hicolor/48x48/apps belong to other packages too
    [[ -e $path && ! -d $path ]] && left+=("$path")
done < "$work/files.txt"
[[ -e /opt/reservations-app ]] && left+=(/opt/reservations-app)
(( ${#left[@]} == 0 )) || { echo "FAIL: left behind: ${left[*]:0:5}"; exit 1; }
[[ -f $database ]] || { echo "FAIL: the user's database went with the package"; exit 1; }
row_counts "$database" | cmp -s - "$work/rows-after.txt" \
    || { echo "FAIL: the user's data changed on removal"; exit 1; }
echo "nothing of the package is left; the user's database and backups stay"

echo "--- figures"
echo "package: $(du -h "$deb" | cut -f1) ($(basename "$deb")), installed" \
     "$(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "dpkg -i: ${install_seconds} s; upgrade (dpkg -i over it): ${upgrade_seconds} s"
