// The login package of a command-line tool: oauth2cli serves the
// redirect on the addresses of LocalServerBindAddress, here every
// interface, so another machine on the network can reach the callback.
package oauth2clibind

import (
	"context"
	"fmt"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

func SignIn(ctx context.Context, clientID, authURL, tokenURL string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	ready := make(chan string, 1)
	settings := oauth2cli.Config{
		OAuth2Config: oauth2.Config{
			ClientID:    clientID,
			RedirectURL: "http://127.0.0.1:41000/callback",
			Endpoint:    oauth2.Endpoint{AuthURL: authURL, TokenURL: tokenURL},
		},
		LocalServerBindAddress: []string{"0.0.0.0:41000", "0.0.0.0:41001"}, // want `native app's callback listener on all interfaces: a native client \(runs the login with oauth2cli.GetToken`
		AuthCodeOptions:        []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)},
		TokenRequestOptions:    []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)},
		LocalServerReadyChan:   ready,
	}
	go func() { fmt.Println("Open", <-ready) }()
	type result struct {
		tok *oauth2.Token
		err error
	}
	done := make(chan result, 1)
	go func() {
		t, err := oauth2cli.GetToken(ctx, settings)
		done <- result{t, err}
	}()
	r := <-done
	return r.tok, r.err
}
