// Constant states, the quickstart way: a literal, a named constant, a
// package-level value drawn once at start-up, a function returning a
// constant. Each flow is reported once, even though its callback does not
// check the state either.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"golang.org/x/oauth2"
)

var googleConf = &oauth2.Config{
	ClientID:    "web",
	RedirectURL: "https://app.example.com/google/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://oauth2.example.com/token"},
}

const oauthStateString = "pseudo-random"

var githubConf = &oauth2.Config{ClientID: "gh", Endpoint: oauth2.Endpoint{AuthURL: "https://github.example.com/login/oauth/authorize", TokenURL: "https://github.example.com/login/oauth/access_token"}}

func randomHex() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// drawn once when the program starts: the same for every user.
var sharedState = randomHex()

var gitlabConf = &oauth2.Config{ClientID: "gl", Endpoint: oauth2.Endpoint{AuthURL: "https://gitlab.example.com/oauth/authorize", TokenURL: "https://gitlab.example.com/oauth/token"}}

func stateValue() string { return "static" }

var bitbucketConf = &oauth2.Config{ClientID: "bb", Endpoint: oauth2.Endpoint{AuthURL: "https://bitbucket.example.com/site/oauth2/authorize", TokenURL: "https://bitbucket.example.com/site/oauth2/access_token"}}

func googleLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, googleConf.AuthCodeURL("state"), http.StatusTemporaryRedirect) // want `constant OAuth state: the state is the constant "state", the same for every login`
}

func googleCallback(w http.ResponseWriter, r *http.Request) {
	// The same flow: already reported at its authorization request.
	tok, err := googleConf.Exchange(r.Context(), r.FormValue("code"))
	_, _ = tok, err
}

func githubLogin(w http.ResponseWriter, r *http.Request) {
	url := githubConf.AuthCodeURL(oauthStateString) // want `constant OAuth state: the state is the constant "pseudo-random"`
	http.Redirect(w, r, url, http.StatusFound)
}

func gitlabLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, gitlabConf.AuthCodeURL(sharedState), http.StatusFound) // want `constant OAuth state: the state is the package-level variable sharedState, drawn once and shared by every login`
}

func bitbucketLogin(w http.ResponseWriter, r *http.Request) {
	s := stateValue()
	http.Redirect(w, r, bitbucketConf.AuthCodeURL(s), http.StatusFound) // want `constant OAuth state: the state is the constant "static"`
}

var otherConf = &oauth2.Config{ClientID: "o", Endpoint: oauth2.Endpoint{AuthURL: "https://o.example.com/authorize", TokenURL: "https://o.example.com/token"}}

func otherLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, otherConf.AuthCodeURL(""), http.StatusFound) // want `authorization request with an empty state: nothing ties the callback`
}

func main() {
	http.HandleFunc("/google/login", googleLogin)
	http.HandleFunc("/google/callback", googleCallback)
	http.HandleFunc("/github/login", githubLogin)
	http.HandleFunc("/gitlab/login", gitlabLogin)
	http.HandleFunc("/bitbucket/login", bitbucketLogin)
	http.HandleFunc("/other/login", otherLogin)
	http.ListenAndServe(":8080", nil)
}

// serve draws the state once and serves every login with it from its
// handler closures: one value for all users.
func serve() {
	conf := &oauth2.Config{ClientID: "closure"}
	state := randomHex()
	http.HandleFunc("/closure/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound) // want `constant OAuth state: the state is the variable state, drawn once \(crypto/rand.Read\) outside the handler closure that uses it, the same for every login`
	})
	http.HandleFunc("/closure/callback", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			return
		}
		conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	})
}
