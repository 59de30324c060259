// Package libstate draws its state with another package's string maker,
// which picks each character with math/rand from the alphabet it is given:
// a predictable state, known through that package's fact (reported). The
// admin login's crypto/rand state is silent.
package libstate

import (
	"crypto/rand"
	"net/http"

	"example.com/fixtures/oauthstate/libstate/randstr"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "ui",
	ClientSecret: "from-env",
	RedirectURL:  "https://ui.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func login(w http.ResponseWriter, r *http.Request) {
	st := randstr.Make(32)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state`
}

func adminLogin(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/login", login)
	mux.HandleFunc("/admin/login", adminLogin)
}
