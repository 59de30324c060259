// Package pathstate sends, as the state, the path the user was on so the
// callback can return there: whoever sends the victim's browser to the
// login chooses that path, and a forged callback carries the same one
// (reported). A state drawn from crypto/rand, with the path kept beside
// it in a cookie, is silent.
package pathstate

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "web", ClientSecret: "s", RedirectURL: "https://app.example.com/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"}}

func RequireLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(r.URL.Path), http.StatusFound) // want `predictable OAuth state: the state comes from the request's URL path`
}

func RequireLoginSafely(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "return_to", Value: r.URL.Path, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}
