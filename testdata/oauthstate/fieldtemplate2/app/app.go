// Package app logs users in with package lib.
package app

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"example.com/fixtures/oauthstate/fieldtemplate2/lib"
)

type App struct{ C *lib.Client }

func (a App) Login(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	rand.Read(b)
	st := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, a.C.Begin(st), http.StatusFound)
}

func (a App) Callback(w http.ResponseWriter, r *http.Request) {
	resp, err := a.C.Redeem(r.URL.Query().Get("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
