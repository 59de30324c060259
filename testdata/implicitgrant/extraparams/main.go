// Command extraparams signs in with the code flow and PKCE, or with the
// implicit flow when asked to, and lets the user add authorization
// parameters of their own (-param key=value). The user's parameters are
// added with url.Values.Add, which can only add: the response_type the
// code chose is still sent, so the implicit path is still implicit.
package main

import (
	"flag"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

type params map[string]string

func (p params) String() string { return fmt.Sprint(map[string]string(p)) }

func (p params) Set(s string) error {
	k, v, _ := strings.Cut(s, "=")
	p[k] = v
	return nil
}

type login struct {
	endpoint string
	clientID string
	implicit bool
	extra    params
}

func (l *login) authorizeURL(state, nonce, verifier string) (string, error) {
	u, err := url.Parse(l.endpoint)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Add("client_id", l.clientID)
	q.Add("redirect_uri", "http://127.0.0.1:10000/callback")
	q.Add("scope", "openid email")
	q.Add("state", state)
	q.Add("nonce", nonce)
	if l.implicit {
		q.Add("response_type", "id_token token") // want `implicit grant when l.implicit is true: response_type="id_token token"`
	} else {
		q.Add("response_type", "code")
		q.Add("code_challenge_method", "S256")
		q.Add("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
	}
	for k, v := range l.extra {
		q.Add(k, v)
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func main() {
	l := &login{endpoint: "https://accounts.fabrikam.io/oauth/authorize", clientID: "fabrikam-cli", extra: params{}}
	flag.BoolVar(&l.implicit, "implicit", false, "use the implicit flow")
	flag.Var(l.extra, "param", "extra authorization parameter key=value")
	flag.Parse()
	u, err := l.authorizeURL(oauth2.GenerateVerifier(), oauth2.GenerateVerifier(), oauth2.GenerateVerifier())
	if err != nil {
		panic(err)
	}
	fmt.Println(u)
}
