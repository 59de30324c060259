package fieldverifier3

import (
	"encoding/json"
	"net/http"
	"net/url"

	"example.com/fixtures/oidcverify/fieldverifier3/internal/xtoken"
)

func (c *cli) exchange(form url.Values) (*xtoken.Token, error) {
	resp, err := http.PostForm(c.tokenURL, form)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t xtoken.Token
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	return &t, nil
}

// refresh renews the tokens and checks the new JWT access token, copied
// into the program's own response type first (silent).
func (c *cli) refresh(rt string) error {
	t, err := c.exchange(url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}, "client_id": {c.clientID}})
	if err != nil {
		return err
	}
	resp := &tokenResponse{AccessToken: t.AccessToken, RefreshToken: t.RefreshToken}
	_, err = c.checkJWT(resp.AccessToken)
	return err
}
