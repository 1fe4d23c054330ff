// Command smtpgw is a toolkit for people who run email infrastructure:
// explain SMTP replies, probe MX hosts, check a domain's mail posture in CI,
// send test messages and run a small durable local relay.
package main

import (
	"os"
)

func main() {
	os.Exit(Main(os.Args[1:], SystemIO()))
}
