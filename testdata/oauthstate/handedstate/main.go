// Command handedstate signs in with Google; the login handler hands a
// package-level state, set once, to a helper that builds the
// authorization URL by hand from the config's endpoint and redirects:
// every login sends the same state.
package main

import (
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

var (
	googleConf = &oauth2.Config{
		ClientID:     "client-id",
		ClientSecret: "secret",
		RedirectURL:  "https://app.example/callback",
		Scopes:       []string{"openid", "email"},
		Endpoint:     google.Endpoint,
	}
	expectedState = "pseudo-random"
)

func main() {
	http.HandleFunc("/login", loginGoogle)
	http.HandleFunc("/callback", callback)
	http.ListenAndServe(":8080", nil)
}

func loginGoogle(w http.ResponseWriter, r *http.Request) {
	redirectToProvider(w, r, googleConf, expectedState) // want `constant OAuth state: the state is the constant "pseudo-random", passed as state by every call of redirectToProvider`
}

func redirectToProvider(w http.ResponseWriter, r *http.Request, conf *oauth2.Config, state string) {
	u, err := url.Parse(conf.Endpoint.AuthURL)
	if err != nil {
		http.Error(w, "bad endpoint", http.StatusInternalServerError)
		return
	}
	v := url.Values{}
	v.Add("client_id", conf.ClientID)
	v.Add("redirect_uri", conf.RedirectURL)
	v.Add("scope", strings.Join(conf.Scopes, " "))
	v.Add("response_type", "code")
	v.Add("state", state)
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusTemporaryRedirect)
}

func callback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != expectedState {
		http.Redirect(w, r, "/", http.StatusTemporaryRedirect)
		return
	}
	tok, err := googleConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil || !tok.Valid() {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	w.Write([]byte("signed in"))
}
