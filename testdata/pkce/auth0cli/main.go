// Command auth0cli signs a user in to a command-line tool with Auth0: the
// browser opens Auth0's Universal Login from a link in the tool's
// configuration, and the code comes back to a loopback listener, where
// go-auth0 redeems it. LoginWithAuthCode sends no code_verifier, so the
// flow ran without PKCE, which a native app must use (RFC 8252 §6).
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

const callback = "http://127.0.0.1:8484/callback"

func waitForCode() string {
	codes := make(chan string, 1)
	srv := &http.Server{Addr: "127.0.0.1:8484", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "You can close this window.")
	})}
	go srv.ListenAndServe()
	return <-codes
}

func signIn(ctx context.Context, a *authentication.Authentication) (*oauth.TokenSet, error) {
	code := waitForCode()
	return a.OAuth.LoginWithAuthCode(ctx, oauth.LoginWithAuthCodeRequest{ // want `authorization code flow without PKCE in a command-line client: \(\*authentication\.OAuth\)\.LoginWithAuthCode redeems the code without a`
		Code:        code,
		RedirectURI: callback,
	}, oauth.IDTokenValidationOptions{})
}

// signInWithPKCE is right: the verifier of the challenge sent to /authorize.
func signInWithPKCE(ctx context.Context, a *authentication.Authentication, verifier string) (*oauth.TokenSet, error) {
	return a.OAuth.LoginWithAuthCodeWithPKCE(ctx, oauth.LoginWithAuthCodeWithPKCERequest{
		Code:         waitForCode(),
		CodeVerifier: verifier,
		RedirectURI:  callback,
	}, oauth.IDTokenValidationOptions{})
}

// signInFixedVerifier uses PKCE with a verifier built into the program.
func signInFixedVerifier(ctx context.Context, a *authentication.Authentication) (*oauth.TokenSet, error) {
	return a.OAuth.LoginWithAuthCodeWithPKCE(ctx, oauth.LoginWithAuthCodeWithPKCERequest{
		Code:         waitForCode(),
		CodeVerifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", // want `PKCE with a constant verifier`
		RedirectURI:  callback,
	}, oauth.IDTokenValidationOptions{})
}

func main() {
	ctx := context.Background()
	a, err := authentication.New(ctx, os.Getenv("AUTH0_DOMAIN"), authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")))
	if err != nil {
		panic(err)
	}
	fmt.Println("Open", os.Getenv("AUTH0_LOGIN_LINK"))
	var tokens *oauth.TokenSet
	switch os.Getenv("LOGIN") {
	case "pkce":
		tokens, err = signInWithPKCE(ctx, a, os.Getenv("PKCE_VERIFIER"))
	case "fixed":
		tokens, err = signInFixedVerifier(ctx, a)
	default:
		tokens, err = signIn(ctx, a)
	}
	if err != nil {
		panic(err)
	}
	fmt.Println(tokens.AccessToken)
}
