// Command gtoken prints a Google access token for the user, signing in
// through golang.org/x/oauth2/google's 3-legged flow: CredentialsParams
// carries the state that the authorization handler checks. A constant
// state is reported (at low severity when an S256 challenge is sent);
// a random one, or a flow without an AuthHandler, are not.
package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"os"

	"github.com/pkg/browser"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/authhandler"
	"golang.org/x/oauth2/google"
)

// consent opens the URL in the browser and waits for the redirect on a
// loopback listener, returning its code and state.
func consent(authCodeURL string) (string, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:8085")
	if err != nil {
		return "", "", err
	}
	defer ln.Close()
	if err := browser.OpenURL(authCodeURL); err != nil {
		fmt.Println("Open this URL in your browser:", authCodeURL)
	}
	type result struct{ code, state string }
	got := make(chan result, 1)
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		fmt.Fprintln(w, "You can close this window.")
		got <- result{q.Get("code"), q.Get("state")}
	}))
	res := <-got
	return res.code, res.state, nil
}

func withPKCE(ctx context.Context, secrets []byte) (*google.Credentials, error) {
	verifier := oauth2.GenerateVerifier()
	return google.CredentialsFromJSONWithParams(ctx, secrets, google.CredentialsParams{
		Scopes:      []string{"https://www.googleapis.com/auth/cloud-platform"},
		AuthHandler: consent,
		State:       "state", // want `constant OAuth state \(low severity: the request carries an S256 PKCE challenge`
		PKCE: &authhandler.PKCEParams{
			Challenge:       oauth2.S256ChallengeFromVerifier(verifier),
			ChallengeMethod: "S256",
			Verifier:        verifier,
		},
	})
}

func randomState() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// fresh draws the state from crypto/rand: nothing to report.
func fresh(ctx context.Context, secrets []byte) (*google.Credentials, error) {
	return google.CredentialsFromJSONWithParams(ctx, secrets, google.CredentialsParams{
		Scopes:      []string{"openid", "email"},
		AuthHandler: consent,
		State:       randomState(),
	})
}

// serviceAccount runs no 3-legged flow: no AuthHandler, no state needed.
func serviceAccount(ctx context.Context, key []byte) (*google.Credentials, error) {
	return google.CredentialsFromJSONWithParams(ctx, key, google.CredentialsParams{
		Scopes:  []string{"https://www.googleapis.com/auth/devstorage.read_only"},
		Subject: "reports@wingtip-toys.com",
	})
}

func main() {
	ctx := context.Background()
	secrets, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	for _, f := range []func(context.Context, []byte) (*google.Credentials, error){withPKCE, fresh, serviceAccount} {
		creds, err := f(ctx, secrets)
		if err != nil {
			panic(err)
		}
		tok, err := creds.TokenSource.Token()
		if err != nil {
			panic(err)
		}
		fmt.Println(tok.Expiry)
	}
}
