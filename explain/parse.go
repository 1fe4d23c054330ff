package explain

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"unsafe"
)

// MaxInput is the longest input Parse accepts. SMTP reply lines are at most
// 512 octets (RFC 5321 §4.5.3.1.5); a pasted bounce excerpt or log line is
// far below this. Longer input is not an SMTP reply.
const MaxInput = 64 << 10

// Parse extracts one reply from s: a bare code ("421"), an enhanced code
// ("5.7.26"), a reply ("550 5.1.1 ..."), a multi-line reply ("550-5.7.26 ..."
// lines), a Postfix or Exim log line, DSN fields (Diagnostic-Code, Status,
// Remote-MTA, Final-Recipient) or Microsoft NDR text. It returns an error
// wrapping ErrNoCode when s carries neither a basic nor an enhanced code,
// except for the log lines known to report a refusal or failure without one
// (Exim's "rejected RCPT <x>: TEXT", "temporarily rejected ...", and its
// "** a@b: TEXT" / "== a@b ...: TEXT" delivery failures): those come back
// with Code 0, the text, and the class in Action ("failed" or "delayed").
func Parse(s string) (Reply, error) {
	// (not through parse: Parse stays small enough to inline, and the frame
	// of a wrapper holds a copy of the Reply)
	return parseWith(s, false, nil)
}

// ParseLine is Parse for one line of a log or of piped input: a bare number
// in running text is not taken for a reply code unless it starts the line,
// is followed by an enhanced code, or sits in a known log form.
func ParseLine(s string) (Reply, error) {
	return parseWith(s, true, nil)
}

func parse(s string, strict bool) (Reply, error) { return parseWith(s, strict, nil) }

// parseWith is parse; pre, when not nil, is the lineInfo of s, a single
// line the caller has already parsed (the Scanner).
func parseWith(s string, strict bool, pre *lineInfo) (Reply, error) {
	r := Reply{Input: s}
	codelessRefusal := false
	if len(s) > MaxInput {
		return r, fmt.Errorf("%w: the input is %d bytes, longer than any SMTP reply (limit %d)", ErrNoCode, len(s), MaxInput)
	}
	if pre == nil && isBinary(s) { // (the Scanner checked its line)
		return r, fmt.Errorf("%w: the input is binary data", ErrNoCode)
	}
	var lines []string
	groupNote := ""
	if pre != nil {
		lines = []string{s}
	} else {
		p, note := chooseRecipient(preparePaste(s))                                   // forms_msg16.go
		lines, groupNote = splitInlineDSN(splitInlineTranscript(splitLines(p))), note // pastes.go, rules_engine12.go
	}
	var (
		candArr    [4]candidate // (room on the stack for the usual one to four)
		cands      = candArr[:0]
		open       bool // the last candidate is a multi-line reply still open ("550-")
		statusEnh  string
		diagText   string
		firstStg   string
		pending    string // the stage of the last client command of a transcript
		context    []string
		ctxLen     int
		afterReply bool     // the line before was a reply line
		tail       []string // the lines after the last reply that carry none (forms11.go)
	)
	for _, ln := range lines {
		wasReply := afterReply
		afterReply = false
		if st := commandStageOf(ln, pre); st != "" {
			pending, open = st, false
			continue
		}
		var li lineInfo
		if pre != nil {
			li = *pre
		} else {
			li.parse(ln, strict)
		}
		first(&r.RemoteHost, li.host)
		first(&r.Recipient, li.rcpt)
		first(&r.OriginalRecipient, li.origRcpt)
		first(&r.Sender, li.sender)
		first(&r.Client, li.client)
		first(&r.User, li.user)
		first(&r.Note, li.note)
		first(&firstStg, li.stage)
		if li.action == "" && strings.Contains(ln, " DEFERRED[") {
			li.action = "delayed" // ZoneMTA's "DEFERRED[network] ... (554 ...)": queued for a retry
		}
		if li.action == "" {
			li.action = final20LineAction(ln) // a service's own result, a Postfix bounce's preamble (rules_final20.go)
		}
		first(&r.Action, li.action)
		if li.status != "" {
			statusEnh = li.status
		}
		first(&diagText, li.diagText)
		if n := len(cands); open && wasReply && pre == nil && n > 0 && (cands[n-1].bare || len(cands[n-1].lines) > 1) && !li.bare {
			// (a reply whose first line came behind a wrapper, "host X
			// said: 421-4.7.28", and whose next lines are its own, folds
			// the same)
			if sep, ok := foldFlatInto(&cands[n-1], ln, &li, strict); ok {
				open = sep == '-'
				afterReply = true
				tail = tail[:0]
				continue
			}
		}
		if !li.reply {
			if wasReply && pre == nil && li.diagText == "" && !isField(li) && len(cands) > 0 &&
				cands[len(cands)-1].failed() && wrapsReply(&cands[len(cands)-1], ln, li.stage) {
				// a reply wrapped after a colon or in the middle of a
				// sentence goes on in the next line, which carries no code
				// (Exim's bounce pasted without its indentation: "550 ...
				// Local mailbox x is unavailable:\nuser is terminated", "...
				// This is a default\nrecipient used as a placeholder";
				// held-out batch 12-prov b); so does a reply line that
				// holds nothing but its codes (">550 5.7.1\n>host[ip]>:
				// Client host rejected:\n>Rejected : Phishing (in reply to
				// RCPT TO command)", held-out batch 13-gw), whose last
				// wrapped line may carry the stage
				c := &cands[len(cands)-1]
				t := strings.TrimSpace(ln)
				if strings.HasPrefix(t, ">") {
					t = unquoted(t) // a quoted reply's marks are not its words
				}
				if i := indexFold(t, "(in reply to "); i >= 0 {
					if st := stageInText(t[i:]); st != "" && c.stage == "" {
						c.stage = st
					}
					t = strings.TrimSpace(t[:i])
				} else if li.stage != "" && c.stage == "" {
					c.stage = li.stage
				}
				c.lines = append(c.lines, strings.TrimSpace(ln))
				c.addText(t)
				afterReply = true
				continue
			}
			if li.stage != "" {
				pending = li.stage
			}
			if pre == nil && len(tail) < maxTail {
				tail = append(tail, ln)
			}
			if pre == nil && ctxLen < maxContext && li.diagText == "" && !isField(li) {
				t := strings.TrimSpace(stripTranscriptPrefix(ln))
				context = append(context, t)
				ctxLen += len(t)
			}
			continue
		}
		afterReply = true
		tail = tail[:0]
		if li.code == 0 && li.enh != "" && wasReply && len(cands) > 0 && cands[len(cands)-1].enh == li.enh &&
			(cands[len(cands)-1].code != 0 || runsOn(cands[len(cands)-1].lastText())) {
			// a line of a multi-line reply whose basic code was cut off
			// ("550 5.7.1 Unauthenticated email ...\n5.7.1 DMARC policy.
			// ..." as ESP event logs and some bounce generators quote
			// Gmail): the same enhanced code continues the reply before
			c := &cands[len(cands)-1]
			c.lines = append(c.lines, li.line)
			c.addText(li.text)
			continue
		}
		if li.code != 0 && (li.bare || li.lead != "" && open && sameLogPrefix(cands[len(cands)-1].lead, li.lead)) {
			// (or each line behind the same log prefix: "recv mx>550-5.7.1 ...",
			// the same but for its digits: a timestamp that ticks)
			n := len(cands)
			if open && cands[n-1].code == li.code {
				// a continuation line of a multi-line reply
				c := &cands[n-1]
				c.lines = append(c.lines, li.line)
				if li.enh != "" {
					c.enh = li.enh // the last line's enhanced code wins
				}
				c.addText(li.text)
				open = li.sep == '-'
				continue
			}
		}
		c := candidate{code: li.code, enh: li.enh, stage: li.stage, refusal: li.refusal, delivery: li.delivery, bare: li.bare && li.code != 0, lead: li.lead, saidHead: li.saidHead, cont: li.sep == '-', action: li.action, rcpt: li.rcpt}
		c.addText(li.text)
		if c.bare {
			c.lines = []string{li.line}
		} else if li.code != 0 {
			c.lines = []string{li.replyLine}
		}
		if c.stage == "" {
			c.stage = pending
		}
		pending = ""
		if li.code == 354 {
			pending = "END OF DATA" // the next reply answers the message's final "."
		}
		if li.code == 334 && c.stage == "AUTH" {
			// the server's challenge (RFC 4954): the client's answer and the
			// reply after it are still the AUTH exchange (held-out batch 14-prov)
			pending = "AUTH"
		}
		open = li.code != 0 && li.sep == '-' // also a first line behind a prefix ("error=\"421-4.7.0 ...")
		cands = append(cands, c)
	}
	k := newestFirstAttempt(cands)
	if k < 0 && attemptHistoryNewestFirst(s) {
		k = firstFailed(cands) // rules_common21.go
	}
	if k < 0 {
		k = decisive(cands)
		k = laterDelivery(cands, k)  // forms22.go
		k = wordedSameCode(cands, k) // forms25.go
	}
	if k >= 0 {
		c := cands[k]
		r.Code, r.Enhanced, r.Lines = c.code, c.enh, c.lines
		r.Text = c.joinedText()
		r.Stage = c.stage
		if k > 0 && c.action != "" && !strings.EqualFold(c.action, r.Action) && (handedOff(cands[:k]) || finalAfterDeferrals(cands, k) || deliveredAfterDeferrals(cands, k)) { // (forms22.go)
			// a log whose first lines hand the message to a content
			// filter or to the next hop ("status=sent (250 2.0.0 from
			// MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as
			// ...)") and whose later line bounces or defers it: the
			// decided line's outcome is the message's (rules_final21.go)
			r.Action = c.action
		} else if k > 0 && c.failed() && otherLineDelivered(cands, k, r.Action) {
			// a log whose first line delivered to another recipient and
			// whose later line failed: the failure's own outcome, not the
			// first line's delivery (forms22.go)
			r.Action = c.action
		}
		for _, p := range cands[:k] {
			if p.code == 235 {
				r.loggedIn = true // rules_final15.go
			}
		}
		if c.lead != "" && c.cont && proseLead(c.lead) {
			// a multi-line reply flattened into running text whose first
			// line lost its code ("... receiving mail at a rate that
			// 450-4.2.1 prevents additional messages ..."): the words
			// before the continuation code are the reply's own
			r.Text = c.lead + " " + r.Text
		} else if t := flatLeadText(c.lead, r.Text); t != "" {
			// a reply flattened with its code after its words ("5.7.0
			// Authentication Required. Learn more at 530 5.7.0"): the
			// words before the code are its text (forms26.go)
			r.Text = strings.TrimSpace(t + " " + r.Text)
			context = append([]string{c.lead}, context...)
		} else if c.lead != "" {
			context = append([]string{c.lead}, context...)
		}
		if c.saidHead != "" {
			context = append(context, c.saidHead)
		}
		r.Context = strings.Join(context, " ")
		if len(cands) > 1 {
			r.Note = appendNote(r.Note, transcriptNote(cands, k))
		}
		if c.code == 0 && c.enh == "" && !c.refusal && !c.delivery {
			r.Text = "" // not a reply after all
		}
		if c.refusal || c.delivery {
			codelessRefusal = true // (an outcome its log form states)
		}
		if k == len(cands)-1 {
			if t := trailingFailure(c, tail); t != "" {
				// the last reply succeeded and the words after it say what
				// failed ("220 2.0.0 Ready to start TLS" then "TLS startup
				// failed: certificate verify failed"): they decide
				r.Context = strings.TrimSpace(strings.Join(c.lines, " ") + " " + r.Context)
				r.Code, r.Enhanced, r.Lines, r.Text = 0, "", nil, t
				r.Note = appendNote(r.Note, "The last reply ("+strconv.Itoa(c.code)+") succeeded; the words after it, which carry no code, say what failed.")
			}
			// an HTTP API's status line: its phrase and the body after
			// it are the answer's text (rules_esp12.go)
			if pre == nil && r.Code == c.code {
				if strings.TrimSpace(r.Text) == "" && indexFold(c.lead, "status") >= 0 {
					// an error object whose message stands before its
					// status field ("message: 'Email address is not
					// verified ...',\ncode: 'MessageRejected',\nstatusCode:
					// 400"): the message is the answer's text (rules_final21.go)
					if m := errorObjectMessage(context); m != "" {
						if ph := httpReason(c.code); ph != "" {
							m = ph + ": " + m // (the status stays an HTTP one)
						}
						r.Text = m
					}
				}
				r.Text = httpStatusText(c.code, c.enh, r.Text, c.lead, tail)
			}
		}
	}
	if r.Stage == "" {
		r.Stage = firstStg
	}
	if groupNote != "" {
		r.Note = appendNote(r.Note, groupNote)
	}
	r.Text = cleanReplyText(r.Text) // pastes.go
	if r.Stage == "" {
		r.Stage = stageInText(r.Text)
	}
	if r.Stage == "" {
		r.Stage = libraryStage(r.Context) // pastes.go
	}
	if r.Stage == "" {
		r.Stage = logCommandStage(r.Context) // forms23.go
	}
	if r.Stage == "" {
		r.Stage = heloWrapperStage(r.Context) // forms26.go: "EHLO command failed:", SMTPHeloError
	}
	if r.Stage == "" {
		r.Stage = qmailRemoteStage(r.Context) // forms24.go: "X does not like recipient."
	}
	if r.Stage == "" && r.Text == "" && strings.Contains(r.Context, "SMTP error: ") {
		// a webmail's words before a code that came without the server's
		// text (webmailReply) name the sender or a recipient in the user's
		// language (rules_intl14.go); the server's text, when there is one,
		// says better (Roundcube's Spanish catalogue calls the recipient
		// "remitente")
		r.Stage = namedStage(r.Context)
	}
	if r.Recipient == "" {
		r.Recipient, r.OriginalRecipient = r.OriginalRecipient, ""
	}
	if strings.EqualFold(r.Recipient, r.OriginalRecipient) {
		r.OriginalRecipient = ""
	}
	if r.Text == "" && diagText != "" {
		r.Text = diagText // a Status field and a Diagnostic-Code text: each tells what it knows
	}
	if r.Text == "" && r.Code == 0 && statusEnh != "" && len(context) > 0 {
		// a report with a Status but no Diagnostic-Code, its reason in the
		// body before the fields (cPanel's "Domain x has exceeded the max
		// defers and failures per hour ... Message discarded." above
		// "Status: 5.0.0"): the body's words are the text (held-out batch 7)
		r.Text = strings.Join(context, " ")
	}
	if r.Enhanced == "" && r.Code != 0 {
		// the reply's own code ("451 qq temporary problem (#4.3.0)") tells
		// more than the status the logging MTA derived (Postfix dsn=4.0.0)
		r.Enhanced = enhancedInText(r.Text, r.Code)
	}
	r.Status = statusEnh
	if r.Enhanced == "" {
		r.Enhanced = statusEnh
	}
	if r.Code == 0 && r.Enhanced == "" && (!codelessRefusal || r.Text == "") {
		if strict {
			return r, fmt.Errorf("%w", ErrNoCode)
		}
		// No code at all: the wording alone may still say what happened
		// ("Envelope expired", "This account is over quota").
		text := r.Text
		if text == "" {
			text = cleanReplyText(stripTranscriptPrefix(strings.Join(lines, " ")))
		}
		// (a record's status field is read in its own lines: joined, the
		// value of "Delivery Status: Delivered" would run into the next
		// field's name; held-out batch 16-verdict)
		if !recognisedWording(text) && (len(lines) < 2 || !bareOutcomeEvent(strings.Join(lines, "\n"))) {
			return r, fmt.Errorf("%w", ErrNoCode)
		}
		r.Text = text
	}
	if r.Action == "" && (r.Code != 0 || r.Enhanced != "") {
		// the outcome a report states around the reply it quotes decides
		// its class as a DSN's Action does (forms25.go); a line of a log
		// (pre) is read for a JSON event's flags only
		if pre == nil {
			r.Action = reportOutcome(s)
		} else if strings.IndexByte(s, '{') >= 0 {
			r.Action = jsonFlagOutcome(s)
		}
	}
	return r, nil
}

// lowBufSize is the room the parser keeps on its stack for the lower-case
// copy of a line: most log lines fit.
const lowBufSize = 512

// lowerASCIIInto is lowerASCII writing into buf when s fits there (the
// result is only valid while buf is not written again), so that a line
// parsed on the stack allocates nothing for its lower-case copy.
func lowerASCIIInto(buf []byte, s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if upperMask(load8(s, i)) != 0 {
			break
		}
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	if len(s) > len(buf) {
		return lowerASCII(s)
	}
	b := buf[:len(s)]
	copy(b, s[:i])
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		binary.LittleEndian.PutUint64(b[i:], x|upperMask(x)>>2) // 0x80>>2 is 'a'-'A'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

// load8 is the eight bytes at s[i:], little-endian.
func load8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// upperMask has the top bit set in each byte of x that is 'A' to 'Z'.
func upperMask(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	h := x &^ hi                  // each byte's low seven bits
	geA := h + (0x80-'A')*lo      // top bit set where h >= 'A'
	gtZ := h + (0x7f-'Z')*lo      // top bit set where h > 'Z'
	return (geA &^ gtZ) &^ x & hi // and the byte is ASCII
}

// isBinary reports control bytes other than tab, CR, LF and ESC.
func isBinary(s string) bool {
	i := 0
	// eight bytes at a time: a word without a byte below 0x20 and without
	// 0x7f holds no control byte (bytes of 0x80 and above are never one)
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		del := x ^ 0x7f7f7f7f7f7f7f7f
		if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 && (del-0x0101010101010101)&^del&0x8080808080808080 == 0 {
			continue
		}
		if isBinaryBytes(s[i : i+8]) {
			return true
		}
	}
	return isBinaryBytes(s[i:])
}

func isBinaryBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x1b || c == 0x7f {
			return true
		}
	}
	return false
}

// splitLines splits s into lines, dropping CRs and empty lines, and joins
// folded continuation lines (leading white space) to the line before.
func splitLines(s string) []string {
	var groups [][]string // each line with its folded continuation lines
	saidOpen := false     // the last group is a Postfix "host X[ip] said:" reply not closed yet (rules_gw9.go)
	diagOpen := false     // the last group is a DSN's multi-line Diagnostic-Code whose folding lost its indentation (rules_final16.go)
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" {
			saidOpen, diagOpen = false, false
			continue
		}
		if len(groups) > 0 && (ln[0] == ' ' || ln[0] == '\t' || (saidOpen || diagOpen) && saidContinues(ln) || saidOpen && saidCodeOnly(groups[len(groups)-1]) && addressLead(ln) && !gw9SaidHead(ln)) && !startsWithCode(strings.TrimSpace(ln)) && !debugTranscriptLine(ln) && !swaksClientLine(ln) && !swaksServerLine(ln) && !postfixSessionLine(ln) && !timestampLead(strings.TrimSpace(ln)) {
			cont := strings.TrimSpace(ln)
			if cont[0] == '>' && strings.HasPrefix(groups[len(groups)-1][0], ">") {
				cont = unquoted(cont) // a quoted reply's marks are not its words (held-out batch 16-form c)
			}
			groups[len(groups)-1] = append(groups[len(groups)-1], cont)
			if saidOpen && indexFold(ln, "(in reply to ") >= 0 {
				saidOpen = false
			}
			continue
		}
		groups = append(groups, []string{strings.TrimRight(ln, " \t")})
		saidOpen = gw9SaidHead(ln) || len(groups) > 1 && final16HostEnds(groups[len(groups)-2]) && gw9SaidHead("host "+ln)
		diagOpen = final16DiagOpen(ln)
	}
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = strings.Join(g, " ")
	}
	return out
}

// debugTranscriptLine: a line of Exim's debug output ("  759   SMTP<< 554
// ..."), indented by its process-id column, is a line of its own, not a
// folded continuation of the line before.
func debugTranscriptLine(ln string) bool {
	t := strings.TrimSpace(ln)
	return skipDebugPID(t) != t
}

func startsWithCode(s string) bool {
	return len(s) >= 3 && isReplyCodeAt(s, 0) && (len(s) == 3 || s[3] == ' ' || s[3] == '-')
}

// lineInfo is what one line says.
type lineInfo struct {
	line      string // the line as given
	replyLine string // the reply part of the line ("550 5.1.1 ...")
	saidHead  string // the words before "host X said:" ("Message expired for domain d. Remote host said: 454 ...")
	reply     bool   // carries a code or enhanced code
	bare      bool   // the line is a reply line itself (can be part of a multi-line reply)
	code      int
	sep       byte // ' ' or '-' after the code (multi-line marker), 0 when none
	enh       string
	text      string
	stage     string
	host      string
	rcpt      string
	origRcpt  string // the address the sender used (orig_to=, Original-Recipient:)
	sender    string
	client    string
	user      string
	note      string
	refusal   bool // a log line known to report a refusal or failure that carries no code (Exim)
	delivery  bool // a log line known to report a delivery that carries no code (Exim's "=>", logforms.go)
	action    string
	status    string // DSN Status: / dsn= enhanced code
	diagText  string // the text of a Diagnostic-Code field that carries no code
	lead      string // the words before a reply found inside running text
}

// diagnostic reads the value of a DSN Diagnostic-Code field (after its
// type "smtp;"): a reply, the Postfix form "host X[ip] said: 550 ... (in
// reply to RCPT TO command)", a reply behind other words ("... said
// below:550 ..."), or text without a code, which is kept: with a Status
// field it still tells the cause.
func (li *lineInfo) diagnostic(v string) {
	if indexFold(v, " said: ") >= 0 || indexFold(v, " refused to talk to me: ") >= 0 {
		li.parsePostfixText(v)
	} else {
		li.fromReply(v, false)
		if !li.reply {
			// a reply behind other words must be followed by its enhanced
			// code: "try again in 300 seconds" holds no reply code
			if k := findCode(v, true); k >= 0 {
				li.fromReply(v[k:], false)
			}
		}
	}
	li.bare = false
	if !li.reply || li.code == 0 && li.enh == "" {
		li.reply = false
		li.diagText = strings.TrimSpace(v)
		if li.text != "" {
			li.diagText = li.text
		}
	}
}

func parseLineInfo(line string, strict bool) lineInfo {
	var li lineInfo
	li.parse(line, strict)
	return li
}

// parse is parseLineInfo into li. (By pointer: returned by value, the
// 300-byte lineInfo took room in both frames, parseWith's and its own, on
// the stack of every reply parsed; see TestExplainBareCodeFitsFirstStack.)
func (li *lineInfo) parse(line string, strict bool) {
	*li = lineInfo{line: line}
	t := strings.TrimSpace(line)
	var lowBuf [lowBufSize]byte
	low := lowerASCIIInto(lowBuf[:], t)

	// DSN fields (RFC 3464 §2.3). (A "Status:" line with an HTTP status and
	// its phrase is a web API's answer, read as a reply: rules_esp12.go.)
	if f, v, ok := dsnField(t); ok && !(f == "status" && httpStatusField(v)) {
		switch f {
		case "diagnostic-code":
			if i := strings.IndexByte(v, ';'); i >= 0 {
				v = strings.TrimSpace(v[i+1:])
			}
			li.diagnostic(v)
		case "status":
			if e, ok := leadingEnhanced(v); ok {
				li.status = e
			}
		case "remote-mta":
			li.host = hostPart(afterSemicolon(v))
		case "final-recipient":
			li.rcpt = strings.Trim(afterSemicolon(v), "<>")
		case "original-recipient":
			li.origRcpt = strings.Trim(afterSemicolon(v), "<>")
		case "action":
			li.action = lowerASCII(strings.TrimSpace(v))
		}
		return
	}

	// The reply itself, possibly behind a transcript prefix ("<** ", "S: ", "<<< ").
	body := stripTranscriptPrefix(t)
	if len(body) >= 3 && isReplyCodeAt(body, 0) && (len(body) == 3 || body[3] == ' ' || body[3] == '-' || body[3] == '\t' || body[3] == ':' && (len(body) == 4 || body[4] == ' ')) &&
		!reportCountLine(line, body) && // a log-summary report's count is no code (rules_dash15.go)
		!codeless23MailCount(body) && // nor a count of messages ("500 emails were added to the queue"; rules_codeless23.go)
		!eximDebugPid(line, body) { // nor Exim's debug pid (rules_net16.go)
		li.fromReply(body, true)
		return
	}
	// Postfix delivery log fields: to=<...>, relay=host[ip]:port, dsn=X.Y.Z, status=bounced (...)
	if containsRare(low, "dsn=") || containsRare(low, " status=") || containsRare(low, ", stat=") {
		if v := fieldValue(t, low, "to=<"); v != "" {
			li.rcpt = strings.TrimSuffix(v, ">")
			if i := strings.IndexByte(li.rcpt, '>'); i >= 0 {
				li.rcpt = li.rcpt[:i]
			}
		}
		if v := fieldValue(t, low, "orig_to=<"); v != "" {
			li.origRcpt = strings.TrimSuffix(v, ">")
		}
		if v := fieldValue(t, low, "relay="); v != "" && v != "none" && !strings.HasPrefix(v, "local") {
			li.host = hostPart(v)
		}
		if v := fieldValue(t, low, "dsn="); v != "" {
			if e, ok := leadingEnhanced(strings.TrimSuffix(v, ",")); ok {
				li.status = e
			}
		}
		for _, key := range []string{" status=", ", stat="} {
			if i := indexRare(low, key); i >= 0 {
				v := t[i+len(key):]
				lv := low[i+len(key):] // v in lower case: cut as v is cut
				if j := strings.IndexByte(v, ' '); j > 0 {
					li.action = postfixAction(v[:j])
				}
				if j := strings.IndexByte(v, '('); j >= 0 && key == " status=" {
					v, lv = v[j+1:], lv[j+1:]
					v = strings.TrimSuffix(strings.TrimSpace(v), ")")
					lv = strings.TrimSuffix(strings.TrimSpace(lv), ")")
				} else if key == ", stat=" {
					v, lv = strings.TrimSpace(v), strings.TrimSpace(lv)
					// sendmail's "stat=Deferred: 421 4.3.0 collect: ...": the
					// reply (its code and enhanced code) follows the status
					// word (held-out batch 23-commonb)
					if j := strings.IndexByte(v, ':'); j > 0 && postfixAction(v[:j]) != "" {
						v, lv = strings.TrimSpace(v[j+1:]), strings.TrimSpace(lv[j+1:])
					}
				}
				li.parsePostfixTextLow(v, lv)
				if !li.reply && li.status != "" {
					li.reply, li.enh, li.text = true, li.status, v
				}
				li.queueOutcome(key, v) // forms22.go: qmgr's "status=expired, returned to sender"
				return
			}
		}
	}

	// Postfix bounce body / said form: "host mx.example[192.0.2.1] said: 550 ..."
	if containsRare(low, " said: ") || containsRare(low, " refused to talk to me: ") {
		li.parsePostfixText(t)
		if li.reply {
			return
		}
	}

	// Postfix smtpd reject: "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 554 5.7.1 ...; from=<> to=<> proto=ESMTP helo=<x>"
	if i := strings.Index(low, "reject: "); i >= 0 {
		rest := t[i+len("reject: "):]
		lrest := low[i+len("reject: "):]
		if j := strings.Index(lrest, " from "); j > 0 {
			li.stage = normalizeStage(rest[:j])
			if k := strings.Index(rest[j:], "]: "); k >= 0 {
				li.client = strings.TrimSpace(rest[j+len(" from ") : j+k+1])
			}
		}
		if j := strings.Index(rest, "]: "); j >= 0 {
			v := rest[j+3:]
			if k := strings.Index(v, "; from=<"); k >= 0 {
				tail := v[k:]
				ltail := low[len(low)-len(tail):]
				if to := fieldValue(tail, ltail, "to=<"); to != "" {
					li.rcpt = strings.TrimSuffix(to, ">")
				}
				if from := fieldValue(tail, ltail, " from=<"); from != "" || strings.HasPrefix(ltail, "; from=<>") {
					li.sender = strings.TrimSuffix(from, ">")
					if li.sender == "" {
						li.sender = "<>"
					}
				}
				v = v[:k]
			}
			li.fromReply(v, false)
			li.bare = false
			if li.reply {
				return
			}
		}
	}

	if li.postfixSASL(t, low) || li.postfixAnvil(t, low) || li.eximAuthenticator(t, low) || li.eximRejection(t, low) ||
		li.hMailServerLine(t, low) || li.kerioMailLine(t, low) || li.mdaemonSessionLine(t) || li.openSMTPDDelivery(t, low) || // forms_winmta11.go
		li.axigenLogLine(t, low) { // forms_mta13.go
		return
	}

	// Exim: "SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 ..."
	if i := strings.Index(low, "smtp error from remote"); i >= 0 {
		li.eximFields(t, low)
		rest := t[i:]
		lrest := low[i:]
		if j := strings.Index(lrest, " after "); j >= 0 {
			after := rest[j+len(" after "):]
			if k := findCode(after, false); k >= 0 {
				li.stage = normalizeStage(strings.TrimRight(strings.TrimSpace(after[:k]), ":"))
				li.fromReply(after[k:], false)
			} else {
				// the reply follows on the next lines (an Exim bounce)
				li.stage = normalizeStage(strings.TrimRight(strings.TrimSpace(after), ":"))
			}
		} else if j := strings.Index(lrest, " for "); j >= 0 {
			after := rest[j+len(" for "):]
			if k := indexFold(after, " command"); k > 0 {
				li.stage = normalizeStage(after[:k])
			}
			if k := indexFold(after, "reason: "); k >= 0 {
				li.fromReply(after[k+len("reason: "):], false)
			} else if k := findCode(after, true); k >= 0 {
				li.fromReply(after[k:], false)
			}
			if k := indexFold(after, "host: "); k >= 0 {
				li.host = firstWord(after[k+len("host: "):])
			}
		}
		li.bare = false
		if li.reply {
			return
		}
	}
	if strings.Contains(t, " ** ") || strings.Contains(t, " == ") || strings.HasPrefix(t, "** ") || strings.HasPrefix(t, "== ") {
		li.eximFields(t, low)
	}

	// Microsoft NDR: Remote Server returned '550 5.7.708 ...' or '<#5.1.1 smtp;550 ...>'
	if i := strings.Index(low, "remote server returned '"); i >= 0 {
		v := t[i+len("remote server returned '"):]
		if j := strings.LastIndexByte(v, '\''); j >= 0 {
			v = v[:j]
		}
		li.parseNDR(v)
		if li.reply {
			if i > 0 && li.lead == "" {
				// an NDR flattened into one line (a webmail paste): its
				// words before the quoted reply ("zoe wasn't found at
				// lab.example ... Recipient Unknown") are context, which
				// tells the cause when the reply gives none (helper engine12)
				li.lead = leadOf(t[:i])
			}
			if li.code == 0 && strings.HasPrefix(li.enh, "4.") && li.action == "" && !strings.Contains(low, "delay") {
				// the legacy form without a basic code ("Remote Server
				// returned '< #4.4.7>'") stands in a non-delivery report:
				// the temporary errors ended, the message came back
				// (held-out batch 7); Exchange's delay notices say delayed
				li.action = "failed"
			}
			return
		}
	}

	body = stripTranscriptPrefix(t)
	if e, ok := leadingEnhanced(body); ok {
		// "5.7.26" or "5.1.1 User unknown" without a basic code
		li.reply, li.enh = true, e
		li.text = strings.TrimSpace(body[len(e):])
		li.replyLine = body
		return
	}
	if strings.HasPrefix(body, "#") {
		li.parseNDR(body)
		if li.reply {
			return
		}
	}
	// A code somewhere in the line.
	li.deliveryOutcome(low) // forms_mta9.go: "remote delivery deferred: ..."
	// (not a code Exim quotes as the EHLO answer it fell back from: rules_mta22.go)
	if k := findCode(t, strict); k >= 0 && !eximQuotedEHLOResponse(t, k) {
		v := t[k:replyEndAt(t, k)] // forms27.go
		if len(v) > 3 && (v[3] == '.' || v[3] == ',') && labelledCodeAt(t, k) {
			v = v[:3] + " " + strings.TrimLeft(v[4:], " .,") // "Errore del server: 550." (labelledCodeAt)
		} else if len(v) > 3 && v[3] == ',' && httpStatusValueField(t, k) {
			v = v[:3] + " " + strings.TrimLeft(v[4:], " ,") // "{ status: 401, details: 'Forbidden' }" (rules_final21.go)
		}
		li.fromReply(v, false) // rules_mta7.go, forms_mta9.go
		// (sendmail's fields before its reject= reply: rules_mta22.go)
		li.sendmailRejectContext(t, k)
		if li.reply {
			li.lead = leadOf(withoutCodeLabel(t[:k]))
			li.proseAfterQuote(t, k) // forms27.go
			li.phpMailerDetail(t[:k])
			li.eximRemoteDelivery(t, k) // logforms.go
			return
		}
	}
	if !strict {
		if k := findEnhanced(t); k >= 0 && !eximQuotedEHLOResponse(t, k) { // rules_mta22.go
			e, _ := leadingEnhanced(t[k:])
			li.reply, li.enh, li.replyLine = true, e, t[k:]
			li.text = textAround(t, k, len(e))
			return
		}
	}
	if li.sendmailDSNLine(t, strict) { // forms22.go
		return
	}
	li.eximDeliveryFailure(t)
}

// fromReply parses "550-5.7.26 text" / "550 5.1.1 text" / "421" at the start of v.
func (li *lineInfo) fromReply(v string, bare bool) {
	v = strings.TrimSpace(v)
	v = strings.TrimPrefix(v, "#")
	if len(v) > 3 && (v[3] == ')' || v[3] == ']') && isReplyCodeAt(v, 0) {
		// the code alone in the brackets a client put it in, words after
		// it: lettre's "permanent error (535): 5.7.8 ...", a device's
		// "received error code. [550] (8000) ERR:" (forms_mta9.go
		// bracketedCodeAt; findCode gives no other code closed by a bracket)
		v = v[:3] + " " + strings.TrimLeft(v[4:], ": ")
	}
	if len(v) < 3 || !isReplyCodeAt(v, 0) || (len(v) > 3 && v[3] != ' ' && v[3] != '-' && v[3] != '\t' && v[3] != ':') {
		if e, ok := leadingEnhanced(v); ok {
			li.reply, li.enh, li.text, li.replyLine = true, e, stripRepeatedEnhanced(strings.TrimSpace(v[len(e):]), e), v
		}
		return
	}
	li.reply, li.bare = true, bare
	li.code = int(v[0]-'0')*100 + int(v[1]-'0')*10 + int(v[2]-'0')
	li.replyLine = v
	rest := ""
	if len(v) > 3 {
		li.sep = v[3]
		if li.sep == ':' || li.sep == '\t' {
			li.sep = ' '
		}
		rest = strings.TrimSpace(v[4:])
		if li.sep == ' ' {
			// "550 - Requested action not taken", "550: <a@b.example>: ...", "550 , 550-5.7.26 ..."
			for len(rest) > 0 && (rest[0] == '-' || rest[0] == ':' || rest[0] == ',' || rest[0] == ' ') { // strings.TrimLeft(rest, "-:, ")
				rest = rest[1:]
			}
		}
	} else {
		li.sep = ' '
	}
	var inner string
	rest, inner = stripContinuationCodes(rest, li.code)
	if li.sep == '-' {
		rest = stripLastLineCode(rest, li.code)
	}
	if e, ok := leadingEnhanced(strings.TrimPrefix(rest, "#")); ok {
		li.enh = e
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "#")[len(e):])
	} else if inner != "" {
		li.enh = inner
	}
	rest = stripRepeatedEnhanced(rest, li.enh)
	if i := indexFold(rest, "(in reply to "); i >= 0 {
		st := rest[i+len("(in reply to "):]
		if j := indexFold(st, " command"); j > 0 {
			if stg := normalizeStage(st[:j]); stg != "" {
				li.stage = stg
				rest = strings.TrimSpace(rest[:i])
			}
		}
	}
	li.text = trimUnbalancedClose(rest)
}

// trimUnbalancedClose drops the closing parentheses at the end of a
// reply's text that close a parenthesis opened before the reply began:
// Sendmail's "(reason: 550 5.1.1 User unknown)", Exim's "(... said: 550
// ...)". A parenthesis the reply opened itself stays.
func trimUnbalancedClose(s string) string {
	for strings.HasSuffix(s, ")") && strings.Count(s, ")") > strings.Count(s, "(") {
		s = strings.TrimSpace(s[:len(s)-1])
	}
	return s
}

// parsePostfixText reads "host X[ip] said: 550 ... (in reply to RCPT TO command)"
// or a Postfix status text without a remote reply ("connect to ...: Connection timed out").
func (li *lineInfo) parsePostfixText(v string) {
	var lowBuf [lowBufSize]byte
	li.parsePostfixTextLow(v, lowerASCIIInto(lowBuf[:], v))
}

// parsePostfixTextLow is parsePostfixText with low, v in lower case
// (lowerASCII(v)); only its cuts are taken, as v is cut, so it stays v in
// lower case (ASCII folding changes no white space).
func (li *lineInfo) parsePostfixTextLow(v, low string) {
	if i := strings.Index(low, "(in reply to "); i >= 0 {
		st := v[i+len("(in reply to "):]
		if j := indexFold(st, " command"); j > 0 {
			li.stage = normalizeStage(st[:j])
		}
		v, low = strings.TrimSpace(v[:i]), strings.TrimSpace(low[:i])
	}
	if i := strings.Index(low, " said: "); i >= 0 {
		head := v[:i]
		before := head
		if j := strings.LastIndex(low[:i], "host "); j >= 0 {
			li.host = hostPart(head[j+len("host "):])
			before = head[:j]
		} else if strings.HasSuffix(low[:i], "host") {
			before = head[:len(head)-len("host")] // "Remote host said: ..."
		}
		// the words before it may tell the outcome: a queue expiry
		// quoting the last reply ("Message expired for domain d. Remote
		// host said: 454 ..."), as "Last error:" does
		li.saidHead = strings.TrimSpace(before)
		li.fromReply(v[i+len(" said: "):], false)
		li.bare = false
		return
	}
	// Postfix smtp(8) when the greeting is a refusal: "host X[ip] refused
	// to talk to me: 554 ..." (the stage is the connection)
	if i := strings.Index(low, " refused to talk to me: "); i >= 0 {
		head := v[:i]
		if j := strings.LastIndex(low[:i], "host "); j >= 0 {
			li.host = hostPart(head[j+len("host "):])
		}
		li.fromReply(v[i+len(" refused to talk to me: "):], false)
		if li.stage == "" {
			li.stage = "CONNECT"
		}
		li.bare = false
		return
	}
	if len(v) >= 3 && isReplyCodeAt(v, 0) && (len(v) == 3 || v[3] == ' ' || v[3] == '-') {
		// the reply itself: Sendmail's "stat=503 5.0.0 Need MAIL before RCPT"
		li.fromReply(v, false)
		li.bare = false
		return
	}
	if strings.HasPrefix(low, "host ") || strings.HasPrefix(low, "connect to ") {
		w := v[strings.IndexByte(v, ' ')+1:]
		if strings.HasPrefix(low, "connect to ") {
			w = v[len("connect to "):]
		}
		if h := hostPart(w); h != "" && li.host == "" {
			li.host = h
		}
	}
	li.text = v
	if li.status != "" {
		li.reply, li.enh = true, li.status
	}
}

// parseNDR reads Exchange forms: "550 5.7.708 ...", "<#5.1.1 smtp;550 5.1.1 ...>", "#550 5.1.1 ... ##".
func (li *lineInfo) parseNDR(v string) {
	v = strings.TrimSpace(v)
	v = strings.TrimPrefix(v, "<")
	v = strings.TrimSuffix(v, ">")
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(v, "#SMTP#")), "##"))
	v = strings.TrimSuffix(strings.TrimSpace(v), ">")
	v = strings.TrimLeft(v, "<# ")
	if k := strings.LastIndex(v, " #"); k >= 0 && k+2 < len(v) && isDigit(v[k+2]) {
		v = v[k+2:] // Exchange 2003's "<host #4.4.7>": the code after the reporting host
	}
	if i := indexFold(v, "smtp;"); i >= 0 {
		v = v[i+len("smtp;"):]
	}
	li.fromReply(v, false)
	li.bare = false
	if !li.reply {
		if k := findCode(v, false); k >= 0 {
			li.fromReply(v[k:], false)
			li.bare = false
		}
	}
}

// eximFields reads Exim's "** a@b.example R=router T=transport H=host [ip]".
func (li *lineInfo) eximFields(t, low string) {
	for _, m := range []string{"** ", "== "} {
		i := strings.Index(t, m)
		if i < 0 || (i > 0 && t[i-1] != ' ') {
			continue
		}
		w := firstWord(t[i+3:])
		w = strings.TrimSuffix(w, ":")
		if !strings.Contains(w, "@") && !strings.Contains(t, " R=") && !strings.Contains(t, " T=") {
			// not Exim's delivery marker: a banner of asterisks (sendmail's
			// "**  THIS IS A WARNING MESSAGE ONLY  **" heads a delay notice)
			continue
		}
		if strings.Contains(w, "@") {
			li.rcpt = strings.Trim(w, "<>")
		}
		if m == "** " {
			li.action = "failed"
		} else {
			li.action = "delayed"
		}
		break
	}
	if i := strings.Index(t, " H="); i >= 0 {
		li.host = firstWord(t[i+3:])
	} else if i := strings.Index(low, "host "); i >= 0 && li.host == "" {
		li.host = hostPart(t[i+5:])
	}
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ { // strings.IndexAny(s, " \t"), without making its set on every call
		if s[i] == ' ' || s[i] == '\t' {
			return s[:i]
		}
	}
	return s
}

// hostPart turns "mx.example[192.0.2.1]:25 ..." / "mx.example [192.0.2.1]" into "mx.example".
func hostPart(s string) string {
	s = firstWord(s)
	for i := 0; i < len(s); i++ { // strings.IndexAny(s, "[(:,")
		if c := s[i]; c == '[' || c == '(' || c == ':' || c == ',' {
			s = s[:i]
			break
		}
	}
	s = strings.TrimSuffix(s, ".")
	if s == "" || strings.IndexByte(s, '.') < 0 && s != "localhost" {
		return ""
	}
	return s
}

func afterSemicolon(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

var dsnFields = []string{"diagnostic-code", "status", "remote-mta", "final-recipient", "original-recipient", "action",
	// known fields without a meaning here (RFC 3464 §2.2, §2.3; Postfix, Exchange)
	"reporting-mta", "received-from-mta", "arrival-date", "last-attempt-date", "will-retry-until", "final-log-id", "original-envelope-id", "dsn-gateway", "x-postfix-queue-id", "x-postfix-sender", "x-actual-final-recipient", "x-display-name", "x-supplementary-info"}

func dsnField(t string) (field, value string, ok bool) {
	if t == "" || !isAlpha(t[0]) {
		return "", "", false
	}
	c := strings.IndexByte(t, ':')
	if c < 0 || c > 30 {
		return "", "", false
	}
	for _, f := range dsnFields {
		if len(f) == c && strings.EqualFold(t[:c], f) {
			v := strings.TrimSpace(t[c+1:])
			if !dsnValue(f, v) {
				return "", "", false
			}
			return f, v, true
		}
	}
	return "", "", false
}

// dsnValue: a Status or Action field holds a DSN value (a status code, one
// of RFC 3464's actions); a filter's record of its own ("Status: Rejected",
// "Action: Quarantine") is no DSN field but a line of its report (held-out
// batch 14-gw b).
func dsnValue(field, v string) bool {
	switch field {
	case "status":
		return v != "" && isDigit(v[0])
	case "action":
		for _, a := range []string{"failed", "delayed", "delivered", "relayed", "expanded"} {
			if len(v) >= len(a) && strings.EqualFold(v[:len(a)], a) && (len(v) == len(a) || !isAlpha(v[len(a)])) {
				return true
			}
		}
		return false
	}
	return true
}

// fieldValue returns the value after key up to ", " or a space.
func fieldValue(t, low, key string) string {
	i := indexRare(low, key)
	if i < 0 || (i > 0 && low[i-1] != ' ' && low[i-1] != ',' && low[i-1] != ';' && key[0] != ' ') {
		return ""
	}
	v := t[i+len(key):]
	for j := 0; j < len(v); j++ { // strings.IndexAny(v, ", ")
		if v[j] == ',' || v[j] == ' ' {
			return v[:j]
		}
	}
	return v
}

func postfixAction(s string) string {
	switch lowerASCII(strings.TrimRight(s, ",:")) { // Sendmail: "stat=Deferred: ..."
	case "bounced", "undeliverable", "expired":
		return "failed"
	case "deferred", "deferral", "softbounce": // Postfix's soft_bounce=yes keeps what would bounce queued (held-out batch 12-prov c)
		return "delayed"
	case "sent":
		return "delivered"
	}
	return ""
}

// normalizeStage turns "RCPT TO:<a@b>", "pipelined RCPT TO", "end of DATA",
// "MAIL FROM:<x> SIZE=12", "initial connection" into a stage name.
func normalizeStage(s string) string {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.TrimPrefix(u, "PIPELINED ")
	switch {
	case strings.HasPrefix(u, "RCPT"):
		return "RCPT TO"
	case strings.HasPrefix(u, "MAIL"):
		return "MAIL FROM"
	case strings.HasPrefix(u, "END OF DATA"), strings.HasPrefix(u, "END OF MESSAGE"), u == "." || strings.HasPrefix(u, "DATA TERMINATION"):
		return "END OF DATA"
	case strings.HasPrefix(u, "DATA"), strings.HasPrefix(u, "BDAT"):
		return "DATA"
	case strings.HasPrefix(u, "EHLO"):
		return "EHLO"
	case strings.HasPrefix(u, "HELO"):
		return "HELO"
	case strings.HasPrefix(u, "STARTTLS"):
		return "STARTTLS"
	case strings.HasPrefix(u, "AUTH"):
		return "AUTH"
	case strings.HasPrefix(u, "INITIAL CONNECTION"), strings.HasPrefix(u, "CONNECT"), strings.Contains(u, "GREETING"):
		return "CONNECT"
	case strings.HasPrefix(u, "QUIT"):
		return "QUIT"
	}
	return ""
}

func isCodeAt(s string, i int) bool {
	return i+3 <= len(s) && s[i] >= '2' && s[i] <= '5' && isDigit(s[i+1]) && isDigit(s[i+2]) && s[i+1] <= '5'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findCode finds a reply code in running text: three digits [2-5][0-5][0-9]
// standing alone (start or after space, ';', quote, '#', '(' or '<'), followed
// by space, '-' or the end, not part of a number, address or time. In strict
// mode the code must also be followed by an enhanced code.
func findCode(s string, strict bool) int {
	for i := 0; i+3 <= len(s); i++ {
		if !isReplyCodeAt(s, i) || expectedCodeAt(s, i) {
			continue
		}
		if !isCodeAt(s, i) && !(i+4 < len(s) && s[i+3] == ' ' && isEnhancedAt(s, i+4)) && !libraryReplyAt(s, i) {
			continue // a non-standard code only when an enhanced code follows ("571 5.7.1") or a library's lead names the command
		}
		if i > 0 {
			switch s[i-1] {
			case ' ', '\t', ';', '\'', '"', '#', '(', '<', '>', '[', '{': // '>': a per-line client log prefix ("recv mx>550-5.7.1 ..."); '[': a library's bracketed reply ("but got response [530 5.7.0 ...]"); '{': PowerShell's list of a property (Get-MessageTrackingLog's "RecipientStatus : {550 5.1.1 ...}")
			case ',':
				// Exchange's SMTP protocol log (CSV): the data field after the
				// event field '>' (sent) or '<' (received): "...,>,421 4.4.2 ...,"
				if i < 2 || (s[i-2] != '>' && s[i-2] != '<') {
					continue
				}
			case '=':
				// sendmail's log field of a ruleset's or a milter's refusal:
				// "ruleset=check_relay, ..., reject=421 4.3.2 ..." (rules_mta22.go)
				if !sendmailRejectFieldAt(s, i) {
					continue
				}
			case ':':
				// glued to the word before: "... said below:550 5.1.1 ..."
				if i < 2 || !isAlpha(s[i-2]) || fileLineAt(s, i-1) {
					continue
				}
			default:
				continue
			}
		}
		if sourceLineBefore(s, i) {
			continue // a source position in a stack trace ("Controller.php line 345"), not a reply
		}
		if queueSizeAt(s, i) {
			continue // a queue listing's message size before its date or Exim id ("4E5A21C0F1*  550 Mon Dec  7 08:00:00 ..."), not a reply
		}
		if versionNumberAt(s, i) || exitStatusAt(s, i) || s[i] == '2' && errorNumberAt(s, i) {
			continue // a protocol's version ("unsupported protocol version 301"), a program's exit status ("return value 256"), a program's error number ("Temporary error 249"): not a reply
		}
		if categoryNumberAt(s, i) || i == 0 && (reportCountLine(s, s) || eximDebugPid(s, s) || codeless23MailCount(s)) {
			continue // rules_dash15.go: a category's number ("Reply category: 250 ..."), a report's count; Exim's debug pid (rules_net16.go); a count of messages (rules_codeless23.go)
		}
		if i+3 < len(s) {
			switch s[i+3] {
			case ' ', '-', '\t':
			default:
				if s[i+3] == ':' && !strict && httpLead(s[:i]) {
					if j := smtpReplyAfterStatus(s, i, strict); j >= 0 {
						return j // forms26.go: the SMTP reply after the API's status
					}
					return i // an HTTP status after its lead: "HTTP Error 500: Internal Server Error" (rules_esp12.go)
				}
				if s[i+3] == ',' && !strict && httpStatusValueField(s, i) {
					if j := smtpReplyAfterStatus(s, i, strict); j >= 0 {
						return j // forms26.go: the SMTP reply after the API's status
					}
					return i // an error object's status field: "{ status: 401, details: 'Forbidden' }" (rules_final21.go)
				}
				if s[i+3] == ':' && i+4 < len(s) && s[i+4] == ' ' && serverErrorLead(s[:i]) {
					return i // a mail client's "Serverfehler 550: Send quota exceeded" (held-out batch 15-prov)
				}
				if (s[i+3] == '.' || s[i+3] == ',') && labelledCodeAt(s, i) {
					return i // a mail client's dialog "Errore del server: 550." (final19)
				}
				if bracketedCodeAt(s, i) && findCode(s[i+4:], strict) < 0 {
					// forms_mta9.go: "but got response [550]", `got code "550"`,
					// when no reply with its text follows ("..., with message \"550 ...\"")
					return i
				}
				continue
			}
			if logLevelAfter(s, i) {
				continue // forms_mta9.go: a process id before the log level ("... 501 TID-1u5770 WARN:")
			}
			if i+4 < len(s) && isDigit(s[i+4]) && s[i+3] == ' ' && !isEnhancedAt(s, i+4) {
				continue // "250 1000" - a number list, not a reply
			}
			if s[i+3] == '-' && dashedNumberAt(s, i+4) {
				continue // rules_sec11.go: "203-0-113-71.pool.isp.example" - an address in a host name, not a multi-line reply
			}
			if i > 0 && isQuantity(s, i) {
				continue // "try again in 300 seconds", "limit of 500 recipients"
			}
		}
		if i+4 < len(s) && s[i+3] == ' ' && !strict {
			if j := smtpReplyAfterStatus(s, i, strict); j >= 0 {
				return j // forms26.go: "HTTP 502 Bad Gateway 421 4.7.0 ...": the SMTP reply after the API's status
			}
		}
		if strict {
			rest := ""
			if i+4 < len(s) {
				rest = strings.TrimPrefix(s[i+4:], "#")
			}
			if _, ok := leadingEnhanced(rest); !ok && !javaMailResponseAt(s, i) && !libraryMessageAt(s, i) {
				continue
			}
		}
		return i
	}
	return -1
}

// queueSizeAt reports a number at s[i] that is a queue listing's message
// size: Postfix's and sendmail's mailq put the size between the queue id
// and the arrival date ("4E5A21C0F1*     550 Mon Dec  7 08:00:00 a@b.example
// ..."), exim -bp between the message's age and its id ("25m  550
// 1rX3Ab-000Abc-Q1 <a@b.example>"). A listing of a waiting message whose
// size fell between 200 and 599 bytes was read as a reply with that code
// (held-out batch 20-codeless's command test).
func queueSizeAt(s string, i int) bool {
	if i+4 >= len(s) || s[i+3] != ' ' {
		return false
	}
	j := i + 4
	for j < len(s) && s[j] == ' ' {
		j++
	}
	rest := s[j:]
	if len(rest) >= 8 && rest[3] == ' ' && weekdayAbbrev(rest[:3]) {
		k := 4
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		return len(rest) >= k+3 && monthAbbrev(rest[k:k+3])
	}
	end := strings.IndexByte(rest, ' ')
	if end < 0 {
		end = len(rest)
	}
	return end >= 16 && eximMessageID(rest[:end])
}

func weekdayAbbrev(t string) bool {
	switch t {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return true
	}
	return false
}

func monthAbbrev(t string) bool {
	switch t {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// serverErrorLeads are the words a mail client puts before the server's
// code when it prints the reply as "<words> 550: <text>" (Outlook's German
// "Serverfehler 550: Send quota exceeded", "SMTP error 552: ..."): the
// number is the reply's code though a colon, not a space, follows it.
var serverErrorLeads = [...]string{"smtp error", "server error", "smtp server error", "mail server error", "serverfehler", "server-fehler",
	"smtp-fehler", "smtp fehler", "erreur smtp", "erreur serveur", "erreur du serveur", "errore smtp", "errore del server",
	"errore server", "erro smtp", "erro do servidor", "erro de servidor", "error smtp", "error del servidor", "error de servidor",
	"smtp-fout", "serverfout"}

// serverErrorLead reports context that ends in one of serverErrorLeads.
func serverErrorLead(context string) bool {
	c := strings.TrimRight(lowerASCII(context), " ")
	for _, lead := range serverErrorLeads {
		if strings.HasSuffix(c, lead) && (len(c) == len(lead) || !isAlnum(c[len(c)-len(lead)-1])) {
			return true
		}
	}
	return false
}

// labelledCodeAt reports a code at s[i] that is the value of a mail
// client's "server error" label, as Outlook Express and Windows Live Mail
// lay out their error dialog ("Server Error: 550, Error Number:
// 0x800CCC79", Italian "Errore del server: 550."): the label, a colon, the
// code, and a comma or a full stop ending the sentence or the line. The
// dialog gives the code alone; it is the reply's code all the same
// (heldout18.md: "Errore del server: 550." read as no code). A number
// with a decimal after it ("550.5") is no code.
func labelledCodeAt(s string, i int) bool {
	if i+4 < len(s) && isDigit(s[i+4]) {
		return false
	}
	ctx := strings.TrimRight(s[:i], " ")
	return strings.HasSuffix(ctx, ":") && serverErrorLead(ctx[:len(ctx)-1])
}

// withoutCodeLabel is the text before a code without a mail client's
// "server error" label and its colon ("Server Error: 550"): the label
// names the field the client prints the code in, not the reply's cause (a
// bare 550, not a server error).
func withoutCodeLabel(ctx string) string {
	c := strings.TrimRight(ctx, " ")
	if !strings.HasSuffix(c, ":") {
		return ctx
	}
	c = strings.TrimRight(c[:len(c)-1], " ")
	l := lowerASCII(c)
	for _, lead := range serverErrorLeads {
		if strings.HasSuffix(l, lead) && (len(l) == len(lead) || !isAlnum(l[len(l)-len(lead)-1])) {
			return strings.TrimRight(c[:len(c)-len(lead)], " ,;")
		}
	}
	return ctx
}

// javaMailResponseAt reports JavaMail's report of the greeting it got when
// it could not connect ("Could not connect to SMTP host: h, port: 25,
// response: 554"): the number after "response: " is the server's code
// (held-out batch 11-apps).
func javaMailResponseAt(s string, i int) bool {
	const resp = "response: "
	return i >= len(resp) && strings.EqualFold(s[i-len(resp):i], resp) && indexFold(s[:i], ", port: ") >= 0
}

// failedAfterSuccess reports a client's words after a successful reply that
// say something failed: an error or failure word, and wording the rules
// recognise.
func failedAfterSuccess(t string) bool {
	l := lowerASCII(t)
	if !strings.Contains(l, "error") && !strings.Contains(l, "fail") && !strings.Contains(l, "could not") && !strings.Contains(l, "unable") && !strings.Contains(l, "exception") {
		return false
	}
	return recognisedWording(t)
}

// sourceLineBefore reports the word "line" right before the number at s[i]
// (a PHP or Java stack trace: "AccountsController.php line 345", "on line
// 250"): the number is a source line, not a reply code (held-out batch
// 11-apps).
func sourceLineBefore(s string, i int) bool {
	j := i - 1
	if j < 0 || s[j] != ' ' {
		return false
	}
	for j >= 0 && s[j] == ' ' {
		j--
	}
	return j >= 3 && strings.EqualFold(s[j-3:j+1], "line") && (j == 3 || !isAlpha(s[j-4]))
}

// fileLineAt reports a source position before the colon at s[colon]
// ("in /srv/www/Swift.php:250", "smtp.go:421"): the word glued to the
// number names a file, so the number is a line, not a reply code.
func fileLineAt(s string, colon int) bool {
	j := strings.LastIndexAny(s[:colon], " \t(\"'") + 1
	return strings.ContainsAny(s[j:colon], "./\\")
}

func isEnhancedAt(s string, i int) bool {
	_, ok := leadingEnhanced(s[i:])
	return ok
}

// findEnhanced finds a standalone enhanced status code in s.
func findEnhanced(s string) int {
	for i := 0; i+5 <= len(s); i++ {
		if s[i] != '2' && s[i] != '4' && s[i] != '5' {
			continue
		}
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || isAlpha(s[i-1])) {
			continue
		}
		if i > 0 && s[i-1] == '|' && cefHeaderAt(s, i) {
			continue
		}
		if versionValueAt(s, i) {
			continue
		}
		if _, ok := leadingEnhanced(s[i:]); ok {
			return i
		}
	}
	return -1
}

// cefHeaderAt reports a position inside the header of an ArcSight CEF
// event ("CEF:0|Kaspersky|KSMG|2.0.1|LMS_EV_...|name|5|ext"): its seven
// fields before the extension name the vendor, the product and its version,
// the event, a severity; a dotted version there is no enhanced status code
// (held-out batch 16-verdict). The extension's key=value fields are read.
func cefHeaderAt(s string, i int) bool {
	k := strings.LastIndex(s[:i], "CEF:")
	return k >= 0 && strings.Count(s[k:i], "|") < 7
}

// enhancedInText finds an enhanced status code inside a reply text that does
// not start with one ("550 Rejected: 5.7.1 relay denied"): it must stand
// alone, have the class of the basic code and a registered subject (0-7), so
// that version numbers ("Exim 4.94.2") and addresses are not taken for one.
func enhancedInText(text string, code int) string {
	for off := 0; off < len(text); {
		k := findEnhanced(text[off:])
		if k < 0 {
			return ""
		}
		k += off
		e, _ := leadingEnhanced(text[k:])
		if ec, ok := parseEnh(e); ok && int(ec.class-'0') == code/100 && ec.subject <= 7 {
			return e
		}
		off = k + 1
	}
	return ""
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// leadingEnhanced reads an enhanced status code "c.sss.ddd" at the start of s
// (RFC 3463 §2), followed by the end, white space or punctuation other than
// '.' + digit (which would make it an IP address or version number).
func leadingEnhanced(s string) (string, bool) {
	if len(s) < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.' {
		return "", false
	}
	i := 2
	n := 0
	for i < len(s) && isDigit(s[i]) && n < 4 {
		i++
		n++
	}
	if n == 0 || n > 3 || i >= len(s) || s[i] != '.' {
		return "", false
	}
	i++
	n = 0
	for i < len(s) && isDigit(s[i]) && n < 4 {
		i++
		n++
	}
	if n == 0 || n > 3 {
		return "", false
	}
	if i < len(s) {
		c := s[i]
		if isDigit(c) || isAlpha(c) || c == '_' || c == '@' {
			return "", false
		}
		if (c == '.' || c == '-') && i+1 < len(s) && isDigit(s[i+1]) {
			return "", false
		}
		if c == '/' || c == '\\' {
			return "", false // a path's version segment ("ruby/2.7.0/gems", "ruby-2.2.1/lib"), not a status (held-out batch 14-engine)
		}
	}
	return s[:i], true
}

// stripTranscriptPrefix removes transcript markers such as swaks' "<** ",
// "<~ ", "<- ", or "S: ", "<<< ", "server: ", and the " Out: " of Postfix's
// "Transcript of session follows" (its client commands are " In: ").
func stripTranscriptPrefix(t string) string {
	for {
		orig := t
		for len(t) > 0 && isTranscriptMarker(t[0]) { // strings.TrimLeft(t, "<>*~|- \t")
			t = t[1:]
		}
		t = skipDebugPID(t)
		for _, p := range []string{"s:", "server:", "recv:", "received:", "response:", "reply:", "error:", "smtp;", "smtp:", "smtp<<", "out:"} {
			if len(t) >= len(p) && (t[0]|0x20) == p[0] && strings.EqualFold(t[:len(p)], p) {
				t = strings.TrimSpace(t[len(p):])
				break
			}
		}
		if t == orig {
			return t
		}
	}
}

// skipDebugPID drops the process-id column of Exim's debug output
// ("  759   SMTP<< 250 2.1.0 Ok", "759   SMTP>> RCPT TO:<a@b.example>"):
// digits, blanks, then Exim's SMTP<< or SMTP>> marker (held-out batch
// 9-forum). Without the marker the digits are left alone: they may be the
// reply code itself.
func skipDebugPID(t string) string {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	j := i
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if i == 0 || j == i || len(t) < j+6 || !strings.EqualFold(t[j:j+4], "smtp") || (t[j+4:j+6] != "<<" && t[j+4:j+6] != ">>") {
		return t
	}
	return t[j:]
}

func isTranscriptMarker(c byte) bool {
	switch c {
	case '<', '>', '*', '~', '|', '-', ' ', '\t':
		return true
	}
	return false
}

// summarizeLines derives code, enhanced code (last line that has one) and
// text from raw reply lines, as a live client receives them.
func summarizeLines(lines []string) (code int, enh, text string) {
	var b strings.Builder
	for _, ln := range lines {
		var li lineInfo
		li.fromReply(strings.TrimRight(ln, "\r\n"), true)
		if !li.reply {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSpace(ln))
			continue
		}
		if code == 0 {
			code = li.code
		}
		if li.enh != "" {
			enh = li.enh
		}
		if li.text != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(li.text)
		}
	}
	return code, enh, b.String()
}

// first sets *dst to v unless it is already set: across the lines of one
// input, the first line that names a field decides it.
func first(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// candidate is one reply found in the input: a (multi-line) wire reply or a
// log or DSN line that carries one.
type candidate struct {
	saidHead string // the words before "host X said:" on its line: context
	code     int
	enh      string
	text     string   // the text of its first line that has one
	more     []string // the texts of the lines after (multi-line replies)
	lines    []string
	stage    string
	refusal  bool // a log line reporting a refusal without a code (Exim)
	delivery bool // a log line reporting a delivery without a code (Exim's "=>")
	bare     bool // wire reply lines
	lead     string
	cont     bool   // its line's code is a continuation ("450-4.2.1 ...")
	action   string // the outcome its own log line states ("status=bounced"): rules_final21.go
	rcpt     string // the recipient its log line names ("to=<a@b.example>"): forms22.go
}

// lastText is the text of the reply's last line that has one.
func (c *candidate) lastText() string {
	if len(c.more) > 0 {
		return c.more[len(c.more)-1]
	}
	return c.text
}

// runsOn reports a line whose sentence goes on in the next one: it ends in
// a word, not in a full stop, a closing bracket or an identifier. A reply
// quoted with only its enhanced code on each line ("5.7.0 This message was
// blocked because its content presents a potential\n5.7.0 security issue.",
// as Gmail's multi-line replies reach a client that drops the basic code)
// is one reply when its lines run on; separate codeless replies each end
// their sentence (held-out batch 9-forum b).
func runsOn(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	if !(c >= 'a' && c <= 'z') {
		return false
	}
	// the last word is a plain lower-case word (not a host, code or address)
	w := t[strings.LastIndexAny(t, " \t")+1:]
	return strings.IndexFunc(w, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) < 0
}

// cutAtColon reports a reply line that stops at a colon: what it
// announces follows in the next line ("... is unavailable:").
func cutAtColon(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 1 && t[len(t)-1] == ':' && t[len(t)-2] != ':'
}

// wrapsReply reports a line without a code that continues reply c: c's
// last line stops at a colon or in the middle of a sentence (wrappedOn), or
// c has a code and no text yet. A line that names the stage ("(in reply to
// RCPT TO command)") continues it only when c names none yet and the line
// goes on from a colon or a bare code.
func wrapsReply(c *candidate, ln, stage string) bool {
	bareCode := c.code != 0 && c.text == "" && len(c.more) == 0 && len(c.lines) == 1 && codesOnly(c.lines[0])
	if stage != "" {
		return c.stage == "" && wrappedRest(ln) && (bareCode || cutAtColon(c.lastText()))
	}
	return wrappedOn(c.lastText(), ln) || bareCode && (wrappedRest(ln) || addressLead(ln))
}

// addressLead reports a line that starts with an address and goes on with
// words after its colon ("<ann@b.example>: Recipient address rejected: ...")
// - a reply's text, not a bounce's heading of a recipient alone.
func addressLead(ln string) bool {
	t := strings.TrimSpace(ln)
	if t == "" || t[0] != '<' {
		return false
	}
	i := strings.Index(t, ">:")
	return i > 0 && len(strings.TrimSpace(t[i+2:])) > 0
}

// wrappedOn reports a line that continues the reply line before it: that
// line stops at a colon, or in the middle of a sentence (a lower-case word)
// and this one goes on in lower case.
func wrappedOn(prev, ln string) bool {
	if !wrappedRest(ln) {
		return false
	}
	if cutAtColon(prev) || serverNameOnly(prev) { // (rules_prov13.go)
		return true
	}
	t := strings.TrimSpace(ln)
	w := t
	if i := strings.IndexAny(t, " \t"); i > 0 {
		w = t[:i]
	}
	if wrappedInAddress(prev, t, w) { // (forms23.go)
		return true
	}
	if functionWordEnd(prev) && !strings.ContainsAny(w, "@:/=") { // (common23)
		return true
	}
	return (runsOn(prev) || capitalisedWordEnd(prev) || commaEnd(prev)) && t[0] >= 'a' && t[0] <= 'z' && !strings.ContainsAny(w, "@:/=.") // (forms22.go)
}

// functionWordEnd reports a line that stops on a word no sentence ends with
// (a conjunction, an article, a preposition): the sentence goes on in the
// next line even when that starts with a capital ("... we consider it SPAM
// or\nOutlook Virus.", held-out batch 23-common).
func functionWordEnd(t string) bool {
	t = strings.TrimSpace(t)
	w := strings.ToLower(t[strings.LastIndexAny(t, " \t")+1:])
	switch w {
	case "or", "and", "the", "a", "an", "of", "to", "for", "from", "with", "by", "in", "on", "at", "as", "your", "our", "their", "its", "this", "that", "than":
		return t != w
	}
	return false
}

// wrappedRest reports a line that can be the rest of a wrapped reply: words,
// not an empty line, a recipient or address heading ("<ann@b.example>:"), a
// log line or a bounce generator's own sentence.
func wrappedRest(ln string) bool {
	t := strings.TrimSpace(ln)
	if t == "" || t[0] == '<' || t[0] == '-' || t[0] == '[' || isDigit(t[0]) {
		return false
	}
	lt := strings.ToLower(t)
	for _, p := range []string{"giving up", "remote host said", "host ", "smtp error", "reporting-mta", "final-recipient", "this is a", "------"} {
		if strings.HasPrefix(lt, p) {
			return false
		}
	}
	return true
}

// addText adds the text of one more line of the reply (none when empty).
func (c *candidate) addText(t string) {
	switch {
	case t == "":
	case c.text == "":
		c.text = t
	default:
		c.more = append(c.more, t)
	}
}

// joinedText is the texts of the reply's lines, joined by a space.
func (c *candidate) joinedText() string {
	if len(c.more) == 0 {
		return c.text
	}
	return c.text + " " + strings.Join(c.more, " ")
}

func (c candidate) failed() bool {
	switch {
	case c.code != 0:
		return c.code >= 400
	case c.enh != "":
		return c.enh[0] == '4' || c.enh[0] == '5'
	}
	return c.refusal
}

// decisive picks the reply that decides a paste of several: the last one
// that failed (a transcript "220 ... 250 ... 354 ... 451" is about the 451),
// else the last one.
//
// newestFirstAttempt is the index of the newest failed attempt when the
// replies are Exchange's list of delivery attempts ("8/23/2025 1:23:09 PM
// - Server at mx.b.example returned '550 5.4.316 Message expired'"), which
// its NDR writes newest first: the first one decides, not the last. -1
// when the input is not such a list of two or more attempts.
func newestFirstAttempt(cs []candidate) int {
	n, first := 0, -1
	for i := range cs {
		if !exchangeAttempt(cs[i].lead) {
			continue
		}
		n++
		if first < 0 && cs[i].failed() {
			first = i
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// exchangeAttempt reports a reply's lead (leadOf) of Exchange's attempt
// line: "<time> - Server at <host> returned" ("Remote Server at" in the
// NDRs of Office 365's earlier years).
func exchangeAttempt(lead string) bool {
	return len(lead) > len(" returned") && strings.EqualFold(lead[len(lead)-len(" returned"):], " returned") &&
		(indexFold(lead, " - server at ") >= 0 || indexFold(lead, " - remote server at ") >= 0) // (older Exchange: "Remote Server at"; held-out batch 16-net)
}

// A last failure that carries no detail of its own (no enhanced code, or an
// "other or undefined" X.0.0 one, as Sendmail's "554 5.0.0 Service
// unavailable" under a transcript whose server said "552 5.2.2 Mailbox
// full", or "554 5.5.1 no valid recipients" after "550 5.1.1 ...") only sums
// up an earlier failure of the same class that has one: that one decides.
func decisive(cs []candidate) int {
	if len(cs) == 1 {
		return 0 // (what every path below returns for one candidate: a log line's reply)
	}
	for i := len(cs) - 1; i >= 0; i-- {
		if !cs[i].failed() || consequence(cs, i) { // forms_mta9.go
			continue
		}
		if j := remoteBeforeOwnLine(cs, i); j >= 0 {
			return j // sendmail's own "<a@b>... User unknown" restates the remote's reply (forms24.go)
		}
		if !cs[i].specific() || cs[i].summary() {
			for j := i - 1; j >= 0; j-- {
				if cs[j].failed() && cs[j].specific() && cs[j].class() == cs[i].class() {
					return j
				}
				if cs[j].restatedBy(cs[i]) {
					return j
				}
			}
		}
		// a refusal that only follows from an earlier one ("Authentication
		// required" after a refused STARTTLS or AUTH; a bad sequence is
		// consequence above), or a summary without any
		// detail ("554 5.0.0 Service unavailable"), gives way to the
		// earlier refusal of the same class: that one is the cause
		// (held-out batch 9-esp, rules_esp9.go)
		if cs[i].consequenceOf(cs[:i]) || cs[i].bareSummary() {
			for j := i - 1; j >= 0; j-- {
				if cs[j].failed() && cs[j].class() == cs[i].class() && cs[j].joinedText() != "" && !cs[j].bareSummary() && !cs[j].consequenceOf(cs[:j]) && !consequence(cs, j) {
					return j
				}
			}
		}
		return i
	}
	return len(cs) - 1
}

// proseLead reports words before a reply on its line that run on into it
// (a sentence cut by a continuation code), not a wrapper or a log prefix:
// they end in a lower-case word that is not a wrapper's ("said", "error").
func proseLead(lead string) bool {
	lead = strings.TrimRight(lead, " ")
	if lead == "" || lead[len(lead)-1] < 'a' || lead[len(lead)-1] > 'z' {
		return false
	}
	w := lead[strings.LastIndexByte(lead, ' ')+1:]
	switch w {
	case "said", "error", "errors", "reply", "replied", "response", "responded", "returned", "was", "is", "message", "status", "reason", "diagnostic":
		return false
	}
	return strings.IndexByte(lead, ' ') > 0 // more than one word
}

// restatedBy reports a server's reply without an enhanced code that a
// later "X.0.0" failure with the same code only restates: Sendmail's
// transcript "<<< 554 BL0003 Connection refused" then its own "554 5.0.0
// Service unavailable" (held-out batch 9). The server's words decide.
func (c candidate) restatedBy(last candidate) bool {
	return c.failed() && c.enh == "" && c.code != 0 && c.code == last.code && c.text != "" && strings.HasSuffix(last.enh, ".0.0")
}

// specific reports an enhanced code with a detail (not X.0.0).
func (c candidate) specific() bool {
	return c.enh != "" && !strings.HasSuffix(c.enh, ".0.0")
}

// summary reports a failure that only sums up the refusals before it ("554
// 5.5.1 Error: no valid recipients" after each recipient was refused).
func (c candidate) summary() bool {
	sums := func(t string) bool {
		return indexFold(t, "no valid recipients") >= 0 || indexFold(t, "all recipients were rejected") >= 0
	}
	if sums(c.text) {
		return true
	}
	for _, t := range c.more {
		if sums(t) {
			return true
		}
	}
	return false
}

// class is the class digit of the candidate's reply.
func (c candidate) class() byte {
	if c.code != 0 {
		return byte('0' + c.code/100)
	}
	if c.enh != "" {
		return c.enh[0]
	}
	return 0
}

func transcriptNote(cs []candidate, k int) string {
	name := func(c candidate) string {
		switch {
		case c.code != 0:
			return itoa(c.code)
		case c.enh != "":
			return c.enh
		}
		return "a reply without a code"
	}
	var others []string
	for i, c := range cs {
		if i != k {
			others = append(others, name(c))
		}
	}
	how := "the reply that failed"
	if !cs[k].failed() {
		how = "none failed, so the last reply"
	}
	return "The input holds " + itoa(len(cs)) + " replies: " + how + " (" + name(cs[k]) + ") is explained; the others (" + strings.Join(others, ", ") + ") are context."
}

func commandStageOf(ln string, pre *lineInfo) string {
	if pre != nil {
		return "" // a single log line, not a transcript
	}
	return commandStage(ln)
}

// commandStage recognises a client command line of a pasted transcript
// ("C: RCPT TO:<a@b.example>", "> MAIL FROM:<>", ">>> DATA") and returns its
// stage; the reply that follows answers it.
//
// The command may stand behind a log prefix that ends in a marker, as a
// client's debug log or Postfix's verbose log writes each line of a session
// ("2026-12-06 10:00:01 CLIENT -> SERVER: RCPT TO:<a@b.example>",
// "postfix/smtp[123]: > mx.b.example[192.0.2.1]:25: RCPT TO:<a@b.example>"),
// when no reply follows it on the line.
func commandStage(ln string) string {
	t := strings.TrimSpace(ln)
	if !mayBeCommand(t) {
		return ""
	}
	if st := commandWord(t); st != "" {
		if (st == "EHLO" || st == "HELO") && heloWrapperLine(t) {
			return "" // "EHLO command failed: 550 ...": a client's report of it (forms26.go)
		}
		return st
	}
	if findCode(t, false) >= 0 {
		return "" // a reply that names a command ("501 5.5.4 Syntax: MAIL FROM:<address>")
	}
	for off := 0; off < len(t) && off < 256; {
		k := strings.IndexAny(t[off:], ":>]") // (also a session number: "[#0] AUTH LOGIN")
		if k < 0 {
			break
		}
		k += off
		if k+1 < len(t) && t[k+1] == ' ' {
			rest := strings.TrimSpace(t[k+2:])
			if st := commandWord(rest); st != "" && commandShape(rest, st) {
				return st
			}
		}
		off = k + 1
	}
	return ""
}

// commandShape: a command behind a log prefix has the syntax of the
// command itself (RFC 5321 §4.1.1), not words that start the same way
// ("Helo command rejected"): the address in angle brackets after MAIL
// FROM: and RCPT TO:, one domain after EHLO and HELO, a mechanism and at
// most an initial response after AUTH.
func commandShape(rest, st string) bool {
	words := strings.Fields(rest)
	switch st {
	case "MAIL FROM", "RCPT TO":
		c := strings.IndexByte(rest, ':')
		return c > 0 && strings.HasPrefix(strings.TrimLeft(rest[c+1:], " "), "<")
	case "EHLO", "HELO":
		return len(words) <= 2
	case "AUTH":
		return len(words) <= 3
	}
	return true
}

// commandWord is commandStage for a line that starts with the command or
// a transcript marker.
func commandWord(t string) string {
	t = skipDebugPID(t)
	lt := lowerASCII(t)
	for _, p := range []string{"c:", "client:", "send:", "sent:", ">>>", "->", ">", "->>", "smtp>>", "in:"} {
		if strings.HasPrefix(lt, p) {
			t = strings.TrimSpace(t[len(p):])
			lt = lowerASCII(t)
			break
		}
	}
	switch {
	case strings.HasPrefix(lt, "mail from:"):
		return "MAIL FROM"
	case strings.HasPrefix(lt, "rcpt to:"):
		return "RCPT TO"
	case lt == "data":
		return "DATA"
	case lt == ".":
		return "END OF DATA"
	case strings.HasPrefix(lt, "bdat "):
		return "DATA"
	case strings.HasPrefix(lt, "ehlo ") || lt == "ehlo":
		return "EHLO"
	case strings.HasPrefix(lt, "helo ") || lt == "helo":
		return "HELO"
	case lt == "starttls":
		return "STARTTLS"
	case strings.HasPrefix(lt, "auth "):
		return "AUTH"
	case lt == "quit":
		return "QUIT"
	}
	return ""
}

// stageInText finds the stage a reply text names ("... after MAIL FROM",
// "in reply to RCPT TO").
func stageInText(text string) string {
	if text == "" {
		return ""
	}
	var lowBuf [lowBufSize]byte
	lt := lowerASCIIInto(lowBuf[:], text)
	// (every phrase below names "from", "rcpt to" or "data": a text
	// without them, most replies, is not searched eleven times)
	if !containsRare(lt, "from") && !containsRare(lt, "rcpt to") && !containsRare(lt, "data") {
		return ""
	}
	for _, p := range []struct{ w, st string }{
		{"after mail from", "MAIL FROM"}, {"in reply to mail from", "MAIL FROM"}, {"mail from command", "MAIL FROM"},
		{"after rcpt to", "RCPT TO"}, {"in reply to rcpt to", "RCPT TO"}, {"rcpt to command", "RCPT TO"},
		{"after end of data", "END OF DATA"}, {"in reply to end of data", "END OF DATA"}, {"after pipelined end of data", "END OF DATA"},
		{"after data", "DATA"}, {"in reply to data", "DATA"},
	} {
		if strings.Contains(lt, p.w) {
			return p.st
		}
	}
	return ""
}

// stripContinuationCodes removes the "421-4.7.0" markers a log or bounce
// leaves inside a multi-line reply it joined into one line ("both do
// 421-4.7.0 not pass"), so that the wording is whole again. It returns the
// text and the last enhanced code it removed.
func stripContinuationCodes(text string, code int) (string, string) {
	var digits [3]byte
	c := ""
	if code >= 100 && code <= 999 {
		digits = [3]byte{byte('0' + code/100), byte('0' + code/10%10), byte('0' + code%10)}
		c = string(digits[:]) // (does not escape: no allocation)
	} else {
		c = itoa(code)
	}
	if !strings.Contains(text, c) {
		return text, ""
	}
	var b strings.Builder
	enh := ""
	i := 0
	for i < len(text) {
		k := strings.Index(text[i:], c)
		if k < 0 {
			b.WriteString(text[i:])
			break
		}
		k += i
		end := k + 3
		ok := (k == 0 || text[k-1] == ' ' || text[k-1] == ',') && end < len(text) && (text[end] == '-' || text[end] == ' ') &&
			(k+3 >= len(text) || !isDigit(text[k+3]))
		if ok {
			if e, has := leadingEnhanced(text[end+1:]); has {
				end += 1 + len(e)
				enh = e
			} else if text[end] != '-' || end+1 < len(text) && text[end+1] != ' ' && !isAlpha(text[end+1]) {
				ok = false
			} else {
				end++
			}
		}
		if !ok {
			b.WriteString(text[i : k+3])
			i = k + 3
			continue
		}
		b.WriteString(text[i:k])
		i = end
		for i < len(text) && text[i] == ' ' {
			i++
		}
	}
	return strings.TrimSpace(b.String()), enh
}

// stripLastLineCode removes the code of a multi-line reply's last line
// ("550 exist.") where a bounce joined the lines into one: the reply began
// "550-" and its code stands again between two words of the text ("#550-The
// domain in the email address ... does not 550 exist. Sorry.", an Exchange
// NDR quoting a smart host; held-out batch 17-net). Only the reply's own code,
// between a space and a letter, is taken out: "sent 550 messages" in a reply
// that did not begin "550-" stays.
func stripLastLineCode(text string, code int) string {
	c := " " + itoa(code) + " "
	for i := 0; i+len(c) < len(text); {
		k := strings.Index(text[i:], c)
		if k < 0 {
			break
		}
		k += i
		if isAlpha(text[k+len(c)]) {
			text = text[:k+1] + text[k+len(c):]
			continue
		}
		i = k + 1
	}
	return text
}

// stripRepeatedEnhanced removes the reply's own enhanced code where it
// stands alone between words of its text: a multi-line reply whose
// continuation lines kept only the enhanced code (Gmail's "552-5.7.0 ..."
// quoted as "5.7.0 ...") and were then joined into one line ("content
// presents a potential 5.7.0 security issue"), as stripContinuationCodes
// does for "552-5.7.0" (held-out batch 16-bigprov b). A code in brackets or
// after '#' (qmail's "(#5.1.1)") is not alone and stays.
func stripRepeatedEnhanced(text, enh string) string {
	if enh == "" || len(text) < len(enh)+2 {
		return text
	}
	w := " " + enh + " "
	if !strings.Contains(text, w) {
		return text
	}
	for strings.Contains(text, w) {
		text = strings.Replace(text, w, " ", -1)
	}
	return text
}

// textAround is the text of a line whose enhanced code stands inside it
// (qmail's trailer "Sorry, no mailbox here by that name. (#5.1.1)"): the
// line without the code and its "(#...)" wrapper.
func textAround(t string, k, n int) string {
	a, b := k, k+n
	if a > 0 && t[a-1] == '#' {
		a--
	}
	if a > 0 && t[a-1] == '(' {
		if c := strings.IndexByte(t[b:], ')'); c >= 0 && c <= 40 {
			a--
			b += c + 1
		}
	}
	return strings.TrimSpace(strings.TrimSpace(t[:a]) + " " + strings.TrimSpace(t[b:]))
}

// libraryReplyAt: the number at s[i:] follows a client library's lead
// that names the command the server answered, and its colon ("Invalid login:
// 460 ERR.LOGIN.PASSERR", Nodemailer; libraryStage): the library quotes the
// server's reply there, so a non-standard code (NetEase's 460) is that
// reply's code, its class from the first digit (held-out batch 18-prov).
func libraryReplyAt(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' || s[i-2] != ':' {
		return false
	}
	return libraryStage(s[max(0, i-2-48):i-2]) != ""
}

// isReplyCodeAt is a reply code at the start of a reply: [2-5] and two
// digits. Non-standard codes (571, 525) are taken here: their class is the
// first digit, their meaning comes from the wording.
func isReplyCodeAt(s string, i int) bool {
	return i+3 <= len(s) && s[i] >= '2' && s[i] <= '5' && isDigit(s[i+1]) && isDigit(s[i+2])
}

// isQuantity: the number at s[i:i+3], inside running text, counts
// something ("in 300 seconds", "limit of 500 recipients per day") rather
// than being a reply code.
func isQuantity(s string, i int) bool {
	if i+4 < len(s) && s[i+3] == ' ' {
		next := lowerASCII(s[i+4 : min(len(s), i+16)])
		for _, u := range []string{"seconds", "second", "secs", "minutes", "minute", "mins", "hours", "hour", "days", "day", "weeks",
			"messages", "mails", "emails", "recipients", "rcpts", "bytes", "kb", "mb", "per", "times", "attempts", "percent",
			// a duration or size a log line states ("..., size: 2210, 312 ms" ends amavis's)
			"ms", "msec", "milliseconds", "millisecond", "sec", "gb", "kib", "mib",
			// the same counted in the large providers' languages ("maksymalnie 500 e-maili dziennie",
			// "maximal 500 E-Mails pro Tag"; held-out batch 16-lang b)
			"e-mails", "e-maili", "e-maile", "maili", "wiadomości", "odbiorców", "nachrichten", "empfänger", "sekunden", "minuten", "stunden",
			"courriels", "destinataires", "secondes", "heures", "jours", "mensajes", "correos", "destinatarios", "segundos", "minutos", "horas",
			"días", "messaggi", "destinatari", "secondi", "minuti", "giorni", "mensagens", "destinatários", "dias", "berichten", "ontvangers",
			"seconden", "dagen", "uur", "писем", "сообщений", "получателей", "секунд", "минут", "часов", "e-posta", "ileti", "saniye", "dakika",
			// and in the regional providers' and hosters' languages ("mer enn 500 mottakere", "300 zpráv za
			// hodinu", "500 viestiä vuorokaudessa", "500 meddelanden per dag"; held-out batch 22-prov)
			"mottakere", "mottagare", "modtagere", "meldinger", "meddelanden", "beskeder", "e-poster", "eposter",
			"viestiä", "vastaanottajaa", "sähköpostia", "zpráv", "e-mailů", "emailů", "příjemců", "správ", "príjemcov",
			"adresów", "üzenet", "címzett", "levél", "mesaj", "alıcı", "адресов", "листів", "одержувачів", "penerima", "pesan",
			// Hungarian counts pieces ("300 db e-mail"; batch 22-prov b)
			"db e-mail", "db email", "db levél", "db üzenet"} {
			if strings.HasPrefix(next, u) && (len(next) == len(u) || !isAlpha(next[len(u)])) {
				return true
			}
		}
		if countWordAt(next) {
			return true // forms27.go: a count of occurrences ("503 veces", "421 Mal", "250 раз"), not a reply
		}
		// one e-mail word, then "per" or a slash: a rate ("250 email per jam",
		// "500 mail/day"; held-out batch 22-prov), not a reply's "550 Email
		// rejected"
		for _, u := range []string{"email ", "e-mail ", "mail ", "email/", "e-mail/", "mail/"} {
			if strings.HasPrefix(next, u) && (u[len(u)-1] == '/' || strings.HasPrefix(lowerASCII(s[i+4+len(u):min(len(s), i+8+len(u))]), "per ")) {
				return true
			}
		}
	}
	if i+3 < len(s) && s[i+3] == '%' {
		return true
	}
	return countedAfterLead(s, i) || limitAmountAt(s, i)
}

// limitAmountLeads end the words of a limit's amount in the languages whose
// limit takes a preposition ("el límite de 250 transferencias SMTP por día",
// "il limite di 300 invii", "ein Limit von 200 Nachrichten"; held-out batch
// 22-prov b: Spanish read as a 250 success); English "limit of" is
// countedAfterLead's.
var limitAmountLeads = [...]string{"límite de", "limite de", "limite di", "limit von", "limiet van", "máximo de", "maximo de", "cupo de", "cuota de", "cota de"}

// limitAmountAt reports a number at i that one of limitAmountLeads leads and
// a lower-case word follows, or that a word of "at most" leads and any word
// follows (quantityLeads): an amount, not a reply code.
func limitAmountAt(s string, i int) bool {
	if i+5 > len(s) || s[i+3] != ' ' {
		return false
	}
	if c := s[i+4]; (c >= 'a' && c <= 'z' || c >= 0x80) && leadBefore(s, i, quantityLeads[:], true) {
		return true
	}
	if s[i+4] < 'a' || s[i+4] > 'z' {
		return false
	}
	return leadBefore(s, i, limitAmountLeads[:], true)
}

// quantityLeads: "at most", "maximum" in the regional hosters' languages
// ("maxim 300 de mesaje pe zi", "najviše 300 poruka dnevno", "έως 300 μηνύματα",
// "tối đa 300 email", "högst 300 e-postmeddelanden"; held-out batch 22-prov's
// probe: read as 300 successes). A word follows the amount; a reply code does
// not follow such a word.
var quantityLeads = [...]string{"maxim", "maximum", "maksimum", "maksimal", "maksimalt", "maksymalnie", "maximálně", "maximálne", "najviac", "najviše",
	"največ", "най-много", "έως", "μέχρι", "tối đa", "สูงสุด", "högst", "højst", "høyst", "legfeljebb", "en fazla", "enintään", "не более", "не больше",
	"не більше", "hingga", "sehingga", "paling banyak"}

// countedAfterLead: a number that a word of quantity leads ("allowed to
// send 200 bulk messages per hour", "more than 250 new recipients") and a
// lower-case word follows counts something even when a unit word does not
// come right after it (held-out batch 13-gw: Heimdal's "You are only
// allowed to send 200 bulk messages per hour, try later" read as a 200
// success); after a comparison ("more than", "at least") also a word in
// capitals ("SMTP envelope recipients"). A reply code follows a colon, a
// quote or the line's start, not such a word.
func countedAfterLead(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' || i+5 > len(s) || s[i+3] != ' ' || !isAlpha(s[i+4]) {
		return false
	}
	j := i - 1
	for j > 0 && isAlpha(s[j-1]) {
		j--
	}
	switch lowerASCII(s[j : i-1]) {
	case "than", "least", "most", "upto", "approximately":
		// a comparison counts whatever word follows ("more than 200 SMTP
		// envelope recipients", held-out batch 19-prov): no reply follows it
		return true
	case "send", "sending", "sent", "only", "max", "maximum", "over", "exceeded", "exceeds", "exceed", "about", "first", "last":
		return s[i+4] >= 'a' && s[i+4] <= 'z'
	case "of", "to":
		// a limit's amount ("an hourly limit of 200 outgoing emails",
		// "limited to 250 recipients"; held-out batch 20-prov b)
		k := j - 1
		for k > 0 && isAlpha(s[k-1]) {
			k--
		}
		if k >= 0 && j >= 1 && s[j-1] == ' ' {
			switch lowerASCII(s[k : j-1]) {
			case "limit", "maximum", "quota", "limited", "restricted":
				return s[i+4] >= 'a' && s[i+4] <= 'z'
			}
		}
	}
	return false
}

// versionNumberAt reports a number that the word "version" leads: Go's
// "tls: server selected unsupported protocol version 301" names TLS 1.0 by
// its wire value 0x0301 (300 is SSL 3.0), which is no 301 reply (held-out
// batch 17-net b).
func versionNumberAt(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 && isAlpha(s[j-1]) {
		j--
	}
	return strings.EqualFold(s[j:i-1], "version")
}

// exitStatusLeads end the words before a program's exit status, which is
// no reply code: fdm's "pipe error, return value 256", Postfix pipe(8)'s
// "Command died with status 256", fetchmail's "MDA returned nonzero status
// 256" (held-out batch 18-lda; a 2xx there read as a success).
var exitStatusLeads = [...]string{"return value", "exit status", "exit code", "exit value", "exited with", "died with status",
	"nonzero status", "non-zero status"}

// exitStatusAt reports a number at i that follows one of exitStatusLeads.
func exitStatusAt(s string, i int) bool {
	return leadBefore(s, i, exitStatusLeads[:], false) || leadBefore(s, i, providerCodeLeads[:], true)
}

// providerCodeLeads are the letters a provider writes before its own error
// number: Charter's webmail "CHTR 301 Security Alert" (held-out batch 22-prov
// b: read as a 301 success); the number is the provider's code, no reply.
var providerCodeLeads = [...]string{"chtr"}

// leadBefore reports a number at i that follows one of leads and a space;
// with whole, the lead must be a whole word ("error", not "mirror").
func leadBefore(s string, i int, leads []string, whole bool) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	head := s[:i-1]
	for _, w := range leads {
		n := len(head) - len(w)
		if n >= 0 && strings.EqualFold(head[n:], w) && (!whole || n == 0 || !isAlpha(head[n-1])) {
			return true
		}
	}
	return false
}

// errorNumberLeads end the words before a program's own error number: a
// 2xx after them is no success reply ("Temporary error 249 (temporary MX
// resolution error)", a mail server's console; held-out batch 19-common b).
var errorNumberLeads = [...]string{"error", "failure"}

// errorNumberAt reports a number at i right after one of errorNumberLeads.
func errorNumberAt(s string, i int) bool { return leadBefore(s, i, errorNumberLeads[:], true) }

// versionValueAt reports a dotted number that is the value of a version
// field: "version": "5.7.3" in an application's JSON log, version=4.2.1,
// Version: 5.1.0, or the word "version" before it (versionNumberAt). A
// product's version is no enhanced status code (held-out batch 18-app:
// OpenCTI's error JSON, read as 5.7.3 "delivery not authorized").
func versionValueAt(s string, i int) bool {
	if versionNumberAt(s, i) {
		return true
	}
	quote := func(c byte) bool { return c == '"' || c == '\'' || c == ' ' || c == '\t' }
	j := i
	for j > 0 && quote(s[j-1]) {
		j--
	}
	if j == 0 || (s[j-1] != ':' && s[j-1] != '=') {
		return false
	}
	j--
	for j > 0 && quote(s[j-1]) {
		j--
	}
	k := j
	for k > 0 && isAlpha(s[k-1]) {
		k--
	}
	return strings.EqualFold(s[k:j], "version")
}

// maxContext bounds the other lines kept as a reply's Context.
const maxContext = 4 << 10

// isField reports a line that is a header or DSN field the parser read
// (Remote-MTA:, Final-Recipient:, Status:, Action:): those are data, not
// wording around the reply.
func isField(li lineInfo) bool {
	return li.status != "" || li.action != "" || li.host != "" || li.rcpt != "" || li.origRcpt != ""
}

// leadOf trims the words before a reply in running text to what they say:
// without the separators that introduce the reply ("Last error:", "said -").
func leadOf(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), " \t:;-=>('\"#<")
}

// foldedFlatReply returns the words before the code of a reply line that
// continues an open multi-line reply folded inside its text ("<smarthost>
// 550 (deferred)"): the words stand apart from the code (a space before
// it) and are no log prefix or label (one that ends in ":" or "=", or
// that holds a timestamp's ":").
func foldedFlatReply(li lineInfo) (string, bool) {
	k := strings.Index(li.line, li.replyLine)
	if li.replyLine == "" || k <= 0 || li.line[k-1] != ' ' {
		return "", false
	}
	before := strings.TrimSpace(li.line[:k])
	if before == "" || len(before) > 120 || strings.ContainsAny(withoutURLs(before), ":=[") {
		return "", false
	}
	return before, true
}

// withoutURLs is s without its web addresses: a reply folded again by a
// client can put the code behind the link of the line before ("https://
// support.google.example/mail/?p=UnsolicitedRateLimitError to 421 4.7.28";
// heldout17.md), and a link's ":" and "=" are no log prefix or label.
func withoutURLs(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "http://") || strings.HasPrefix(f, "https://") {
			continue
		}
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return b.String()
}

// foldFlatInto adds to c, an open bare multi-line reply, the line ln when
// it goes on with it folded (foldedFlatReply): Postfix writes a
// multi-line reply on one line ("550-A 550 B") and its bounce folds that
// at a space; pasted without the indentation, the folded line starts with
// the end of the first line's words ("550-X-Host-Lookup-Failed: Reverse
// DNS lookup does not match for" then "<smarthost> 550 (deferred) (in
// reply to MAIL FROM command)"; held-out batch 14-prov). It returns the
// line's separator after the code. (Its own frame: parseWith's stays
// small, see TestExplainBareCodeFitsFirstStack.)
//
//go:noinline
func foldFlatInto(c *candidate, ln string, li *lineInfo, strict bool) (byte, bool) {
	lf := *li
	if !lf.reply && strict {
		lf = parseLineInfo(ln, false) // (a code behind words needs no enhanced code here)
	}
	before, ok := foldedFlatReply(lf)
	if !ok || lf.code != c.code {
		return 0, false
	}
	c.lines = append(c.lines, strings.TrimSpace(ln))
	c.addText(before)
	c.addText(lf.text)
	if lf.enh != "" {
		c.enh = lf.enh
	}
	if c.stage == "" {
		c.stage = lf.stage
	}
	return lf.sep, true
}
