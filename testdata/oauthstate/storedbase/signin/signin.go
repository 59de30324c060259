// Package signin completes an authorization URL that its callers hand it
// as a base: it adds the state (from crypto/rand) before opening it.
package signin

import (
	"crypto/rand"
	"encoding/hex"
	"net/url"
)

const AuthorizeBase = "https://id.streamhub.tv/oauth2/authorize?response_type=code"

type Params struct {
	ClientID     string
	RedirectURL  string
	AuthorizeURL string
}

func URL(p Params) (string, error) {
	u, err := url.Parse(p.AuthorizeURL)
	if err != nil {
		return "", err
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	q := u.Query()
	q.Set("client_id", p.ClientID)
	q.Set("redirect_uri", p.RedirectURL)
	q.Set("state", hex.EncodeToString(b))
	u.RawQuery = q.Encode()
	return u.String(), nil
}
