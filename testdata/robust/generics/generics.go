// Generics everywhere the model looks: a generic wrapper around
// *oauth2.Config, a generic helper returning the URL, type parameters
// constrained to strings.
package main

import (
	"fmt"
	"net/url"

	"golang.org/x/oauth2"
)

type Client[T any] struct {
	cfg   *oauth2.Config
	extra T
}

func (c *Client[T]) Login(state string) {
	fmt.Println(c.cfg.AuthCodeURL(state)) // want `authorization code flow without PKCE in a command-line client`
}

func (c *Client[T]) LoginPKCE(state, verifier string) {
	fmt.Println(c.cfg.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
}

type ResponseType interface{ ~string }

func authorize[R ResponseType](base string, rt R) string {
	q := url.Values{"response_type": {string(rt)}, "client_id": {"app"}}
	return base + "?" + q.Encode()
}

func show[T fmt.Stringer](v T) { fmt.Println(v.String()) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	c := &Client[int]{cfg: &oauth2.Config{ClientID: "cli"}}
	c.Login("s")
	c.LoginPKCE("s", oauth2.GenerateVerifier())
	fmt.Println(authorize("https://idp.example.com/authorize", "code"))
	p := Pair[string, url.Values]{Key: "k", Val: url.Values{"response_type": {"code"}}} // want `authorization code flow without PKCE in a command-line client: package main serves no HTTP`
	fmt.Println(p.Val.Encode())
}
