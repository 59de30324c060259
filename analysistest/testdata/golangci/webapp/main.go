// A server-side web app: three implicit-grant logins, one silenced with
// //nolint:oauthvet and one with //oauthvet:ignore, a stale
// //oauthvet:ignore (ignoredirective), and an authorization code login
// without PKCE, reported only with pkce-confidential.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web-app",
	ClientSecret: "from-env",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
	Scopes: []string{"openid", "profile"},
}

func newState() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func loginImplicit(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "token")) // finding: implicitgrant
	http.Redirect(w, r, u, http.StatusFound)
}

func loginLegacy(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "token")) //nolint:oauthvet // legacy partner integration, removed in Q3
	http.Redirect(w, r, u, http.StatusFound)
}

func loginVendor(w http.ResponseWriter, r *http.Request) {
	//oauthvet:ignore implicitgrant the vendor widget accepts only tokens; tracked in SEC-42
	u := conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "token"))
	http.Redirect(w, r, u, http.StatusFound)
}

func logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://idp.example.com/logout", http.StatusFound) //oauthvet:ignore challengemethod left over from the old login
}

func login(w http.ResponseWriter, r *http.Request) {
	state := newState()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // finding with pkce-confidential: pkce
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/login/implicit", loginImplicit)
	http.HandleFunc("/login/legacy", loginLegacy)
	http.HandleFunc("/login/vendor", loginVendor)
	http.HandleFunc("/logout", logout)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
