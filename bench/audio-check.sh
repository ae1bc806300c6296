#!/usr/bin/env bash
# Audio check, run on purpose (never part of mvn verify): plays a short routine's cues through
# Limber's real cue engine (SoundCues: Java Sound line + espeak-ng) into a PulseAudio null sink,
# records the sink's monitor with parec and measures the recording (bench/audio-analyse.py).
# Needs: pulseaudio pulseaudio-utils alsa-utils libasound2-plugins espeak-ng python3-numpy.
# Runs its own PulseAudio with its own HOME and runtime folder under target/audio-check, so the
# ~/.asoundrc routing ALSA to pulse exists only for this run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/audio-check
PAIN_MS=${PAIN_MS:-1500}   # time on the pain screen between opening the line and the first phase
mkdir -p "$OUT" && rm -rf "$OUT/home" "$OUT/run" && mkdir -p "$OUT/home" "$OUT/run"
chmod 700 "$OUT/run"

if [ "${SKIP_BUILD:-}" != 1 ]; then
    echo "== build (test classes and class path)"
    flock /tmp/limber-mvn.lock mvn -B -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
fi
CP="${CP_PREFIX:+$CP_PREFIX:}$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$OUT/cp.txt")"

export HOME=$OUT/home XDG_RUNTIME_DIR=$OUT/run
printf 'pcm.!default { type pulse }\nctl.!default { type pulse }\n' > "$HOME/.asoundrc"

echo "== PulseAudio with a null sink"
pulseaudio -D --exit-idle-time=-1 -n --load=module-native-protocol-unix 2>/dev/null || true
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl load-module module-null-sink sink_name=limber rate=44100 channels=1 format=s16le >/dev/null
pactl set-default-sink limber
cleanup() {
    [ -n "${PAREC:-}" ] && kill "$PAREC" 2>/dev/null || true
    pulseaudio --kill 2>/dev/null || true
}
trap cleanup EXIT

echo "== recording while the cues play"
parec -d limber.monitor --latency-msec=10 --rate=44100 --channels=1 --format=s16le --raw > "$OUT/recording.raw" &
PAREC=$!
sleep 0.5
java ${JAVA_OPTS:-} -cp "$CP" org.limber.bench.AudioCheck "$OUT/plan.csv" "$PAIN_MS"
kill "$PAREC"; wait "$PAREC" 2>/dev/null || true; PAREC=

VOLUME=$(awk -F, '$1 == "volume" { print $2 }' "$OUT/plan.csv")
WORDS=$(awk -F, '$1 == "end" && $5 != "" { print $5 }' "$OUT/plan.csv")
espeak-ng -v en -s 150 -a "$VOLUME" -w "$OUT/closing-reference.wav" -- "$WORDS"

echo "== measures"
python3 bench/audio-analyse.py "$OUT/recording.raw" "$OUT/plan.csv" "$OUT/closing-reference.wav"
