#!/usr/bin/env bash
# Startup of the packaged app (its launcher, trimmed runtime and AppCDS archive) against the
# trivial JavaFX window started by the same runtime without an application archive.
# Build the package first: mvn -Ppackage package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
IMAGE=target/package/image/Limber
[[ -x "$IMAGE/bin/Limber" ]] || { echo "no app image: run mvn -Ppackage package -DskipTests first" >&2; exit 2; }
if [[ -z "${DISPLAY:-}" && -z "${LIMBER_BENCH_INNER:-}" ]]; then
    exec env LIMBER_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
JAVA="$IMAGE/lib/runtime/bin/java"
CP=$(sed -n 's/^app.classpath=\$APPDIR/'"${IMAGE//\//\\/}"'\/lib\/app/p' "$IMAGE/lib/app/Limber.cfg" | paste -sd:)
mkdir -p target/bench
javac -d target/bench -cp "$CP" bench/TrivialWindow.java
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
echo '{"onboardingAccepted": true, "safetyCheck": 2}' > "$DATA/settings.json"

. bench/first-frame.sh
app() { first_frame "$IMAGE/bin/Limber" --data-dir="$DATA"; }
trivial() { first_frame "$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "target/bench:$CP" 'org.limber.bench.TrivialWindow$Main'; }

compare "packaged limber" "trivial (no app archive)" "< 1.00"
echo "app image: $(du -sh "$IMAGE" | cut -f1), archive: $(du -h "$IMAGE/lib/app/limber.jsa" 2>/dev/null | cut -f1)"
ls -l target/package/*.deb 2>/dev/null | awk '{printf ".deb: %.1f MB\n", $5 / 1e6}'
