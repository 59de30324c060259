// Package idp refreshes tokens by hand; its Token is the token endpoint's
// JSON response.
package idp

import (
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

// Refresh trades a refresh token for a new token.
func Refresh(endpoint, refresh, id, secret string) (Token, time.Time, error) {
	var t Token
	resp, err := http.PostForm(endpoint, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}, "client_id": {id}, "client_secret": {secret}})
	if err != nil {
		return t, time.Time{}, err
	}
	defer resp.Body.Close()
	return t, time.Now(), json.NewDecoder(resp.Body).Decode(&t)
}
