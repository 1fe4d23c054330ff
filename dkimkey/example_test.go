package dkimkey_test

import (
	"fmt"

	"github.com/smtpgw/smtpgw/dkimkey"
)

func ExampleParse() {
	rec, err := dkimkey.Parse("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
	fmt.Println(rec.KeyType, rec.Bits, err)
	_, err = dkimkey.Parse("k=rsa; v=DKIM1; p=")
	fmt.Println(err)
	// Output:
	// ed25519 256 <nil>
	// v=: v= must be the first tag of the record (RFC 6376 §3.6.1)
}
