package summary

import (
	"strings"

	"github.com/smtpgw/smtpgw/explain"
)

// A message an MTA cannot deliver yet is retried: Postfix, Exim and Sendmail
// log one deferral per attempt, each naming the message's queue id and the
// recipient. A summary counts a deferred delivery once per message and
// recipient: a later deferral of the same queue id and recipient is a
// repeat, counted in Totals.RepeatedDeferrals and not as another failure.
// A final bounce of the message is still counted (it is what happened in
// the end). Lines without a queue id are counted as they come.

// maxTrackedDeferrals bounds the (queue id, recipient) pairs remembered;
// when full the memory starts again (a repeat may then be counted twice).
const maxTrackedDeferrals = 1 << 18

// repeatedDeferral reports whether rp is a deferral of a message and
// recipient already counted, and remembers it otherwise.
func (s *Summary) repeatedDeferral(rp explain.Reply) bool {
	if !isDeferral(rp) || rp.Recipient == "" {
		return false
	}
	qid := queueID(rp.Input)
	if qid == "" {
		return false
	}
	k := qid + "\x00" + strings.ToLower(rp.Recipient)
	if s.deferred == nil {
		s.deferred = map[string]struct{}{}
	}
	if _, ok := s.deferred[k]; ok {
		s.totals.RepeatedDeferrals++
		return true
	}
	if len(s.deferred) >= maxTrackedDeferrals {
		clear(s.deferred)
	}
	s.deferred[k] = struct{}{}
	return false
}

// bounceNotice reports whether rp is Sendmail's log line for the bounce it
// sends back ("623B5e4f004410: 623B5f4f004412: DSN: Service unavailable")
// of a message whose failure a line before counted (its "stat=" line): the
// same failure told again, counted in Totals.BounceNotices. A DSN line
// alone (the "stat=" lines not in the log) is counted as a failure.
func (s *Summary) bounceNotice(rp explain.Reply) bool {
	if !strings.Contains(rp.Input, ": DSN: ") {
		return false
	}
	qid := queueID(rp.Input)
	if qid == "" {
		return false
	}
	if _, ok := s.failed[qid]; !ok {
		return false
	}
	s.totals.BounceNotices++
	return true
}

// noteFailed remembers the queue id of a failure counted (for bounceNotice).
func (s *Summary) noteFailed(rp explain.Reply) {
	qid := queueID(rp.Input)
	if qid == "" {
		return
	}
	if s.failed == nil {
		s.failed = map[string]struct{}{}
	}
	if len(s.failed) >= maxTrackedDeferrals {
		clear(s.failed)
	}
	s.failed[qid] = struct{}{}
}

func isDeferral(rp explain.Reply) bool {
	switch rp.Action {
	case "delayed":
		return true
	case "failed", "delivered", "relayed", "expanded":
		return false
	}
	if rp.Code >= 400 && rp.Code < 500 || rp.Code == 0 && strings.HasPrefix(rp.Enhanced, "4.") {
		return true
	}
	low := strings.ToLower(rp.Input)
	return strings.Contains(low, "status=deferred") || strings.Contains(low, "stat=deferred") || strings.Contains(low, " == ")
}

// queueID returns the queue id a log line names, "" for none: Postfix and
// Sendmail "prog[pid]: 4F2C83A0B1: to=<...>" (short hex ids and Postfix's
// long ids), Exim "2026-12-05 10:00:00 1tZ0Aa-000Bcd-4E == rcpt ...".
func queueID(line string) string {
	if i := strings.Index(line, "]: "); i >= 0 {
		rest := line[i+3:]
		// NOQUEUE (a refusal before queueing) names no message
		if j := strings.IndexByte(rest, ':'); j >= 6 && j <= 20 && isIDChars(rest[:j]) && rest[:j] != "NOQUEUE" {
			return rest[:j]
		}
	}
	f := strings.Fields(line)
	for k := 0; k < len(f) && k < 5; k++ {
		if isEximID(f[k]) {
			return f[k]
		}
	}
	return ""
}

func isIDChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// isEximID: 6-6-2 (old) or 6-11-4 (Exim 4.97+) base-62 groups.
func isEximID(s string) bool {
	p := strings.Split(s, "-")
	if len(p) != 3 || len(p[0]) != 6 || !isIDChars(p[0]) || !isIDChars(p[1]) || !isIDChars(p[2]) {
		return false
	}
	return len(p[1]) == 6 && len(p[2]) == 2 || len(p[1]) == 11 && len(p[2]) == 4
}
