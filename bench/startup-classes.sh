#!/usr/bin/env bash
# Remakes src/main/resources/org/limber/startup-classes.txt: the classes from outside the JDK
# that Limber loads between the toolkit being up (AppContext is loaded in init()) and its first
# frame, in the order it loads them. The warm-up thread loads them ahead (StartupClasses).
# Run it after upgrading JavaFX or AtlantaFX, or after changing what the shell shows; a stale
# list only costs speed (StartupClassesTest names what it no longer finds).
#
# Needs a display: runs under xvfb-run when DISPLAY is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${DISPLAY:-}" && -z "${LIMBER_BENCH_INNER:-}" ]]; then
    exec env LIMBER_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

mvn -B -q -DskipTests compile
DEPS=$(mvn -B -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/data" "$WORK/empty/org/limber"
echo '{"onboardingAccepted": true, "safetyCheck": 2}' > "$WORK/data/settings.json"
# an empty list ahead of the real one on the class path: nothing is preloaded while measuring
: > "$WORK/empty/org/limber/startup-classes.txt"

java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:class+load:file="$WORK/classes.log" \
    -cp "$WORK/empty:target/classes:$DEPS" org.limber.Launcher --data-dir="$WORK/data" --exit-when-ready > "$WORK/out.txt"
FIRST=$(sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p' "$WORK/out.txt" | head -1)
[[ -n "$FIRST" ]] || { echo "no first-frame line from the app" >&2; exit 1; }

OUT=src/main/resources/org/limber/startup-classes.txt
{
    echo "# Made by bench/startup-classes.sh: classes loaded between init() and the first frame."
    # [0.123s][info][class,load] name source: file:/...jar   (JDK classes come from jrt: or the CDS archive)
    awk -v first="$FIRST" '
        / org\.limber\.AppContext source: / { on = 1 }
        {
            t = $1; gsub(/[\[\]s]/, "", t)
            if (t * 1000 > first) exit
            if (on && $0 ~ /source: (file:|jar:)/ && $0 !~ /\$\$Lambda|0x[0-9a-f]+/) print $2
        }' "$WORK/classes.log"
} > "$OUT"
echo "$(($(wc -l < "$OUT") - 1)) classes written to $OUT (first frame after $FIRST ms)"
