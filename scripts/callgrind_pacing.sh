#!/usr/bin/env bash
# Instructions a second the real binary spends on one animated screen, counted by callgrind:
# unlike CPU percentages, the count does not move when other builds share the machine.
# Runs BIN in a detached tmux window of COLSxROWS, starts the screen, zeroes the counters
# once it is moving, counts for SECS seconds, and prints instructions per second.
# Usage: scripts/callgrind_pacing.sh BIN [pacing|fast|rest|still|breathe] [COLS ROWS SECS]
set -euo pipefail
bin=$(realpath "$1"); what=${2:-pacing}; cols=${3:-80}; rows=${4:-24}; secs=${5:-20}
dir=$(mktemp -d); session="cg$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$dir"' EXIT
tempo="3-1-1-0"; rest=90
[ "$what" = fast ] && tempo="1-0-1-0"
cat > "$dir/p.toml" <<TOML
name = "Callgrind"
[defaults]
breathing = "box"
muscles = ["legs"]
[[day]]
name = "A"
[[day.exercise]]
name = "Goblet squat"
load = 16
reps = "max"
tempo = "$tempo"
rest = $rest
TOML
args=(run "$dir/p.toml" --countdown 0)
[ "$what" = breathe ] && args=(breathe box --minutes 5)
tmux new-session -d -s "$session" -x "$cols" -y "$rows" \
  "valgrind --tool=callgrind --callgrind-out-file=$dir/cg.out $bin --data-dir $dir/d --config-dir $dir/c ${args[*]} 2>$dir/vg.log"
wait_for() { for _ in $(seq 200); do tmux capture-pane -p -t "$session" | grep -q "$1" && return 0; sleep 0.2; done; echo "never saw $1" >&2; tmux capture-pane -p -t "$session" >&2; exit 1; }
case $what in
  pacing|fast) wait_for "Goblet squat"; tmux send-keys -t "$session" Space; wait_for "rep 1" ;;
  still) wait_for "Goblet squat" ;;
  rest) wait_for "Goblet squat"; tmux send-keys -t "$session" Space; wait_for "rep 1"
        tmux send-keys -t "$session" Enter; wait_for "Log"; sleep 0.3
        tmux send-keys -t "$session" Enter; wait_for "Rest" ;;
  breathe) wait_for "Now:" ;;
esac
sleep 2
callgrind_control -z "$bin" >/dev/null 2>&1
sleep "$secs"
callgrind_control -d "$bin" >/dev/null 2>&1
sleep 1
last=$(ls -t "$dir"/cg.out* | grep -v '^.*cg.out$' | head -1 || true)
[ -n "$last" ] || last="$dir/cg.out"
ir=$(grep -m1 '^summary:' "$last" | awk '{print $2}')
[ -n "$ir" ] || ir=$(grep -m1 '^totals:' "$last" | awk '{print $2}')
[ -n "${KEEP:-}" ] && cp "$last" "$KEEP"
echo "$what ${cols}x${rows}: $ir instructions in ${secs}s = $((ir / secs)) a second"
