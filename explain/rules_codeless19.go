package explain

import "strings"

// Rules of helper codeless19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in codeless19_kinds_test.go.
//
// Held-out batch 19-codeless (MTA queue listings and the MTAs' own log
// lines without a reply code) showed a kind no rule read: the sending or
// receiving MTA's own machinery failed — a delivery agent crashed, a
// transport or a lookup table named in its configuration is missing, its
// hints database cannot be opened, its local delivery agent quit with a
// fatal error. Such lines were read by a generic word they hold ("bad
// command startup" as a client's bad commands, "malformed response" as an
// RFC violation, "connect to transport private/..." as a network
// connection, "Permission denied" as a policy refusal) or refused. They are
// a server error of the MTA itself, and temporary: the mail stays queued
// until the administrator fixes it (naturalClass).
var codeless19Rules = []rule{
	{ID: "codeless19.mta-own-process",
		Any: []string{
			// Postfix master(8) and qmgr(8) about their own delivery agents
			// (a crashed or mis-built agent: the mail is deferred with
			// "unknown mail transport error")
			"bad command startup", "killed by signal", "socket: malformed response", "see a previous warning/fatal/panic",
			"transport unavailable", "connect to transport private/", "connect to transport public/",
			// a lookup table that was never built ("hash:/etc/postfix/x is
			// unavailable. open database /etc/postfix/x.db: No such file")
			"is unavailable. open database",
			// Exim's hints databases (retry, wait-<transport>, misc)
			"failed to open db file", "failed to open hints database", "/db/retry", "hints database",
			// a service process of Dovecot or OpenSMTPD that exited with an error
			"returned error 75", "returned error 64", "returned error 89", "): fatal: master:",
			// the MTA itself not running ("postqueue: warning: Mail system is
			// down -- accessing queue directly"), Exchange's poison queue (a
			// message that crashed the transport, parked for the
			// administrator) (held-out batch 19-codeless b)
			"poison queue", "poisonmessage",
		},
		Not: []string{"tls", "certificate", "authentication", "sasl"},
		Cat: ServerError, Pri: conceptPri + 16, // over the generic words the lines hold (mta5.bad-commands, mta.rfc, mta.network, mta.policy)
		Summary: "The mail system's own machinery failed, not the remote server: a delivery agent crashed or could not start, a transport or a lookup table named in the configuration is missing, or a hints database cannot be opened. The mail stays queued and is retried once the administrator fixes it.",
		Fix: []string{"Read the log lines around this one (the 'fatal' or 'panic' it refers to, the process that was killed) and fix what they name: rebuild the table (postmap), restore the transport in master.cf, fix the ownership of the spool's database files, or reinstall the crashing program.",
			"Then flush the queue (postqueue -f, exim -qff) so the deferred mail is retried."}},
	// The MTA itself not running ("postqueue: warning: Mail system is down --
	// accessing queue directly"): weak, so that the reason a listing after it
	// quotes decides (held-out batch 19-codeless b).
	{ID: "codeless19.mta-down",
		Any: []string{"mail system is down", "mail system is not running", "mail system is stopped"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The mail system (its master process) is not running: nothing in the queue is delivered until it is started again.",
		Fix:     []string{"Start the mail system (postfix start, systemctl start postfix) and read its log for why it stopped; the queued mail is delivered once it runs."}},
	// The local delivery agent's own fatal error ("dovecot: lda(kim): Fatal:
	// setgid(5000(vmail) from userdb lookup) failed ...: Operation not
	// permitted", OpenSMTPD's envelope "errorline: \"lda: Fatal: Invalid -f
	// parameter ...\""): the receiving system's configuration, not a policy
	// refusal of the message (held-out batches 14 and 19-codeless).
	{ID: "codeless19.lda-fatal",
		Any:  []string{"lda(", "lda:", "dovecot-lda", "deliver(", "lmtp("},
		With: []string{"fatal:", "panic:"},
		Not:  []string{"quota", "mailbox is full", "not enough disk space", "user doesn't exist", "unknown user"},
		Cat:  ServerError, Pri: conceptPri + 16, Actor: ActorRecipientAdmin,
		Summary: "The receiving system's local delivery agent (Dovecot's LDA or LMTP) stopped with a fatal error of its own configuration (user and group ids, paths, an argument it was given): the message stays queued and is retried once it is fixed.",
		Fix: []string{"Nothing to change on the sender's side.",
			"Receiving administrator: fix what the 'Fatal:' line names (mail_uid/mail_gid and the userdb's uid/gid, the delivery command's arguments in the MTA's configuration), then flush the queue."}},
	// Exchange's Unreachable queue: no Send connector routes the domain
	// (Exchange 2007+ "A matching connector cannot be found to route the
	// external recipient"); the message waits there until it expires or is
	// resubmitted (held-out batch 19-codeless).
	{ID: "codeless19.no-route-connector",
		Any: []string{"matching connector cannot be found", "no matching connector", "no connector available to route", "cannot be found to route the",
			"no route to the destination could be determined", "unable to route the message"},
		Cat: ServerError, Pri: conceptPri + 8,
		Summary: "The sending Exchange server has no Send connector (or route) for the recipient's domain, so the message sits in the Unreachable queue: a configuration gap of the sending organization, not a refusal by the recipient.",
		Fix:     []string{"Create or fix the Send connector that covers the domain (address space * for Internet mail, with DNS or a smart host), or the Edge subscription, then resubmit the Unreachable queue (Retry-Queue -Identity <server>\\Unreachable -Resubmit $true)."}},
	// A relay that reached none of its routing hosts (Exchange 5.5's IMS
	// "No routing hosts are reachable ... Rescheduling delivery for later"):
	// the network, retried.
	{ID: "codeless19.no-host-reachable",
		Any: []string{"no routing hosts are reachable", "no routing hosts reachable", "no hosts are reachable", "none of the hosts are reachable",
			"no reachable hosts", "all hosts are unreachable"},
		Cat: Network, Pri: conceptPri + 4,
		Summary: "The sending server could not reach any of the hosts it routes the message to (the connection failed or was dropped): a network problem, retried later.",
		Fix:     []string{"Check that the routing hosts (smart host, MX hosts) accept connections on port 25 from the sending server (firewall, the remote server's state); the message is retried meanwhile."}},
}

// codeless19Forms rewrites two forms of a status that the status readers
// (outcomeStatus, the ESP fields) know in another shape (held-out batch
// 19-codeless): Amazon SES's bounce type and subtype written as one value
// (sesTypePair), and a PowerShell table with a Status column
// (statusColumnTable). Called by lib11Forms.
//
// A text that carries a code is left as it is. That test reads the whole
// text (a whole log line for every reply of a mail log: 2% of the log
// path), so it is made only of a text one of the two forms would rewrite.
func codeless19Forms(s string) string {
	if len(s) > 2048 {
		return s
	}
	t := sesTypePair(s)
	if t == s || carriesCode(s) {
		t = statusColumnTable(s)
	}
	if t == s || carriesCode(s) {
		return s
	}
	return t
}

// sesTypePair reads Amazon SES's bounce type and subtype written as one
// value, "Permanent/Suppressed", "Transient/MailboxFull" (as bounce
// processors such as sisimai print them), as the two fields they are:
// "bounceType: Permanent; bounceSubType: Suppressed".
func sesTypePair(s string) string {
	t := strings.TrimSpace(s)
	typ, sub, ok := strings.Cut(t, "/")
	if !ok || len(t) > 48 || sub == "" {
		return s
	}
	switch lowerASCII(typ) {
	case "permanent", "transient", "undetermined":
	default:
		return s
	}
	for i := 0; i < len(sub); i++ {
		if !isAlpha(sub[i]) {
			return s
		}
	}
	return "bounceType: " + typ + "; bounceSubType: " + sub
}

// statusColumnTable reads a PowerShell table (Format-Table's output: a line
// of property names, an optional line of dashes, rows aligned under the
// names) that has a Status column and one row — Get-Queue's "Identity
// DeliveryType Status MessageCount NextHopDomain", Get-MessageTrace's
// "Received SenderAddress RecipientAddress Subject Status" — as the record
// it is, one "Name: value" line a column, so that the row's Status is read
// as a status field ("Status: Retry" transient, "Status: Failed"
// permanent) and its other cells as words. Anything else is returned as
// it is.
func statusColumnTable(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s // one line: no table (and no lines to split)
	}
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) < 2 || len(lines) > 4 {
		return s
	}
	head := strings.TrimRight(lines[0], " \r")
	var starts []int
	var names []string
	status := false
	for i := 0; i < len(head); {
		if head[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(head) && head[j] != ' ' {
			j++
		}
		name := head[i:j]
		if name[0] < 'A' || name[0] > 'Z' {
			return s
		}
		for k := 0; k < len(name); k++ {
			if !isAlpha(name[k]) {
				return s
			}
		}
		status = status || name == "Status"
		starts, names = append(starts, i), append(names, name)
		i = j
	}
	rows := lines[1:]
	if len(rows) > 0 && strings.HasPrefix(strings.TrimSpace(rows[0]), "---") {
		rows = rows[1:]
	}
	if !status || len(names) < 3 || len(rows) != 1 {
		return s
	}
	row := strings.TrimRight(rows[0], " \r")
	var b strings.Builder
	for i, name := range names {
		start, end := starts[i], len(row)
		if i+1 < len(starts) {
			end = min(starts[i+1], len(row))
		}
		if start >= len(row) || start > 0 && row[start-1] != ' ' {
			return s // not aligned under the names
		}
		b.WriteString(name + ": " + strings.TrimSpace(row[start:end]) + "\n")
	}
	return b.String()
}
