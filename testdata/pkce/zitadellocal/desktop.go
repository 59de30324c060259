// Command desktop is the same native login written by hand: it serves
// zitadel's rp.AuthURLHandler on a loopback listener, opens the browser on
// it, and the code comes back to loopback (RFC 8252 §7.3). The relying
// party is an OAuth-only one kept in a struct field; a second login path
// prints rp.AuthURL for the user to open.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/pkg/browser"
	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"golang.org/x/oauth2"
)

type app struct {
	party   rp.RelyingParty
	secured rp.RelyingParty
	tokens  chan *oidc.Tokens[*oidc.IDTokenClaims]
}

func newApp(clientID string) (*app, error) {
	conf := &oauth2.Config{
		ClientID:    clientID,
		RedirectURL: "http://127.0.0.1:8765/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.com/oauth/v2/authorize", TokenURL: "https://id.example.com/oauth/v2/token"},
		Scopes:      []string{"openid"},
	}
	a := &app{tokens: make(chan *oidc.Tokens[*oidc.IDTokenClaims], 1)}
	var err error
	a.party, err = rp.NewRelyingPartyOAuth(conf)
	if err != nil {
		return nil, err
	}
	withPKCE := rp.WithPKCE(nil)
	secured, err := rp.NewRelyingPartyOAuth(conf, withPKCE)
	if err != nil {
		return nil, err
	}
	a.secured = secured
	return a, nil
}

func (a *app) serve() error {
	l, err := net.Listen("tcp", "127.0.0.1:8765")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/login", rp.AuthURLHandler(rand.Text, a.party)) // want `authorization code flow without PKCE in a command-line client: rp\.AuthURLHandler sends no code_challenge because the client from`
	mux.Handle("/login-pkce", rp.AuthURLHandler(rand.Text, a.secured))
	mux.Handle("/callback", rp.CodeExchangeHandler(func(w http.ResponseWriter, r *http.Request, t *oidc.Tokens[*oidc.IDTokenClaims], state string, _ rp.RelyingParty) {
		a.tokens <- t
		fmt.Fprintln(w, "signed in; return to the terminal")
	}, a.party))
	go http.Serve(l, mux)
	return browser.OpenURL("http://127.0.0.1:8765/login")
}

// printedLogin prints the authorization URL: rp.AuthURL adds a challenge
// only when given rp.WithCodeChallenge, whatever the relying party's options.
func (a *app) printedLogin(state string) {
	fmt.Println("open", rp.AuthURL(state, a.secured)) // want `authorization code flow without PKCE in a command-line client: rp\.AuthURL is given no rp\.WithCodeChallenge option, so it sends no`

	verifier := oauth2.GenerateVerifier()
	opts := []rp.AuthURLOpt{rp.WithPrompt(oidc.PromptLogin)}
	opts = append(opts, rp.WithCodeChallenge(oidc.NewSHACodeChallenge(verifier)))
	fmt.Println("open", rp.AuthURL(state, a.secured, opts...))
}

func main() {
	a, err := newApp(os.Getenv("CLIENT_ID"))
	if err != nil {
		panic(err)
	}
	if len(os.Args) > 1 && os.Args[1] == "--print" {
		a.printedLogin(rand.Text())
	} else if err := a.serve(); err != nil {
		panic(err)
	}
	fmt.Println((<-a.tokens).AccessToken)
	_ = context.Background()
}
