// Package levellogger logs the access token of a client-credentials
// token response through its module's leveled logger (reported), and
// only the token's length (silent).
package levellogger

import (
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/fixtures/tokenleak/levellogger/logging"
)

func Fetch(tokenURL, id, secret string) (string, error) {
	resp, err := http.PostForm(tokenURL, url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	logging.Debug("Received access token: %s", tr.AccessToken) // want `access token written to a log: logging.Debug logs the access token`
	logging.Info("Received an access token of %d bytes", len(tr.AccessToken))
	return tr.AccessToken, nil
}
