// Package defaultgrant redeems codes at token endpoints that default the
// grant type (GitHub's and Facebook's send no grant_type: the code and the
// client secret make it a code exchange) and logs what they answered. A
// verification code posted without a client secret is no code exchange,
// and its response is not a token.
package defaultgrant

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

type GitHub struct {
	ClientID, ClientSecret string
	Client                 *http.Client
}

func (g *GitHub) Redeem(code string) (string, error) {
	form := url.Values{"client_id": {g.ClientID}, "client_secret": {g.ClientSecret}, "code": {code}}
	req, err := http.NewRequest(http.MethodPost, "https://github.com/login/oauth/access_token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := g.Client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	log.Println("github answered:", string(body)) // want `token endpoint's response written to a log`
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.Unmarshal(body, &tok); err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

// facebookToken exchanges the code with a GET whose query carries the
// parameters, as Facebook's Graph API takes them.
func facebookToken(appID, appSecret, redirect, code string) (map[string]any, error) {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("redirect_uri", redirect)
	q.Set("client_secret", appSecret)
	q.Set("code", code)
	resp, err := http.Get("https://graph.facebook.com/v19.0/oauth/access_token?" + q.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]any{}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	log.Printf("facebook token response: %v", out) // want `token endpoint's response written to a log`
	return out, nil
}

// ConfirmPhone posts a one-time code; its answer holds no token.
func ConfirmPhone(api, phone, otp string) error {
	resp, err := http.PostForm(api+"/verify", url.Values{"phone": {phone}, "code": {otp}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	log.Printf("verification answered: %s", b)
	return nil
}

var _ = facebookToken
