package explain

import (
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// RFC 5321's standard reply texts (§4.2.2, §4.2.3) are what a server says
// when it says nothing of its own: they carry the meaning of their code and
// no more. Two kinds of input use them (held-out batches 3 and 5):
//
//   - a client that quotes the text without the code (PHPMailer: "The
//     following recipients failed: ...: Requested action not taken: mailbox
//     unavailable"): the text stands for its code;
//   - a server that sends the standard text of one code with an enhanced
//     code that says more (Apache James: "552 5.3.4 Requested mail action
//     aborted: exceeded storage allocation" for a message over its size
//     limit): the words of the standard text are the code's default, not a
//     second opinion, so the enhanced code decides.
//
// inferable marks the texts distinctive enough to stand for their code when
// no code is given ("Transaction failed" alone is too common a phrase).
//
// overloaded marks the texts of codes that RFC 5321 (and RFC 1870) use for
// more than one cause — 552 is a full mailbox and a message over the size
// limit, 550 and 450 any unavailable mailbox, 452 storage or too many
// recipients: only their enhanced code tells which. The others (551 "user
// not local", the 50x syntax texts) mean one thing, whatever enhanced code
// a server puts next to them.
var standardTexts = []standardText{
	{"requested mail action okay, completed", 250, true, false},
	{"service not available, closing transmission channel", 421, true, true},
	{"requested mail action not taken: mailbox unavailable", 450, true, true},
	{"requested action aborted: local error in processing", 451, true, true},
	{"requested action not taken: insufficient system storage", 452, true, true},
	{"server unable to accommodate parameters", 455, true, false},
	{"syntax error, command unrecognized", 500, true, false},
	{"syntax error in parameters or arguments", 501, true, false},
	{"command not implemented", 502, false, false},
	{"bad sequence of commands", 503, false, false},
	{"command parameter not implemented", 504, true, false},
	{"requested action not taken: mailbox unavailable", 550, true, true},
	{"user not local; please try", 551, true, false},
	{"requested mail action aborted: exceeded storage allocation", 552, true, true},
	{"requested action not taken: mailbox name not allowed", 553, true, true},
	{"transaction failed", 554, false, true},
	{"mail from/rcpt to parameters not recognized or not implemented", 555, true, false},
	// RFC 4954's texts (§4, §6), which mail clients quote without the code
	// as they quote RFC 5321's (Evolution's "AUTH command failed: A password
	// transition is needed"; batch 27-client); their translations are in
	// localizedStandardTexts
	{"a password transition is needed", 432, true, false},
	{"temporary authentication failure", 454, true, false},
	{"authentication mechanism is too weak", 534, true, false},
	{"authentication credentials invalid", 535, true, false},
	{"encryption required for requested authentication mechanism", 538, true, false},
}

// standardText is one standard reply text and the code it stands for.
type standardText struct {
	text                  string
	code                  int
	inferable, overloaded bool
}

// standardTextLists are the tables standardTextCode and
// withoutStandardTexts read: RFC 5321's English texts, and the same texts
// as localized mail clients translate them (standard_texts_intl13.go).
var standardTextLists = [...][]standardText{standardTexts, localizedStandardTexts}

// standardTextCode returns the code whose standard text s carries, for a
// text without a code; 0 when it carries none (or only a common phrase).
// The longest text found wins ("requested mail action not taken: mailbox
// unavailable" is 450's, "requested action not taken: mailbox unavailable"
// 550's).
func standardTextCode(s string) int {
	code, best := 0, 0
	for _, list := range standardTextLists {
		for _, st := range list {
			if st.inferable && len(st.text) > best && indexFold(s, st.text) >= 0 {
				code, best = st.code, len(st.text)
			}
		}
	}
	return code
}

// choiceSubjects reports whether an enhanced code of this subject chooses
// between the meanings of code's overloaded text, and whether code is one
// whose text has such a choice (RFC 3463 §3): 552's storage allocation is
// a full mailbox (X.2.x) or a message over the size limit (X.3.x, X.2.3).
// Under any other subject ("522 5.7.1 ... exceeded storage allocation") the
// enhanced code names neither meaning, and the words keep their first one
// (held-out batch 12-prov c). Texts not listed are blanked under any
// enhanced code.
func choiceSubjects(code, subject int) (chooses, listed bool) {
	switch code {
	case 552:
		return subject == 2 || subject == 3, true
	case 452:
		return subject == 2 || subject == 3 || subject == 5, true
	}
	return false, false
}

// withoutStandardTexts blanks the overloaded standard reply texts in s, so
// that only the server's own words are matched against the rules; subject
// is the enhanced code's subject (0 for none).
func withoutStandardTexts(s string, subject int) string {
	ascii := isASCII(s)
	for _, st := range overloadedTexts.Get() {
		if chooses, listed := choiceSubjects(st.code, subject); listed && !chooses {
			continue
		}
		if ascii && !st.ascii {
			continue // (indexFold folds ASCII letters only: a text with another byte is not in s)
		}
		s = blankFoldBy(s, st.text, st.anchor) // (blanks are ASCII: s stays ASCII)
	}
	return s
}

// overloadedTexts are the overloaded texts of standardTextLists, in their
// order, each with whether it is ASCII: a reply in ASCII (most of a mail
// log) is not searched for the 38 translated texts with other letters.
var overloadedTexts = lazy.Value[[]overloadedText]{New: func() []overloadedText {
	var out []overloadedText
	for _, list := range standardTextLists {
		for _, st := range list {
			if st.overloaded {
				out = append(out, overloadedText{st.text, st.code, isASCII(st.text), foldAnchorOf(st.text)})
			}
		}
	}
	return out
}}

type overloadedText struct {
	text   string
	code   int
	ascii  bool
	anchor foldAnchor
}

// blankFold replaces every occurrence of text in s (ASCII case folded) with
// as many spaces, so that the words around it keep their offsets.
func blankFold(s, text string) string { return blankFoldBy(s, text, foldAnchorOf(text)) }

// blankFoldBy is blankFold with text's anchor a (foldAnchorOf).
func blankFoldBy(s, text string, a foldAnchor) string {
	for {
		i := indexFoldBy(s, text, a)
		if i < 0 {
			return s
		}
		s = s[:i] + strings.Repeat(" ", len(text)) + s[i+len(text):]
	}
}

// quotedReply returns the reply another reply quotes as its reason: Exim's
// "503-All RCPT commands were rejected with this error: 501 ...", Postfix's
// address verification "unverified address: host X said: 451 4.3.0 ...",
// a callout's "Response: 550 ...". Empty when the text quotes none.
func quotedReply(text string) string {
	for _, marker := range []string{"with this error:", " said: ", "response: "} {
		i := indexFold(text, marker)
		if i < 0 {
			continue
		}
		q := strings.TrimSpace(text[i+len(marker):])
		if len(q) < 3 || !isReplyCodeAt(q, 0) || len(q) > 3 && q[3] != ' ' && q[3] != '-' {
			continue
		}
		// Exim repeats its own summary after the quoted reply
		if j := indexFold(q, "valid rcpt command must precede"); j > 0 {
			q = strings.TrimSpace(q[:j])
		}
		return q
	}
	return ""
}
