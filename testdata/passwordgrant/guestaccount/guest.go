// Package guestaccount creates a throw-away guest account with a
// password it draws itself, then signs in as that account with the
// password grant: no user's password is collected (silent). Signing a
// user in with the password they typed is reported.
package guestaccount

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
)

const tokenURL = "https://sso.example.com/realms/app/protocol/openid-connect/token"

func setPassword(user, password string) error { return nil }

func NewGuest(user string) (*http.Response, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	password := hex.EncodeToString(b)
	if err := setPassword(user, password); err != nil {
		return nil, err
	}
	form := url.Values{}
	form.Set("grant_type", "password")
	form.Set("client_id", "app")
	form.Set("username", user)
	form.Set("password", password)
	return http.PostForm(tokenURL, form)
}

func SignIn(user, typed string) (*http.Response, error) {
	return http.PostForm(tokenURL, url.Values{
		"grant_type": {"password"}, // want `resource owner password credentials grant`
		"client_id":  {"app"},
		"username":   {user},
		"password":   {typed},
	})
}
