package explain

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// retryAfterRe finds a wait a reply asks for: "try again in 300 seconds",
// "please retry after 5 minutes", "wait 60s before retrying", "come back
// in 1 hour".
var retryAfterRe = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:try(?:\s+(?:it|this))?\s+again|retry(?:ing)?|resend|come\s+back|wait)\b[^.;\d]{0,20}?\b(?:in|after|for)?\s*(\d{1,6})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b`)
}}

// retryAfter returns the wait, in seconds, that text asks for in so many
// words (at most a day), or 0.
func retryAfter(text string) int {
	if !mayAskForWait(text) {
		return 0
	}
	return retryAfterExpr(text)
}

// retryAfterExpr is retryAfter by the expression alone.
func retryAfterExpr(text string) int {
	m := retryAfterRe.Get().FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n <= 0 {
		return 0
	}
	switch u := strings.ToLower(m[2]); {
	case strings.HasPrefix(u, "h"):
		n *= 3600
	case strings.HasPrefix(u, "m"):
		n *= 60
	}
	return min(n, 86400)
}

// mayAskForWait is false only for a text that retryAfterRe cannot match:
// the expression needs a digit and one of the words "again", "retry",
// "resend", "back" or "wait". On ASCII text (?i) folds ASCII letters only;
// a text with other bytes (K and s have non-ASCII case forms) is left to
// the expression.
func mayAskForWait(text string) bool {
	digit := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			return true
		}
		if '0' <= c && c <= '9' {
			digit = true
		}
	}
	return digit && (indexFold(text, "again") >= 0 || indexFold(text, "retry") >= 0 || indexFold(text, "resend") >= 0 ||
		indexFold(text, "back") >= 0 || indexFold(text, "wait") >= 0)
}
