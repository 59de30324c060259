// A web app whose login handler logs the URL it redirects to through a
// variadic helper: a server's output, not a terminal prompt; a
// confidential web app is not asked for PKCE (silent).
package web

import (
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var site = &oauth2.Config{
	ClientID:     "site",
	ClientSecret: os.Getenv("SITE_SECRET"),
	RedirectURL:  "https://site.example.com/cb",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func trace(format string, args ...any) {
	fmt.Fprintf(os.Stdout, format, args...)
}

func Login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, Secure: true, HttpOnly: true})
	u := site.AuthCodeURL(st)
	trace("redirecting to %s\n", u)
	http.Redirect(w, r, u, http.StatusFound)
}
