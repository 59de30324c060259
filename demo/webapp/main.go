// Command webapp is a small server-side web app (a confidential client)
// with two ways to sign in: /login asks the authorization server for an
// access token straight in the browser, /login-code uses the
// authorization code grant and exchanges the code on the server.
//
// What oauthvet reports here:
//   - implicitgrant: the /login handler sends response_type=token, the
//     implicit grant (RFC 9700 §2.1.2): the access token comes back in the
//     URL fragment, through the browser and its history.
//   - nothing for /login-code and /callback: a server-side web app that
//     keeps its client secret may use the code flow without PKCE. With
//     -pkce.confidential (OAuth 2.1), pkce reports its AuthCodeURL call too.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "demo-webapp",
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/callback",
	Scopes:       []string{"openid", "profile"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
}

// newState returns a random value that ties the callback to this browser.
func newState() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// handleLogin asks for the implicit grant: the access token is returned
// in the redirect's fragment.
func handleLogin(w http.ResponseWriter, r *http.Request) {
	state := newState()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", "token")), http.StatusFound)
}

// handleLoginCode uses the authorization code grant: the browser only
// ever sees a short-lived code.
func handleLoginCode(w http.ResponseWriter, r *http.Request) {
	state := newState()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

// handleCallback checks the state and exchanges the code on the server.
func handleCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	fmt.Fprintf(w, "signed in; token expires at %v\n", tok.Expiry)
}

func main() {
	http.HandleFunc("/login", handleLogin)
	http.HandleFunc("/login-code", handleLoginCode)
	http.HandleFunc("/callback", handleCallback)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
