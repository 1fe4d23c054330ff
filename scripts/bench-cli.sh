#!/bin/sh
# bench-cli.sh: time smtpgw's commands with hyperfine beside a Go hello-world
# and the C/Perl tools users would otherwise type (posttls-finger, swaks).
# Start-up is also given in page faults, CPU and wall time per run (median
# of interleaved runs), with the load average before and after each table.
# A comparison whose tool is not installed is skipped, and says so.
#
# Start-up needs nothing else. The network comparisons need an SMTP server
# with STARTTLS that you run yourself on loopback (never a real domain),
# for instance a Postfix bound to 127.0.0.1 on a spare port:
#
#   SMTP=127.0.0.1:12525      the server (host:port), STARTTLS offered
#   SMTP_NAME=mx.speed.test   the name in its certificate (posttls-finger -m)
#   SMTP_CA=ca.pem            the CA that signed it (for swaks and
#                             posttls-finger; smtpgw gets it through
#                             SSL_CERT_FILE so that it verifies against
#                             "system" roots as it does by default)
#   SMTP_SIX="h:p h:p ..."    six targets probed at once (default: none)
#   RCPT=a@rcpt.test FROM=s@send.test   envelope of the test message
#   RUNS=20                   runs per command
#
# Run from the repository: scripts/bench-cli.sh
set -eu
RUNS=${RUNS:-20}
FROM=${FROM:-s@send.test}
RCPT=${RCPT:-a@rcpt.test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v python3 >/dev/null 2>&1; then
	echo "python3 is needed to read hyperfine's results" >&2
	exit 1
fi
if ! command -v hyperfine >/dev/null 2>&1; then
	echo "hyperfine is not installed (Debian: apt-get install hyperfine): nothing to compare" >&2
	exit 1
fi

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
# Built as a release is (.goreleaser.yaml): static, no symbols, a version
# (without one, --version reads the module version from the build info).
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=v0.0.0-bench" -o "$tmp/smtpgw" ./cmd/smtpgw
mkdir "$tmp/hello"
printf 'module hello\n\ngo 1.26\n' >"$tmp/hello/go.mod"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$tmp/hello/main.go"
(cd "$tmp/hello" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/hello-world" .)
# The floor of one binary with the design card's libraries: a hello-world
# that only links them (their package initialisation runs, nothing else).
floor=_benchfloor$$
mkdir "$floor"
trap 'rm -rf "$tmp" "$floor"' EXIT
printf 'package main\n\nimport (\n\t_ "crypto/tls"\n\t"fmt"\n\t_ "net/http"\n\n\t_ "github.com/charmbracelet/lipgloss"\n\t_ "github.com/emersion/go-message"\n\t_ "github.com/emersion/go-msgauth/dkim"\n\t_ "github.com/emersion/go-smtp"\n\t_ "github.com/miekg/dns"\n\t_ "github.com/spf13/cobra"\n)\n\nfunc main() { fmt.Println("hello") }\n' >"$floor/main.go"
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/floor" "./$floor"
rm -rf "$floor"
# Measured as copies: on a virtual machine a binary the linker has just
# written can run slower than a copy of it for minutes.
for b in smtpgw hello-world floor; do cp "$tmp/$b" "$tmp/$b.copy" && mv "$tmp/$b.copy" "$tmp/$b"; done
sync
S="$tmp/smtpgw"

# hf runs hyperfine and prints, per command, the median wall time, the
# median's ratio to the first command, and the mean CPU time (user+system):
# on a shared machine the CPU time says more than the wall time.
hf() {
	hyperfine -N -i --warmup 3 --runs "$RUNS" --style none --export-json "$tmp/out.json" "$@" >/dev/null 2>&1
	python3 - "$tmp/out.json" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1]))["results"]
base = rs[0]["median"]
print("| command | median | vs first | CPU (user+sys) |")
print("|---|---:|---:|---:|")
for r in rs:
    print("| %s | %.1f ms | %.2f× | %.1f ms |" % (r["command"], r["median"] * 1000, r["median"] / base, (r["user"] + r["system"]) * 1000))
PY
	echo
}

# pf runs the commands one after another, round after round (RUNS*3
# rounds, so each pair runs in the same second), and prints per command the
# median page faults, CPU time and wall time of a run (getrusage of the
# child): page faults cost some 20 us each on a virtual machine, and unlike
# wall time they hardly change with the load of a shared machine.
pf() {
	python3 - "$((RUNS * 3))" "$@" <<'PY'
import os, statistics as st, sys, time
rounds, cmds = int(sys.argv[1]), sys.argv[2:]
names, argvs = cmds[0::2], [c.split() for c in cmds[1::2]]
null = os.open(os.devnull, os.O_WRONLY)
res = [[] for _ in argvs]
for _ in range(rounds):
    for i, argv in enumerate(argvs):
        t0 = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
        _, _, ru = os.wait4(pid, 0)
        res[i].append((ru.ru_minflt, (ru.ru_utime + ru.ru_stime) * 1000, (time.perf_counter() - t0) * 1000))
print("| command | page faults | CPU (user+sys) | wall |")
print("|---|---:|---:|---:|")
for n, r in zip(names, res):
    print("| %s | %d | %.1f ms | %.1f ms |" % (n, st.median(x[0] for x in r), st.median(x[1] for x in r), st.median(x[2] for x in r)))
PY
	echo
}

load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null))"; }

echo "== start-up"
load
hf -n hello-world "$tmp/hello-world" -n "hello-world + card libraries" "$tmp/floor" \
	-n "smtpgw --version" "$S --version" -n "smtpgw explain 421" "$S explain 421"
load
pf hello-world "$tmp/hello-world" "hello-world + card libraries" "$tmp/floor" \
	"smtpgw --version" "$S --version" "smtpgw explain 421" "$S explain 421"
load

if [ -z "${SMTP:-}" ]; then
	echo "== send, probe: skipped (set SMTP=host:port of a loopback SMTP server with STARTTLS; see the top of this script)"
	exit 0
fi
if [ -n "${SMTP_CA:-}" ]; then
	bundle="$tmp/roots.pem"
	cat /etc/ssl/certs/ca-certificates.crt "$SMTP_CA" >"$bundle" 2>/dev/null || cp "$SMTP_CA" "$bundle"
	export SSL_CERT_FILE="$bundle"
fi
host=${SMTP%:*}
port=${SMTP##*:}

echo "== send: STARTTLS, certificate verified, one message"
load
if command -v swaks >/dev/null 2>&1; then
	hf -n swaks "swaks --server $SMTP --from $FROM --to $RCPT -tls --tls-verify ${SMTP_CA:+--tls-ca-path $SMTP_CA} --silent 2" \
		-n "smtpgw send" "$S send --server $SMTP --from $FROM --to $RCPT --tls starttls --quiet"
else
	echo "swaks is not installed (Debian: apt-get install swaks): send compared with nothing"
	hf -n "smtpgw send" "$S send --server $SMTP --from $FROM --to $RCPT --tls starttls --quiet"
fi

echo "== probe: one host, STARTTLS, certificate verified"
load
if command -v posttls-finger >/dev/null 2>&1; then
	hf -n posttls-finger "posttls-finger -c -l secure ${SMTP_NAME:+-m $SMTP_NAME} ${SMTP_CA:+-F $SMTP_CA} [$host]:$port" \
		-n "smtpgw probe (one host)" "$S probe $SMTP"
else
	echo "posttls-finger is not installed (Debian: apt-get install postfix ships it): probe compared with nothing"
	hf -n "smtpgw probe (one host)" "$S probe $SMTP"
fi
if [ -n "${SMTP_SIX:-}" ]; then
	echo "== probe: six targets at once, beside posttls-finger's one host"
	if command -v posttls-finger >/dev/null 2>&1; then
		hf -n "posttls-finger (one host)" "posttls-finger -c -l secure ${SMTP_NAME:+-m $SMTP_NAME} ${SMTP_CA:+-F $SMTP_CA} [$host]:$port" \
			-n "smtpgw probe (six targets)" "$S probe $SMTP_SIX"
	else
		hf -n "smtpgw probe (six targets)" "$S probe $SMTP_SIX"
	fi
fi
