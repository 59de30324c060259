// Command afterexchange checks the state against a map every browser
// shares, then, after the exchange, hands the request to a helper that
// sets the session's cookies: nothing bound the state to this browser
// before the code was redeemed (reported). The second callback compares
// the ID token's nonce with this browser's cookie after the exchange,
// which binds the login (silent).
package main

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

var (
	conf    = &oauth2.Config{ClientID: "gw", ClientSecret: "s", RedirectURL: "https://gw.example.com/cb", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/a", TokenURL: "https://idp.example.com/t"}}
	pending sync.Map
)

type cookieJar struct{ domain string }

func (j *cookieJar) SetSessionCookies(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "opaque", Domain: j.domain, HttpOnly: true, Secure: true})
}

var jar = &cookieJar{domain: "gw.example.com"}

func callback(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	if _, ok := pending.LoadAndDelete(st); !ok { // want `state not bound to the browser: the callback looks the request's state up in pending`
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	jar.SetSessionCookies(w, r, tok)
	http.Redirect(w, r, "/", http.StatusFound)
}

func nonceCallback(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	if _, ok := pending.LoadAndDelete(st); !ok {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	c, err := r.Cookie("nonce")
	if err != nil || tok.Extra("nonce") != c.Value {
		http.Error(w, "nonce", http.StatusForbidden)
		return
	}
	jar.SetSessionCookies(w, r, tok)
}

func main() {
	http.HandleFunc("/cb", callback)
	http.HandleFunc("/cb2", nonceCallback)
	_ = http.ListenAndServe(":8443", nil)
}
