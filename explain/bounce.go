package explain

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 bounce bodies
)

// MaxBounce is how much of a bounce message ParseBounce reads; MaxBouncePart
// how much of each MIME part it looks at.
const (
	MaxBounce     = 10 << 20
	MaxBouncePart = 1 << 20
)

// ErrNoRecipients is returned by ParseBounce when the message names no
// failed or delayed recipient with a reason.
var ErrNoRecipients = errors.New("no failed recipient found in the message")

// ParseBounce reads a bounce message: an RFC 3464 DSN (multipart/report with
// a message/delivery-status part: Final-Recipient, Action, Status,
// Remote-MTA, Diagnostic-Code per recipient) and/or the plain-text bodies
// written by Postfix, Exim, Exchange/Outlook and Gmail. It returns one Reply
// per failed or delayed recipient. Delivered, relayed and expanded
// recipients are left out.
func ParseBounce(r io.Reader) ([]Reply, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBounce))
	if err != nil {
		return nil, err
	}
	var dsn, text []Reply
	ent, err := message.Read(bytes.NewReader(raw))
	if ent == nil || (err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err)) {
		// not a MIME message: a pasted bounce body
		text = parseBounceText(string(raw))
	} else {
		_ = ent.Walk(func(path []int, part *message.Entity, werr error) error {
			if part == nil {
				return nil
			}
			mt, _, _ := part.Header.ContentType()
			mt = lowerASCII(mt)
			switch {
			case strings.HasPrefix(mt, "multipart/"):
				return nil
			case mt == "message/delivery-status" || mt == "message/global-delivery-status":
				b, _ := io.ReadAll(io.LimitReader(part.Body, MaxBouncePart))
				dsn = append(dsn, parseDeliveryStatus(string(b))...)
			case mt == "" || mt == "text/plain":
				b, _ := io.ReadAll(io.LimitReader(part.Body, MaxBouncePart))
				text = append(text, parseBounceText(string(b))...)
			case mt == "text/html" && len(text) == 0:
				b, _ := io.ReadAll(io.LimitReader(part.Body, MaxBouncePart))
				text = append(text, parseBounceText(htmlToText(string(b)))...)
			}
			return nil
		})
	}
	out := mergeBounce(dsn, text)
	if len(out) == 0 {
		return nil, ErrNoRecipients
	}
	return out, nil
}

// parseDeliveryStatus reads the field groups of a message/delivery-status
// body (RFC 3464 §2.1): the per-message group, then one group per recipient.
func parseDeliveryStatus(body string) []Reply {
	var out []Reply
	for _, group := range splitGroups(body) {
		var fields []string
		hasRcpt := false
		for _, ln := range splitLines(group) {
			t := strings.TrimSpace(ln)
			if f, _, ok := dsnField(t, lowerASCII(t)); ok {
				fields = append(fields, t)
				if f == "final-recipient" || f == "original-recipient" {
					hasRcpt = true
				}
			}
		}
		if !hasRcpt {
			continue
		}
		r, err := parse(strings.Join(fields, "\n"), false)
		if err != nil && r.Action == "" {
			continue
		}
		if skipAction(r.Action) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func skipAction(a string) bool {
	return a == "delivered" || a == "relayed" || a == "expanded"
}

func splitGroups(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var groups []string
	for _, g := range strings.Split(body, "\n\n") {
		if strings.TrimSpace(g) != "" {
			groups = append(groups, g)
		}
	}
	return groups
}

// endOfReport are lines after which a bounce body quotes the original message.
var endOfReport = []string{
	"------ this is a copy of the message",
	"--- below this line is a copy of the message",
	"original message headers:",
	"----- original message -----",
	"----- the header of the original message",
	"------ this is a copy of your message",
}

// parseBounceText reads the human-readable part of a bounce.
func parseBounceText(body string) []Reply {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	raw := strings.Split(body, "\n")
	lines := raw[:0:0]
	for _, ln := range raw {
		l := lowerASCII(strings.TrimSpace(ln))
		stop := false
		for _, e := range endOfReport {
			if strings.HasPrefix(l, e) {
				stop = true
			}
		}
		if stop {
			break
		}
		lines = append(lines, strings.TrimRight(ln, " \t\r"))
	}
	lowBody := lowerASCII(body)
	action := "failed"
	if strings.Contains(lowBody, "has not yet been delivered") || strings.Contains(lowBody, "delivery has been delayed") || strings.Contains(lowBody, "will keep trying") || strings.Contains(lowBody, "is still being tried") {
		action = "delayed"
	}
	var out []Reply
	lastAddr, receiving := "", ""
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		t := strings.TrimSpace(ln)
		low := lowerASCII(t)
		switch {
		// Postfix: "<a@b.example>: host mx[ip] said: 550 ..." with indented continuation lines
		case !strings.HasPrefix(ln, " ") && postfixRecipient(t) != "":
			rcpt, rest := postfixRecipientLine(t)
			parts := []string{rest}
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") && strings.TrimSpace(lines[i+1]) != "" {
				i++
				parts = append(parts, strings.TrimSpace(lines[i]))
			}
			r := textReply(strings.Join(parts, " "), rcpt, action)
			if orig := postfixExpandedFrom(t); orig != "" && !strings.EqualFold(orig, r.Recipient) && r.OriginalRecipient == "" {
				r.OriginalRecipient = orig
			}
			out = append(out, r)
		// Exim: "  a@b.example" then deeper-indented lines
		case strings.HasPrefix(ln, "  ") && !strings.HasPrefix(ln, "    ") && strings.Contains(t, "@") && !strings.ContainsAny(strings.TrimSuffix(t, ":"), " \t"):
			rcpt := strings.Trim(strings.TrimSuffix(t, ":"), "<>")
			var parts []string
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "    ") {
				i++
				parts = append(parts, strings.TrimSpace(lines[i]))
			}
			if len(parts) == 0 {
				lastAddr = rcpt
				continue
			}
			out = append(out, textReply(strings.Join(parts, " "), rcpt, action))
		// Exchange/Outlook: "Remote Server returned '...'"
		case strings.Contains(low, "remote server returned '"):
			r := textReply(t, lastAddr, action)
			if r.RemoteHost == "" {
				r.RemoteHost = receiving
			}
			out = append(out, r)
		case strings.HasPrefix(low, "receiving server:"):
			receiving = hostPart(strings.TrimSpace(t[len("receiving server:"):]))
		// Gmail: "The response from the remote server was:" / "The response was:" then the reply
		case strings.HasPrefix(low, "the response from the remote server was:") || strings.HasPrefix(low, "the response was:") || strings.HasPrefix(low, "technical details of permanent failure:") || strings.HasPrefix(low, "technical details of temporary failure:"):
			var parts []string
			for i+1 < len(lines) {
				nt := strings.TrimSpace(lines[i+1])
				if nt == "" && len(parts) > 0 {
					break
				}
				i++
				if nt != "" {
					parts = append(parts, nt)
				}
				if len(parts) >= 12 {
					break
				}
			}
			r := textReply(strings.Join(parts, "\n"), lastAddr, action)
			if strings.HasPrefix(low, "technical details of temporary failure:") {
				r.Action = "delayed"
			}
			if r.Code != 0 || r.Enhanced != "" || r.Text != "" {
				out = append(out, r)
			}
		default:
			if a := addrIn(t, low); a != "" {
				lastAddr = a
			}
		}
	}
	return out
}

// postfixRecipient returns the recipient of a Postfix bounce line
// "<a@b.example>: ..." or "<a@b.example> (expanded from <x@y.example>): ...".
func postfixRecipient(t string) string {
	r, _ := postfixRecipientLine(t)
	return r
}

func postfixRecipientLine(t string) (rcpt, rest string) {
	if !strings.HasPrefix(t, "<") {
		return "", ""
	}
	j := strings.IndexByte(t, '>')
	if j < 2 || !strings.Contains(t[1:j], "@") {
		return "", ""
	}
	after := t[j+1:]
	switch {
	case strings.HasPrefix(after, ": "):
		return t[1:j], after[2:]
	case strings.HasPrefix(after, " (expanded from "):
		if k := strings.Index(after, "): "); k >= 0 {
			return t[1:j], after[k+3:]
		}
	}
	return "", ""
}

// postfixExpandedFrom returns x@y of "<a@b> (expanded from <x@y>): ...".
func postfixExpandedFrom(t string) string {
	i := strings.Index(t, "> (expanded from <")
	if i < 0 {
		return ""
	}
	v := t[i+len("> (expanded from <"):]
	if j := strings.IndexByte(v, '>'); j > 0 {
		return v[:j]
	}
	return ""
}

// addrIn finds the recipient a line names: a lone address, or Gmail's
// "wasn't delivered to a@b.example because".
func addrIn(t, low string) string {
	for _, p := range []string{"wasn't delivered to ", "was not delivered to ", "couldn't be delivered to ", "delivery to the following recipient failed permanently:", "delivery to the following recipient has been delayed:", "your message to "} {
		if i := strings.Index(low, p); i >= 0 {
			w := strings.Trim(firstWord(t[i+len(p):]), "<>.,:")
			if strings.Contains(w, "@") {
				return w
			}
		}
	}
	if strings.Contains(t, "@") && !strings.ContainsAny(t, " \t") {
		return strings.Trim(t, "<>:,")
	}
	return ""
}

// textReply turns the text a bounce gives for one recipient into a Reply;
// without a code it still carries the text and the action.
func textReply(s, rcpt, action string) Reply {
	r, err := Parse(s)
	if err != nil {
		r = Reply{Input: s, Text: strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))}
	}
	if r.Recipient == "" {
		r.Recipient = rcpt
	}
	if r.Action == "" {
		r.Action = action
	}
	return r
}

// mergeBounce prefers the DSN's per-recipient data and fills in what the text
// adds (the stage, the full reply when the DSN only has Status).
func mergeBounce(dsn, text []Reply) []Reply {
	if len(dsn) == 0 {
		var out []Reply
		seen := map[string]bool{}
		for _, r := range text {
			if skipAction(r.Action) {
				continue
			}
			k := lowerASCII(r.Recipient) + "\x00" + r.Text
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, r)
		}
		return out
	}
	byRcpt := make(map[string]Reply, len(text))
	for _, t := range text {
		k := lowerASCII(t.Recipient)
		if _, dup := byRcpt[k]; !dup {
			byRcpt[k] = t
		}
	}
	for i := range dsn {
		d := &dsn[i]
		if t, ok := byRcpt[lowerASCII(d.Recipient)]; ok {
			if d.Stage == "" {
				d.Stage = t.Stage
			}
			if d.RemoteHost == "" {
				d.RemoteHost = t.RemoteHost
			}
			if d.OriginalRecipient == "" {
				d.OriginalRecipient = t.OriginalRecipient
			}
			if d.Code == 0 && t.Code != 0 {
				d.Code, d.Lines, d.Text = t.Code, t.Lines, t.Text
				if t.Enhanced != "" {
					d.Enhanced = t.Enhanced
				}
			}
			if d.Text == "" && t.Text != "" {
				d.Text = t.Text
			}
		}
	}
	return dsn
}

// htmlToText is a crude tag stripper for HTML-only NDRs.
func htmlToText(s string) string {
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<':
			in = true
			rest := lowerASCII(s[i:min(i+5, len(s))])
			if strings.HasPrefix(rest, "<br") || strings.HasPrefix(rest, "<p") || strings.HasPrefix(rest, "</p") || strings.HasPrefix(rest, "<div") || strings.HasPrefix(rest, "</di") || strings.HasPrefix(rest, "<tr") || strings.HasPrefix(rest, "<li") {
				b.WriteByte('\n')
			}
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	r := strings.NewReplacer("&#39;", "'", "&apos;", "'", "&quot;", "\"", "&lt;", "<", "&gt;", ">", "&nbsp;", " ", "&amp;", "&")
	return r.Replace(b.String())
}
