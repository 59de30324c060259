// Command zitadelcli logs in with zitadel/oidc's relying party and its
// command-line helper, cli.CodeFlow, which serves the login on a loopback
// listener and opens the system browser: a native app, a public client,
// which must use PKCE (RFC 8252 §6). The relying party sends a challenge
// only when it is built with rp.WithPKCE.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"time"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/client/rp/cli"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

const (
	callbackPath = "/auth/callback"
	port         = "5556"
	redirectURI  = "http://127.0.0.1:" + port + callbackPath
)

var scopes = []string{oidc.ScopeOpenID, oidc.ScopeProfile, oidc.ScopeOfflineAccess}

func state() string { return rand.Text() }

// login forgets rp.WithPKCE: every option is one of rp's, none turns PKCE on.
func login(ctx context.Context, issuer, clientID string, key []byte) *oidc.Tokens[*oidc.IDTokenClaims] {
	cookies := httphelper.NewCookieHandler(key, key, httphelper.WithUnsecure())
	provider, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", redirectURI, scopes,
		rp.WithCookieHandler(cookies),
		rp.WithVerifierOpts(rp.WithIssuedAtOffset(5*time.Second)),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return cli.CodeFlow[*oidc.IDTokenClaims](ctx, provider, callbackPath, port, state) // want `authorization code flow without PKCE in a command-line client: cli\.CodeFlow sends no code_challenge because the client from`
}

// loginWithPKCE is right: the options slice gains rp.WithPKCE.
func loginWithPKCE(ctx context.Context, issuer, clientID string, key []byte) *oidc.Tokens[*oidc.IDTokenClaims] {
	cookies := httphelper.NewCookieHandler(key, key, httphelper.WithUnsecure())
	options := []rp.Option{rp.WithCookieHandler(cookies)}
	options = append(options, rp.WithPKCE(cookies))
	provider, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", redirectURI, scopes, options...)
	if err != nil {
		panic(err)
	}
	return cli.CodeFlow[*oidc.IDTokenClaims](ctx, provider, callbackPath, port, state)
}

// loginFromDiscovery leaves PKCE to the provider's metadata: not reported.
func loginFromDiscovery(ctx context.Context, issuer, clientID string, cookies *httphelper.CookieHandler) *oidc.Tokens[*oidc.IDTokenClaims] {
	provider, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", redirectURI, scopes, rp.WithPKCEFromDiscovery(cookies))
	if err != nil {
		panic(err)
	}
	return cli.CodeFlow[*oidc.IDTokenClaims](ctx, provider, callbackPath, port, state)
}

// loginWithOptions takes its options from the caller (configuration):
// whether they hold rp.WithPKCE is unknown here, so nothing is reported.
func loginWithOptions(ctx context.Context, issuer, clientID string, opts ...rp.Option) *oidc.Tokens[*oidc.IDTokenClaims] {
	provider, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", redirectURI, scopes, opts...)
	if err != nil {
		panic(err)
	}
	return cli.CodeFlow[*oidc.IDTokenClaims](ctx, provider, callbackPath, port, state)
}

// machineToken uses the client credentials grant: no user, no PKCE.
func machineToken(ctx context.Context, issuer, clientID, secret string) {
	provider, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, secret, "", []string{"api"})
	if err != nil {
		panic(err)
	}
	tok, err := rp.ClientCredentials(ctx, provider, nil)
	fmt.Println(tok, err)
}

func main() {
	ctx := context.Background()
	issuer, clientID := os.Getenv("ISSUER"), os.Getenv("CLIENT_ID")
	key := []byte(os.Getenv("COOKIE_KEY"))
	var tokens *oidc.Tokens[*oidc.IDTokenClaims]
	switch os.Getenv("MODE") {
	case "pkce":
		tokens = loginWithPKCE(ctx, issuer, clientID, key)
	case "discovery":
		tokens = loginFromDiscovery(ctx, issuer, clientID, httphelper.NewCookieHandler(key, key))
	case "custom":
		tokens = loginWithOptions(ctx, issuer, clientID, rp.WithPKCE(httphelper.NewCookieHandler(key, key)))
	case "machine":
		machineToken(ctx, issuer, clientID, os.Getenv("CLIENT_SECRET"))
		return
	default:
		tokens = login(ctx, issuer, clientID, key)
	}
	fmt.Println(tokens.AccessToken)
}
