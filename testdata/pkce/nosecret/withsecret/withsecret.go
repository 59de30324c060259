// The same web app with a secret: from the environment in the literal,
// or assigned after it. Confidential clients are not asked for PKCE
// unless -pkce.confidential: silent.
package withsecret

import (
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var fromEnv = &oauth2.Config{
	ClientID:     "intranet",
	ClientSecret: os.Getenv("OIDC_SECRET"),
	RedirectURL:  "https://intranet.example.com/auth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://kc.example.com/auth", TokenURL: "https://kc.example.com/token"},
}

var later = &oauth2.Config{
	ClientID:    "wiki",
	RedirectURL: "https://wiki.example.com/auth/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://kc.example.com/auth", TokenURL: "https://kc.example.com/token"},
}

func Setup() {
	later.ClientSecret = os.Getenv("WIKI_SECRET")
}

func Login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, Secure: true, HttpOnly: true})
	http.Redirect(w, r, fromEnv.AuthCodeURL(st), http.StatusFound)
}

func LoginWiki(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, Secure: true, HttpOnly: true})
	http.Redirect(w, r, later.AuthCodeURL(st), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "state", http.StatusBadRequest)
		return
	}
	if _, err := fromEnv.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	if _, err := later.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}
