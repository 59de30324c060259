// A hand-built token request handed to a send helper of the package whose
// client skips certificate checks: the helper's client carries the
// request. The same helper sending an API request, and a helper with a
// verifying client or a client switched by configuration, are silent.
package sendhelper

import (
	"crypto/tls"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	InstanceURL string `json:"instance_url"`
}

func send(req *http.Request) ([]byte, error) {
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// Login obtains a token with the client credentials grant.
func Login(id, secret string) (*tokenResponse, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", id)
	form.Set("client_secret", secret)
	req, err := http.NewRequest("POST", "https://login.example.com/services/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	body, err := send(req) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at sendhelper.go:22 and the client is used here via the client of a token request`
	if err != nil {
		return nil, err
	}
	var t tokenResponse
	return &t, json.Unmarshal(body, &t)
}

// Records sends an API request, no OAuth, through the same helper.
func Records(instance, token string) ([]byte, error) {
	req, err := http.NewRequest("GET", instance+"/services/data/v60.0/query", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return send(req)
}

type settings struct{ Insecure bool }

func sendWith(cfg settings, req *http.Request) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.Insecure}}}
	return c.Do(req)
}

func sendVerified(req *http.Request) (*http.Response, error) {
	return (&http.Client{}).Do(req)
}

// Configured: the verification is the operator's setting: unknown.
func Configured(cfg settings, id, secret string) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
	req, err := http.NewRequest(http.MethodPost, "https://login.example.com/services/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	return sendWith(cfg, req)
}

// Verified: the helper's client checks certificates.
func Verified(id, secret string) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
	req, err := http.NewRequest(http.MethodPost, "https://login.example.com/services/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	return sendVerified(req)
}
