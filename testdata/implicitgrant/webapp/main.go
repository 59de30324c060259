// A server-side web app that asks for the implicit grant (bad) next to one
// that uses the authorization code grant (good).
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
	"net/url"

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
	u := conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "token")) // want `implicit grant: response_type="token" returns the access token in the browser, in a server-side web app \(sends the browser to the authorization URL with http.Redirect\)`
	http.Redirect(w, r, u, http.StatusFound)
}

const hybrid = "code id_token token"

func loginHybrid(w http.ResponseWriter, r *http.Request) {
	opt := oauth2.SetAuthURLParam("response_type", hybrid) // want `implicit grant: response_type="code id_token token"`
	http.Redirect(w, r, conf.AuthCodeURL(newState(), opt), http.StatusFound)
}

// Good: the authorization code grant; the token never reaches the browser.
func login(w http.ResponseWriter, r *http.Request) {
	state := newState()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

// Good: OpenID Connect "code id_token" and "id_token" return no access token.
func loginOIDC(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "code id_token"), oauth2.SetAuthURLParam("nonce", newState())), http.StatusFound)
	http.Redirect(w, r, conf.AuthCodeURL(newState(), oauth2.SetAuthURLParam("response_type", "id_token")), http.StatusFound)
}

// home links to the authorization endpoint of the example's own server,
// the way authorization-server examples do.
func home(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<html><body>"))
	w.Write([]byte(fmt.Sprintf("<a href=\"/authorize?response_type=code&client_id=1234&state=xyz&redirect_uri=%s\">Code</a><br/>", url.QueryEscape("http://localhost:14000/appauth/code"))))
	w.Write([]byte(fmt.Sprintf("<a href=\"/authorize?response_type=token&client_id=1234&state=xyz&redirect_uri=%s\">Implicit</a><br/>", url.QueryEscape("http://localhost:14000/appauth/token")))) // want `implicit grant: response_type="token" returns the access token in the browser, in a server-side web app \(writes the authorization URL into an HTTP response\)`
	w.Write([]byte("</body></html>"))
}

func main() {
	http.HandleFunc("/", home)
	http.HandleFunc("/login", login)
	http.HandleFunc("/login/implicit", loginImplicit)
	http.HandleFunc("/login/hybrid", loginHybrid)
	http.HandleFunc("/login/oidc", loginOIDC)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
