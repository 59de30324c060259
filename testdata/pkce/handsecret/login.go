// Package handsecret is a web app whose oauth2.Config, without a secret,
// only makes the authorization URL: the code is redeemed by a token
// request built by hand that sends client_secret. A confidential client:
// silent (the twin without any secret, pkce/nosecret, is reported).
package handsecret

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "portal",
	RedirectURL: "https://portal.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://login.example.com/authorize", TokenURL: "https://login.example.com/token"},
}

func Login(w http.ResponseWriter, r *http.Request) {
	state := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	form := url.Values{}
	form.Set("grant_type", "authorization_code")
	form.Set("code", r.FormValue("code"))
	form.Set("redirect_uri", conf.RedirectURL)
	form.Set("client_id", conf.ClientID)
	form.Set("client_secret", os.Getenv("PORTAL_SECRET"))
	resp, err := http.Post(conf.Endpoint.TokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, "token request failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
