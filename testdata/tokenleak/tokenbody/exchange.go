// Package tokenbody redeems a code with a hand-built request and logs
// what the token endpoint answered: the raw body and the map it decodes
// to hold the access and refresh tokens. The same body logged when the
// status says the request failed is an error and is not reported, nor is
// the body of a request that is not a token request.
package tokenbody

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
)

type Provider struct {
	TokenURL, UserInfoURL, ClientID, ClientSecret string
	HTTP                                          *http.Client
}

func (p *Provider) Redeem(code, redirectURI string) (map[string]any, error) {
	form := url.Values{}
	form.Set("grant_type", "authorization_code")
	form.Set("code", code)
	form.Set("redirect_uri", redirectURI)
	form.Set("client_id", p.ClientID)
	form.Set("client_secret", p.ClientSecret)
	req, err := http.NewRequest(http.MethodPost, p.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		log.Printf("token endpoint refused the code: %s", raw)
		return nil, fmt.Errorf("token endpoint: %s", resp.Status)
	}
	log.Printf("token endpoint answered: %s", raw) // want `token endpoint.s response written to a log: log.Print(f|ln) logs the token endpoint.s response \(its access and refresh tokens included\)`
	data := map[string]any{}
	if err := json.Unmarshal(raw, &data); err != nil {
		return nil, err
	}
	slog.Debug("decoded token response", "body", data) // want `token endpoint's response`
	slog.Info("token response", "expires_in", data["expires_in"])
	return data, nil
}

func (p *Provider) Profile(accessToken string) (string, error) {
	req, err := http.NewRequest(http.MethodGet, p.UserInfoURL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+accessToken)
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	log.Printf("userinfo: %s", b)
	return string(b), nil
}
