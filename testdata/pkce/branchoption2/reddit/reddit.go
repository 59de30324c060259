// Package reddit logs a terminal user in: the access type is chosen in
// a switch over the requested scope, starting from online access, and
// the user pastes the code back. No branch adds PKCE: reported. The
// same login whose verifier option is chosen the same way is silent.
package reddit

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

type Authenticator struct {
	Cfg *oauth2.Config
}

func (a *Authenticator) url(state, scope string) string {
	access := oauth2.AccessTypeOnline
	switch scope {
	case "history", "read":
		access = oauth2.AccessTypeOffline
	}
	return a.Cfg.AuthCodeURL(state, access, oauth2.SetAuthURLParam("scope", scope))
}

func (a *Authenticator) urlPKCE(state, scope, verifier string) string {
	challenge := oauth2.S256ChallengeOption(verifier)
	switch scope {
	case "history":
		challenge = oauth2.S256ChallengeOption(verifier)
	}
	return a.Cfg.AuthCodeURL(state, challenge, oauth2.SetAuthURLParam("scope", scope))
}

func (a *Authenticator) Login(ctx context.Context, state, scope string) (*oauth2.Token, error) {
	fmt.Fprintln(os.Stderr, "Visit this page and paste the code:", a.url(state, scope)) // want `authorization URL from \(\*Authenticator\)\.url carries no PKCE challenge in a native client`
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	return a.Cfg.Exchange(ctx, strings.TrimSpace(code))
}

func (a *Authenticator) LoginPKCE(ctx context.Context, state, scope string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	fmt.Fprintln(os.Stderr, "Visit this page and paste the code:", a.urlPKCE(state, scope, verifier))
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	return a.Cfg.Exchange(ctx, strings.TrimSpace(code), oauth2.VerifierOption(verifier))
}
