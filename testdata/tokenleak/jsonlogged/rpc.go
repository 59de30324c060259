// Package jsonlogged answers a local RPC with the tokens of a token
// response and logs the answer as indented JSON (reported); the size of
// the answer is no secret (silent).
package jsonlogged

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
)

type Credentials struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

func renew(tokenURL, clientID, rt string, out *Credentials) error {
	resp, err := http.PostForm(tokenURL, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}, "client_id": {clientID}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var c Credentials
	if err := json.NewDecoder(resp.Body).Decode(&c); err != nil {
		return err
	}
	*out = c
	pretty, _ := json.MarshalIndent(c, "", "  ")
	slog.Debug("renewed", "reply", string(pretty)) // want `token response written to a log`
	slog.Debug("renewed", "bytes", len(pretty))
	return nil
}
