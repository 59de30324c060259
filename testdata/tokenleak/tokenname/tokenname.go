// A web app that hands the exchanged token to its front end in a URL
// query under a name of its own (reported), and URLs whose "token"
// parameters carry something else (silent).
package tokenname

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "secret",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example/authorize", TokenURL: "https://idp.example/token"},
	RedirectURL:  "https://app.example/callback",
}

const frontend = "https://app.example"

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, frontend+"/welcome?token="+tok.AccessToken, http.StatusFound) // want `access token in a URL query: the URL, passed to http.Redirect, carries token=`
}

func callbackSprintf(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	rt := tok.RefreshToken
	http.Redirect(w, r, fmt.Sprintf("%s/session?rt=%s&lang=%s", frontend, rt, "en"), http.StatusFound) // want `refresh token in a URL query: the URL, passed to http.Redirect, carries rt=`
}

func profile(tok *oauth2.Token) (*http.Response, error) {
	u, err := url.Parse("https://api.example/v1/me")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("fields", "name")
	q.Set("bearer", tok.AccessToken) // want `access token in a URL query: .* carries bearer=`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}

// Right: the token stays on the server; the front end gets a session.
func callbackSession(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: newSession(tok), HttpOnly: true, Secure: true})
	http.Redirect(w, r, frontend+"/welcome?login=ok", http.StatusFound)
}

var sessions = map[string]*oauth2.Token{}

func newSession(tok *oauth2.Token) string {
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	sessions[id] = tok
	return id
}

// A "token" parameter that is not an OAuth token: an invitation.
func invite(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	rand.Read(b)
	http.Redirect(w, r, frontend+"/join?token="+hex.EncodeToString(b), http.StatusFound)
}

// Revocation ends the token; Google's endpoint takes it in the query.
func revoke(tok *oauth2.Token) (*http.Response, error) {
	return http.Post("https://oauth2.googleapis.com/revoke?token="+tok.AccessToken, "application/x-www-form-urlencoded", nil)
}

// A client-side route: the parameters stay in the fragment.
func callbackFragment(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, frontend+"/#/done?token="+tok.AccessToken, http.StatusFound)
}

// OpenID Connect logout sends the ID token as id_token_hint.
func logout(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	idToken, _ := tok.Extra("id_token").(string)
	http.Redirect(w, r, "https://idp.example/logout?id_token_hint="+idToken+"&post_logout_redirect_uri="+url.QueryEscape(frontend), http.StatusFound)
}
