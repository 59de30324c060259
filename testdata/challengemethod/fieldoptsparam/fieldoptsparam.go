// A provider whose options are built by appending to a base list, handed
// to its constructor and kept in a field: the plain method reaches
// AuthCodeURL (reported at the option); the S256 twin is silent.
package main

import (
	"fmt"

	"golang.org/x/oauth2"
)

type provider struct {
	oc    oauth2.Config
	extra []oauth2.AuthCodeOption
}

func makeProvider(oc oauth2.Config, extra []oauth2.AuthCodeOption) provider {
	p := provider{oc: oc}
	p.extra = extra
	return p
}

func (p provider) authURL(state string) string {
	return p.oc.AuthCodeURL(state, p.extra...)
}

type s256Provider struct {
	oc   oauth2.Config
	opts []oauth2.AuthCodeOption
}

func makeS256(oc oauth2.Config, opts []oauth2.AuthCodeOption) s256Provider {
	return s256Provider{oc: oc, opts: opts}
}

func (p s256Provider) authURL(state string) string {
	return p.oc.AuthCodeURL(state, p.opts...)
}

func main() {
	oc := oauth2.Config{
		ClientID:    "anime-cli",
		RedirectURL: "http://127.0.0.1:9999/cb",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://anime.example.net/v1/oauth2/authorize", TokenURL: "https://anime.example.net/v1/oauth2/token"},
	}
	v := oauth2.GenerateVerifier()
	base := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	withPlain := append(base,
		oauth2.SetAuthURLParam("code_challenge", v),
		oauth2.SetAuthURLParam("code_challenge_method", "plain")) // want `code_challenge_method=plain makes the challenge the verifier itself`
	p := makeProvider(oc, withPlain)
	fmt.Println("Open:", p.authURL(oauth2.GenerateVerifier()))

	w := oauth2.GenerateVerifier()
	q := makeS256(oc, []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(w)})
	fmt.Println("Open:", q.authURL(oauth2.GenerateVerifier()))
}
