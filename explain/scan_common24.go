package explain

import (
	"bytes"
	"strconv"
	"strings"
)

// replyContinues reports a line that continues the multi-line reply explained
// on the line just before it, which a paste wrapped or split: the reply's last
// line left a dash continuation open ("550-5.7.26 ... 550-5.7.26" and no final
// "550 "), and this line carries the same code again, at its start (Exim's log
// with its "\n" turned into a line break: "...Learn more at" then "530 5.5.1
// http://..."; held-out batch 24-common b) or inside a line a bounce wrapped
// ("unauthenticated. 550-5.7.26 Gmail requires ..."; batch 24-common); or a
// client's trailer naming the reply's code ("SMTP code: 554", PHPMailer). As
// for enhContinues, the reply was explained already, so the line is taken as
// its continuation only when the reply read with it keeps its category.
func (s *Scanner) replyContinues(li lineInfo, t string) bool {
	if s.lastCode != 0 && s.lastOut >= s.Lines-1 && s.lastOut > 0 && len(s.group) == 0 && len(s.fold) == 0 && len(s.sess) == 0 &&
		codeTrailer(t, strconv.Itoa(s.lastCode)) {
		return true // (the trailer adds nothing to the reply: it is not joined)
	}
	prev := s.lastReply
	// (only a reply with an enhanced code: lineFree keeps that one, and no
	// other, readable on the line just after it)
	if prev.Code == 0 || s.lastEnh == "" || prev.Input == "" || s.lastOut < s.Lines-1 || len(s.group) != 0 || len(s.fold) != 0 || len(s.sess) != 0 ||
		len(prev.Input)+len(t) >= MaxInput {
		return false
	}
	code := strconv.Itoa(prev.Code)
	if !(codeTrailer(t, code) || openDash(prev.Input, code) && (strings.HasPrefix(t, code+" ") || strings.HasPrefix(t, code+"-") ||
		prev.Enhanced != "" && (li.code == 0 || li.code == prev.Code) && strings.Contains(t, " "+code+"-"+prev.Enhanced))) {
		return false
	}
	joined := prev.Input + "\n" + t
	r, err := parse(joined, true)
	if err != nil || Explain(r).Category != Explain(prev).Category {
		return false
	}
	s.lastReply.Input = joined
	return true
}

// openDash reports a reply whose last line leaves a multi-line reply of this
// code open: a "NNN-" continuation after which no final "NNN " comes.
func openDash(input, code string) bool {
	last := input[strings.LastIndexByte(input, '\n')+1:]
	i := strings.LastIndex(last, code+"-")
	return i >= 0 && !strings.Contains(last[i:], code+" ")
}

// codeTrailer reports a client's line that only names the reply's code
// ("SMTP code: 554", PHPMailer's trailer after its error text).
func codeTrailer(t, code string) bool {
	i := strings.Index(strings.ToLower(t), "smtp code: "+code)
	return i >= 0 && i < 4
}

// foldOpenDash reports a line that goes on with the pending (folded) reply
// whose last line left a dash continuation open ("said: 550-5.7.26 This mail
// has been blocked because the sender is"): a bounce or a log wrapped the
// reply's lines so that the next "550-5.7.26" stands inside a line
// ("unauthenticated. 550-5.7.26 Gmail requires ...") or at its start ("550
// 5.7.26 https://..."; held-out batch 24-common). Read as one reply, as the
// argument reads the paste.
func (s *Scanner) foldOpenDash(t string) bool {
	if s.fli.code == 0 || s.fsize+len(t) >= MaxInput || len(s.fold) == 0 {
		return false
	}
	code := strconv.Itoa(s.fli.code)
	if !openDash(s.fold[len(s.fold)-1], code) {
		return false
	}
	if strings.HasPrefix(t, code+" ") || strings.HasPrefix(t, code+"-") {
		return true
	}
	return s.fli.enh != "" && (strings.Contains(t, " "+code+"-"+s.fli.enh) || strings.Contains(t, " "+code+" "+s.fli.enh))
}

// groupOpenDash reports a line that goes on with the pending multi-line reply
// behind a lead ("said: 550-5.7.26 This mail has been blocked because the
// sender is") when a bounce wrapped its lines so that the next "550-5.7.26"
// stands inside a line behind other words ("unauthenticated. 550-5.7.26
// Gmail requires ..."; held-out batch 24-common): the group's last line left
// the dash continuation open, and this line repeats the code and its
// enhanced code.
func groupOpenDash(group []string, li lineInfo, t string) bool {
	if len(group) == 0 || li.code == 0 || li.enh == "" {
		return false
	}
	code := strconv.Itoa(li.code)
	return openDash(group[len(group)-1], code) && (strings.Contains(t, " "+code+"-"+li.enh) || strings.Contains(t, " "+code+" "+li.enh))
}

// replyTail reports a line that only ends the reply before it: the link it
// points to ("https://support.google.com/mail/answer/81126#authentication",
// wrapped onto a line of its own by a bounce) or Gmail's trace of the
// session ("g4-20020a50d5c4000000b0056bf27dec57si5300544edj.105 - gsmtp"),
// with the "(in reply to ..." that may follow (held-out batch 24-common).
func replyTail(t string) bool {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "("))
	if i := strings.Index(t, " (in reply to"); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	if t == "" || strings.IndexByte(t, ' ') >= 0 && !strings.HasSuffix(t, " - gsmtp") {
		return false
	}
	if strings.HasSuffix(t, " - gsmtp") {
		return strings.Count(t, " ") <= 3
	}
	return strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "http://")
}

// sendmailDSNLine reports sendmail's log line of the notice it sends back
// about the delivery logged just before ("l8E3xVpO007423: l8E3xZpO007425:
// DSN: User unknown", "...: return to sender: User unknown"): the same
// delivery's outcome, not a line of its own (held-out batch 24-common b).
// Its "sender notify: Cannot send message for 5 days" is left to the
// reader of the whole paste (sendmailGaveUp), which it changes.
func sendmailDSNLine(t string) bool {
	return (strings.Contains(t, "sm-mta[") || strings.Contains(t, "sendmail[")) &&
		(strings.Contains(t, ": DSN: ") || strings.Contains(t, ": return to sender: ")) && strings.Count(t, ": ") >= 3
}

// sendmailDSNBytes is sendmailDSNLine on a line not yet made a string.
func sendmailDSNBytes(t []byte) bool {
	return (bytes.Contains(t, []byte("sm-mta[")) || bytes.Contains(t, []byte("sendmail["))) &&
		(bytes.Contains(t, []byte(": DSN: ")) || bytes.Contains(t, []byte(": return to sender: "))) && bytes.Count(t, []byte(": ")) >= 3
}
