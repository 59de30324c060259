// Package web hands the callback's code to a helper that redeems it at
// the provider's token endpoint in a query built with %v verbs.
package web

import (
	"fmt"
	"io"
	"net/http"
)

type Provider struct {
	Base, Client, Secret, Redirect string
}

func (p Provider) redeem(authCode string) ([]byte, error) {
	endpoint := fmt.Sprintf( // want `callback exchanges the code without checking state`
		"%v/oauth/token?grant_type=authorization_code&code=%v&redirect_uri=%v&client_id=%v&client_secret=%v",
		p.Base, authCode, p.Redirect, p.Client, p.Secret)
	resp, err := http.Post(endpoint, "application/x-www-form-urlencoded", nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func Routes(p Provider, mux *http.ServeMux) {
	mux.HandleFunc("/login/done", func(w http.ResponseWriter, r *http.Request) {
		if _, err := p.redeem(r.FormValue("code")); err != nil {
			http.Error(w, "login failed", http.StatusUnauthorized)
		}
	})
	mux.HandleFunc("/login/checked", func(w http.ResponseWriter, r *http.Request) {
		want, err := r.Cookie("st")
		if err != nil || r.FormValue("state") != want.Value {
			http.Error(w, "forged", http.StatusForbidden)
			return
		}
		if _, err := p.redeem(r.FormValue("code")); err != nil {
			http.Error(w, "login failed", http.StatusUnauthorized)
		}
	})
}
