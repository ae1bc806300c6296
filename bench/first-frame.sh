# Shared by the startup benchmarks (sourced, not run).

# Runs the command given, prints the milliseconds from its "first frame after N ms" line,
# then stops the process.
first_frame() {
    local out pid
    out=$(mktemp)
    "$@" > "$out" 2>/dev/null &
    pid=$!
    for _ in $(seq 1 600); do
        if grep -q "first frame after" "$out"; then break; fi
        sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p' "$out" | head -1
    rm -f "$out"
}

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Runs the caller's `app` and `trivial` functions alternately RUNS times, after one uncounted
# run of each (file cache, first-run data folder), and prints every run, the two medians and
# their ratio. $1 and $2 name the two; $3 is the target printed beside the ratio.
compare() {
    local a t i ma mt
    local -a as=() ts=()
    app > /dev/null
    trivial > /dev/null
    for i in $(seq 1 "$RUNS"); do
        a=$(app); t=$(trivial)
        echo "run $i: $1 ${a} ms, $2 ${t} ms"
        as+=("$a"); ts+=("$t")
    done
    ma=$(printf '%s\n' "${as[@]}" | median)
    mt=$(printf '%s\n' "${ts[@]}" | median)
    echo "median $1: ${ma} ms"
    echo "median $2: ${mt} ms"
    awk -v a="$ma" -v t="$mt" -v target="$3" 'BEGIN {printf "ratio: %.2f (target %s)\n", a / t, target}'
}
