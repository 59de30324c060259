// Command fieldopts keeps AuthCodeURL's options in a struct field filled
// by functional options, and spreads them into the call.
package main

import (
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "fieldopts",
	RedirectURL: "http://127.0.0.1:4321/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

type loginOptions struct {
	opts   []oauth2.AuthCodeOption
	prompt string
}

// Option configures a login.
type Option func(*loginOptions)

// WithOffline asks for a refresh token.
func WithOffline() Option {
	return func(o *loginOptions) { o.opts = append(o.opts, oauth2.AccessTypeOffline) }
}

// WithPrompt sets the prompt parameter.
func WithPrompt(p string) Option {
	return func(o *loginOptions) {
		o.prompt = p
		o.opts = append(o.opts, oauth2.SetAuthURLParam("prompt", p))
	}
}

func loginURL(state string, options ...Option) string {
	o := &loginOptions{}
	for _, f := range options {
		f(o)
	}
	return conf.AuthCodeURL(state, o.opts...) // want `authorization code flow without PKCE in a command-line client`
}

// pkceLogin keeps a list that always holds the challenge.
type pkceLogin struct {
	verifier string
	list     []oauth2.AuthCodeOption
}

func newPKCELogin() *pkceLogin {
	v := oauth2.GenerateVerifier()
	return &pkceLogin{verifier: v, list: []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)}}
}

func (p *pkceLogin) url(state string, offline bool) string {
	if offline {
		p.list = append(p.list, oauth2.AccessTypeOffline)
	}
	return conf.AuthCodeURL(state, p.list...)
}

func main() {
	fmt.Println(loginURL("st", WithOffline(), WithPrompt("consent")))
	fmt.Println(newPKCELogin().url("st", len(os.Args) > 1))
}
