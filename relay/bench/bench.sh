#!/bin/sh
# Side-by-side throughput of smtpgw relay and Postfix, with Postfix's
# smtp-source as the load generator and smtp-sink as the upstream.
#
#   apt-get install postfix        # for the benchmark only, never in CI
#   relay/bench/bench.sh [MESSAGES] [SESSIONS]
#
# For each message size (1 KB, 100 KB) and each mode (one connection per
# message; session reuse, smtp-source -d) it reports messages per second
# accepted (smtp-source done) and delivered (smtp-sink counted them all),
# for: smtp-source -> smtp-sink directly (the ceiling), smtp-source ->
# smtpgw relay -> smtp-sink (fsync on), and smtp-source -> Postfix ->
# smtp-sink when Postfix is installed (it reconfigures the local Postfix:
# loopback only, relayhost = the sink). Run as root on an idle machine.
set -eu
N=${1:-10000}
S=${2:-20}
BASE=${BENCH_PORT_BASE:-25250}
SINK=$BASE; RELAY=$((BASE+1)); PF=$((BASE+2))
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'set +e; kill $(jobs -p) 2>/dev/null; [ -n "${PFON:-}" ] && postfix stop >/dev/null 2>&1; rm -rf "$TMP"' EXIT

command -v smtp-source >/dev/null || { echo "smtp-source not found: apt-get install postfix" >&2; exit 1; }
(cd "$ROOT" && go build -o "$TMP/smtpgw" ./cmd/smtpgw)

now() { date +%s.%N; }
rate() { echo "$1 $2 $3" | awk '{ printf "%.0f", $1 / ($3 - $2) }'; }

# sink_count: messages the sink has counted so far (0 before the first)
sink_count() {
  c=$(tr '\r' '\n' < "$TMP/sink.out" | sed -n 's/.*mesg=\([0-9]*\).*/\1/p' | tail -n 1)
  echo "${c:-0}"
}

# purge_postfix: drop the benchmark's messages left in the local Postfix's
# queue (by an earlier interrupted run), so they cannot reach the sink later.
purge_postfix() {
  [ -n "${PFON:-}" ] || return 0
  mailq 2>/dev/null | awk '/^[0-9A-F]+[*!]? / && $NF=="bench@example.test" {gsub(/[*!]/,"",$1); print $1}' |
    postsuper -d - >/dev/null 2>&1 || true
}

start_sink() {
  smtp-sink -c -u root 127.0.0.1:$SINK 1000 > "$TMP/sink.out" 2>&1 &
  SINKPID=$!
  sleep 0.3
}
stop_sink() { kill $SINKPID 2>/dev/null; wait $SINKPID 2>/dev/null || true; }

# run LABEL PORT SIZE REUSE
run() {
  label=$1; port=$2; size=$3; reuse=$4
  start_sink
  d=""; [ "$reuse" = yes ] && d="-d"
  t0=$(now)
  smtp-source -s "$S" -m "$N" -l "$size" $d -f bench@example.test -t sink@example.test 127.0.0.1:$port
  t1=$(now)
  while [ "$(sink_count)" -lt "$N" ]; do
    sleep 0.05
    if [ "$(echo "$(now) - $t1 > 300" | bc)" = 1 ]; then echo "  timeout: sink got $(sink_count) of $N"; break; fi
  done
  t2=$(now)
  stop_sink
  printf "%-22s size=%-6s reuse=%-3s accepted %6s msg/s   delivered %6s msg/s\n" "$label" "$size" "$reuse" \
    "$(rate "$N" "$t0" "$t1")" "$(rate "$N" "$t0" "$t2")"
}

start_relay() {
  rm -rf "$TMP/spool"
  "$TMP/smtpgw" relay --listen 127.0.0.1:$RELAY --spool "$TMP/spool" --hostname relay.example.test \
    --smarthost smtp://127.0.0.1:$SINK --smarthost-tls none --max-connections 200 --max-connections-per-ip 200 \
    --max-deliveries 40 --max-per-destination 40 --log-format json 2> "$TMP/relay.log" &
  RELAYPID=$!
  sleep 0.5
}

if command -v postfix >/dev/null; then
  postconf -e "inet_interfaces=127.0.0.1" "inet_protocols=ipv4" "mydestination=" "relayhost=[127.0.0.1]:$SINK" \
    "mynetworks=127.0.0.0/8" "smtpd_relay_restrictions=permit_mynetworks,reject" "maillog_file=/var/log/postfix-bench.log" \
    "default_process_limit=100" "smtp_tls_security_level=none" "compatibility_level=3.6"
  postconf -M "127.0.0.1:$PF/inet=127.0.0.1:$PF inet n - n - - smtpd"
  newaliases 2>/dev/null || true
  postfix stop >/dev/null 2>&1 || true
  postfix start >/dev/null 2>&1 || postfix reload >/dev/null 2>&1 || true
  PFON=1
  purge_postfix
  sleep 1
fi

echo "$N messages, $S concurrent sessions, $(nproc) cores"
for size in 1024 102400; do
  for reuse in no yes; do
    run "sink directly" $SINK $size $reuse
    start_relay
    run "smtpgw relay" $RELAY $size $reuse
    kill -TERM $RELAYPID; wait $RELAYPID 2>/dev/null || true
    if [ -n "${PFON:-}" ]; then purge_postfix; run "postfix" $PF $size $reuse; purge_postfix; fi
  done
done
