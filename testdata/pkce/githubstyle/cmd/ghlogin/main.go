// A command-line client that logs in to GitHub through the browser and a
// loopback listener, as the GitHub CLI does.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"

	"github.com/pkg/browser"

	"example.com/fixtures/pkce/githubstyle/login"
)

const clientID = "Iv1.0123456789abcdef"

func main() {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	redirect := "http://" + ln.Addr().String() + "/callback"

	// Wrong: an authorization code flow of a native app without PKCE,
	// with the URL built by a helper in another package.
	if err := browser.OpenURL(login.BrowserURL(clientID, redirect, "st")); err != nil { // want `authorization URL from login.BrowserURL carries no PKCE challenge in a command-line client: opens the authorization URL in the system browser with browser.OpenURL`
		fmt.Fprintln(os.Stderr, err)
	}

	// Wrong: the same, built here.
	q := url.Values{}
	q.Set("client_id", clientID) // want `authorization code flow without PKCE in a command-line client`
	q.Set("redirect_uri", redirect)
	q.Set("state", "st")
	fmt.Println("Open https://github.com/login/oauth/authorize?" + q.Encode())

	// Right: with PKCE.
	verifier := randomVerifier()
	sum := sha256.Sum256([]byte(verifier))
	challenge := base64.RawURLEncoding.EncodeToString(sum[:])
	_ = browser.OpenURL(login.BrowserURLWithPKCE(clientID, redirect, "st", challenge))

	// Not authorization requests: the token request (code, client_secret),
	// and a client registration that posts a redirect_uri to an API.
	_, _ = http.PostForm("https://github.com/login/oauth/access_token", url.Values{
		"client_id":     {clientID},
		"client_secret": {os.Getenv("SECRET")},
		"code":          {"from-the-callback"},
		"redirect_uri":  {redirect},
	})
	reg := url.Values{}
	reg.Set("client_id", clientID)
	reg.Set("redirect_uri", redirect)
	_, _ = http.PostForm("https://api.example.com/apps", reg)
}

func randomVerifier() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
