// Package plainsetting2 builds its authorization URL by hand and sends
// plain when a boolean option or the configured method asks for it
// (silent); a method fixed in code to plain is reported.
package plainsetting2

import (
	"crypto/rand"
	"fmt"
	"net/url"
)

type Options struct {
	LegacyPlain bool
	Method      string
}

func verifier() string { return rand.Text() + rand.Text() }

func AuthURL(o Options, state string) string {
	v := verifier()
	q := url.Values{"response_type": {"code"}, "client_id": {"cli"}, "state": {state}, "redirect_uri": {"http://127.0.0.1:7777/cb"}}
	if o.LegacyPlain {
		q.Set("code_challenge_method", "plain")
		q.Set("code_challenge", v)
	}
	if o.Method == "plain" {
		q.Set("code_challenge_method", "plain")
		q.Set("code_challenge", v)
	}
	return "https://id.example.net/authorize?" + q.Encode()
}

func FixedURL(state string) string {
	v := verifier()
	method := "plain" // fixed in code, not a setting
	q := url.Values{"response_type": {"code"}, "client_id": {"cli"}, "state": {state}, "redirect_uri": {"http://127.0.0.1:7777/cb"}}
	if method == "plain" {
		q.Set("code_challenge_method", method) // want `code_challenge_method=plain makes the challenge the verifier itself`
		q.Set("code_challenge", v)
	}
	u := "https://id.example.net/authorize?" + q.Encode()
	fmt.Println("open", u)
	return u
}
