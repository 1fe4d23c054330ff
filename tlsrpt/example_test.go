package tlsrpt_test

import (
	"fmt"

	"github.com/smtpgw/smtpgw/tlsrpt"
)

func ExampleParse() {
	rec, err := tlsrpt.Parse("v=TLSRPTv1; rua=mailto:tlsrpt@example.com,ftp://example.com/x")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range rec.RUA {
		fmt.Printf("%s: %q\n", u.Raw, u.Err)
	}
	_, err = tlsrpt.Parse("v=TLSRPTv1 rua=mailto:tlsrpt@example.com")
	fmt.Println(err)
	// Output:
	// mailto:tlsrpt@example.com: ""
	// ftp://example.com/x: "scheme \"ftp\": only mailto: and https: are defined (RFC 8460 §3)"
	// at octet 12: expected ";" between fields, found 'r'
}
