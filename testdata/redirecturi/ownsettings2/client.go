// Package ownsettings2 is a web client whose redirect URI variable, set
// from its configuration and given to its oauth2.Config, is tested
// against its public host by substring: the client's own setting, not a
// requested redirect_uri (silent).
package ownsettings2

import (
	"log"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "web", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"}}

func Setup() {
	redirectURI := os.Getenv("REDIRECT_URI")
	publicHost := os.Getenv("PUBLIC_HOST")
	if !strings.Contains(redirectURI, publicHost) {
		log.Fatal("REDIRECT_URI must point at PUBLIC_HOST")
	}
	conf.RedirectURL = redirectURI
	conf.ClientSecret = os.Getenv("CLIENT_SECRET")
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		st := oauth2.GenerateVerifier()
		http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
		http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
	})
}
