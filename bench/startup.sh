#!/usr/bin/env bash
# Startup benchmark: starts Limber and a trivial JavaFX window alternately, RUNS times each
# (default 7), with the same JVM and class path, reads each one's first-frame line and
# prints the medians and their ratio (Limber / trivial). Target: at most 1.3.
#
#   bench/startup.sh                 # plain java -cp launch
#   RUNS=9 bench/startup.sh
#   JAVA_OPTS="" bench/startup.sh      # the JVM defaults instead of the shipped options
#
# Needs a display: runs under xvfb-run when DISPLAY is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
JAVA=${JAVA:-java}
# the options Limber ships with (pom.xml javafx:run, the packaged launcher); both programs get them
JAVA_OPTS=${JAVA_OPTS-"-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}

if [[ -z "${DISPLAY:-}" && -z "${LIMBER_BENCH_INNER:-}" ]]; then
    exec env LIMBER_BENCH_INNER=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

mvn -B -q -DskipTests compile
DEPS=$(mvn -B -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')
# the yardstick is compiled beside the app; both start with the same class path
mkdir -p target/bench
javac -d target/bench -cp "$DEPS" bench/TrivialWindow.java
CP="target/classes:target/bench:$DEPS"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
echo '{"onboardingAccepted": true, "safetyCheck": 2}' > "$DATA/settings.json"

. bench/first-frame.sh

# shellcheck disable=SC2086
app() { first_frame "$JAVA" $JAVA_OPTS -cp "$CP" org.limber.Launcher --data-dir="$DATA"; }
# shellcheck disable=SC2086
trivial() { first_frame "$JAVA" $JAVA_OPTS -cp "$CP" 'org.limber.bench.TrivialWindow$Main'; }

compare limber trivial "<= 1.30"
