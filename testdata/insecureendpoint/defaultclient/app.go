// Package defaultclient replaces http.DefaultClient, at start-up, with
// one that skips certificate verification; its code exchange, handed no
// client of its own, then goes through it: reported.
package defaultclient

import (
	"context"
	"crypto/tls"
	"net/http"

	"golang.org/x/oauth2"
)

func init() {
	http.DefaultClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
}

var conf = &oauth2.Config{
	ClientID:     "defaultclient",
	ClientSecret: "from-the-vault",
	RedirectURL:  "https://app.example.com/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
}

func Redeem(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier)) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at app.go:15 and the client is used here via http.DefaultClient`
}
