// A command-line client that speaks OAuth over plain HTTP, without
// golang.org/x/oauth2.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
)

const (
	authorizeEndpoint = "https://idp.example.com/oauth2/authorize"
	tokenEndpoint     = "https://idp.example.com/oauth2/token"
	clientID          = "desktop-app"
	redirectURI       = "http://127.0.0.1:9999/callback"
)

func randomString() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// authorizeWithoutPKCE opens the browser on a code request without PKCE.
func authorizeWithoutPKCE(state string) error {
	params := url.Values{}
	params.Set("response_type", "code") // want `authorization code flow without PKCE in a command-line client: opens the authorization URL in the system browser with exec.Command\(xdg-open\); .* send code_challenge=BASE64URL\(SHA256\(verifier\)\) and code_challenge_method=S256 here, and code_verifier in the token request`
	params.Set("client_id", clientID)
	params.Set("redirect_uri", redirectURI)
	params.Set("state", state)
	return exec.Command("xdg-open", authorizeEndpoint+"?"+params.Encode()).Run()
}

// authorize is right: S256 challenge, verifier kept for the token request.
func authorize(state string) (verifier string, err error) {
	verifier = randomString()
	sum := sha256.Sum256([]byte(verifier))
	params := url.Values{
		"response_type":         {"code"},
		"client_id":             {clientID},
		"redirect_uri":          {redirectURI},
		"state":                 {state},
		"code_challenge":        {base64.RawURLEncoding.EncodeToString(sum[:])},
		"code_challenge_method": {"S256"},
	}
	return verifier, exec.Command("xdg-open", authorizeEndpoint+"?"+params.Encode()).Run()
}

// exchange redeems the code with the verifier.
func exchange(code, verifier string) (map[string]any, error) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"redirect_uri":  {redirectURI},
		"client_id":     {clientID},
		"code_verifier": {verifier},
	}
	resp, err := http.Post(tokenEndpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tok map[string]any
	return tok, json.NewDecoder(resp.Body).Decode(&tok)
}

// refresh is a refresh-token request: not an authorization request.
func refresh(refreshToken string) (*http.Response, error) {
	return http.PostForm(tokenEndpoint, url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {refreshToken},
		"client_id":     {clientID},
	})
}

func main() {
	state := randomString()
	verifier, err := authorize(state)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := authorizeWithoutPKCE(state); err != nil {
		os.Exit(1)
	}
	var code string
	fmt.Scanln(&code)
	if _, err := exchange(code, verifier); err != nil {
		os.Exit(1)
	}
	refresh("r")
}
