// A web app that sends a nonce and compares it after verification: silent.
package noncecompared

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type App struct {
	Conf     oauth2.Config
	Verifier *oidc.IDTokenVerifier
}

func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (a *App) Login(w http.ResponseWriter, r *http.Request) {
	state, nonce := random(), random()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "nonce", Value: nonce, HttpOnly: true, Secure: true})
	http.Redirect(w, r, a.Conf.AuthCodeURL(state, oidc.Nonce(nonce)), http.StatusFound)
}

func (a *App) Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := a.Conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	raw, _ := tok.Extra("id_token").(string)
	idToken, err := a.Verifier.Verify(r.Context(), raw)
	if err != nil {
		http.Error(w, "verify", http.StatusUnauthorized)
		return
	}
	c, err := r.Cookie("nonce")
	if err != nil || idToken.Nonce != c.Value {
		http.Error(w, "nonce mismatch", http.StatusUnauthorized)
	}
}
