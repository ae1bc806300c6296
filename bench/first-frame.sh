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
