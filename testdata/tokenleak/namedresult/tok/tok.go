// Package tok redeems a code and returns the access token through named
// results, with bare returns on its error paths.
package tok

import (
	"encoding/json"
	"net/http"
	"net/url"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

func Redeem(code, verifier string) (accessToken string, err error) {
	resp, err := http.PostForm("https://idp.example.com/token", url.Values{
		"grant_type": {"authorization_code"}, "code": {code}, "code_verifier": {verifier}, "client_id": {"cli"},
	})
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err = json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return
	}
	return tr.AccessToken, nil
}

// Hash returns a digest of what it is given, through a named result.
func Hash(s string) (digest string) {
	if s == "" {
		return
	}
	digest = "sha256:" + s[:1]
	return
}
