package explain

import (
	"fmt"
	"strconv"
	"strings"
)

// ExtensionMeaning says in one line what an EHLO keyword (RFC 5321
// §4.1.1.1) offered with params means for a client. Unknown keywords get
// "" so callers can show them bare rather than guess.
func ExtensionMeaning(keyword, params string) string {
	params = strings.TrimSpace(params)
	switch strings.ToUpper(keyword) {
	case "SIZE":
		n, err := strconv.ParseInt(params, 10, 64)
		switch {
		case params == "" || err == nil && n == 0:
			return "message size declared in MAIL FROM; no fixed limit announced (RFC 1870)"
		case err != nil:
			return "message size limit, but the value is not a number (RFC 1870)"
		default:
			return fmt.Sprintf("messages up to %s (RFC 1870)", megabytes(n))
		}
	case "PIPELINING":
		return "commands may be sent in batches without waiting for each reply (RFC 2920)"
	case "CHUNKING":
		return "BDAT: the message may be sent in sized chunks instead of DATA (RFC 3030)"
	case "BINARYMIME":
		return "binary message bodies accepted with BDAT (RFC 3030)"
	case "SMTPUTF8":
		return "UTF-8 addresses and headers accepted (RFC 6531)"
	case "REQUIRETLS":
		return "honours REQUIRETLS: the message is only relayed over verified TLS (RFC 8689)"
	case "DSN":
		return "delivery status notifications on request: NOTIFY=, RET=, ENVID= (RFC 3461)"
	case "AUTH":
		if params == "" {
			return "SMTP AUTH, but no mechanism listed (RFC 4954)"
		}
		return "log in with " + strings.Join(strings.Fields(strings.ToUpper(params)), ", ") + " (RFC 4954)"
	case "STARTTLS":
		return "the connection can be upgraded to TLS with STARTTLS (RFC 3207)"
	case "8BITMIME":
		return "8-bit message bodies accepted with BODY=8BITMIME (RFC 6152)"
	case "ENHANCEDSTATUSCODES":
		return "replies carry enhanced status codes such as 5.1.1 (RFC 2034)"
	case "VRFY":
		return "VRFY may confirm whether an address exists (RFC 5321 §3.5)"
	case "ETRN":
		return "remote queue start: ETRN asks the server to flush mail for a domain (RFC 1985)"
	case "MT-PRIORITY":
		return "message priorities accepted with MT-PRIORITY= (RFC 6710)"
	case "DELIVERBY":
		return "BY= deadline for delivery accepted (RFC 2852)"
	case "FUTURERELEASE":
		return "HOLDFOR=/HOLDUNTIL= delayed release accepted (RFC 4865)"
	case "LIMITS":
		return "the server's limits per transaction: " + params + " (RFC 9422)"
	case "XCLIENT":
		return "Postfix XCLIENT: a trusted proxy may override client attributes"
	case "XFORWARD":
		return "Postfix XFORWARD: a trusted filter may forward the original client's attributes"
	case "HELP":
		return "HELP gives server help text (RFC 5321 §4.1.1.8)"
	}
	return ""
}

// megabytes renders a byte count in MB (10^6) with at most one decimal.
func megabytes(n int64) string {
	mb := float64(n) / 1e6
	s := strconv.FormatFloat(mb, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return s + " MB"
}
