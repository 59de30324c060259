// A login whose PKCE options are built by the caller, handed to a
// constructor and kept in a struct field, then spread into AuthCodeURL:
// the slice holds VerifierOption, so the verifier travels in the
// authorization URL (reported at the option). The twin keeps only the
// challenge there and sends the verifier at the exchange (silent).
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

type session struct {
	cfg      *oauth2.Config
	urlOpts  []oauth2.AuthCodeOption
	verifier string
}

func newSession(cfg *oauth2.Config, urlOpts []oauth2.AuthCodeOption) *session {
	return &session{cfg: cfg, urlOpts: urlOpts}
}

func (s *session) link(state string) string {
	return s.cfg.AuthCodeURL(state, s.urlOpts...)
}

type goodSession struct {
	cfg     *oauth2.Config
	options []oauth2.AuthCodeOption
	v       string
}

func startGood(cfg *oauth2.Config, v string, options []oauth2.AuthCodeOption) *goodSession {
	return &goodSession{cfg: cfg, options: options, v: v}
}

func (g *goodSession) link(state string) string {
	return g.cfg.AuthCodeURL(state, g.options...)
}

func (g *goodSession) finish(ctx context.Context, code string) (*oauth2.Token, error) {
	return g.cfg.Exchange(ctx, code, oauth2.VerifierOption(g.v))
}

var cfg = &oauth2.Config{
	ClientID:    "tracker-cli",
	RedirectURL: "http://127.0.0.1:18181/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://tracker.example.org/oauth/authorize", TokenURL: "https://tracker.example.org/oauth/token"},
}

func main() {
	v := oauth2.GenerateVerifier()
	s := newSession(cfg, []oauth2.AuthCodeOption{
		oauth2.S256ChallengeOption(v),
		oauth2.VerifierOption(v), // want `code_verifier sent in the authorization request`
	})
	fmt.Println("Open:", s.link(oauth2.GenerateVerifier()))

	w := oauth2.GenerateVerifier()
	g := startGood(cfg, w, []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(w)})
	fmt.Println("Open:", g.link(oauth2.GenerateVerifier()))
	_, _ = g.finish(context.Background(), "code-from-callback")
}
