// Command keptrecord2 keeps its pending authorization request in a tagged
// struct, handed to another package of the module until the callback.
// The struct sent to the provider's API is a request, verifier and all.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/keptrecord2/pending"
)

type authRequest struct {
	ResponseType        string `json:"response_type"`
	ClientID            string `json:"client_id"`
	RedirectURI         string `json:"redirect_uri"`
	State               string `json:"state"`
	CodeChallenge       string `json:"code_challenge"`
	CodeChallengeMethod string `json:"code_challenge_method"`
	CodeVerifier        string `json:"code_verifier"`
}

var cfg = oauth2.Config{
	ClientID:    "desk",
	RedirectURL: "http://127.0.0.1:7788/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://sso.example.com/oauth/authorize", TokenURL: "https://sso.example.com/oauth/token"},
}

func nonce() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func begin() string {
	v := oauth2.GenerateVerifier()
	req := &authRequest{
		ResponseType:        "code",
		ClientID:            cfg.ClientID,
		RedirectURI:         cfg.RedirectURL,
		State:               nonce(),
		CodeChallenge:       oauth2.S256ChallengeFromVerifier(v),
		CodeChallengeMethod: "S256",
		CodeVerifier:        v,
	}
	pending.Remember(req.State, req)
	return cfg.AuthCodeURL(req.State, oauth2.S256ChallengeOption(v))
}

func beginViaAPI() error {
	v := oauth2.GenerateVerifier()
	req := authRequest{
		ResponseType:        "code",
		ClientID:            cfg.ClientID,
		RedirectURI:         cfg.RedirectURL,
		State:               nonce(),
		CodeChallenge:       oauth2.S256ChallengeFromVerifier(v),
		CodeChallengeMethod: "S256",
		CodeVerifier:        v, // want `code_verifier sent in the authorization request`
	}
	body, _ := json.Marshal(req)
	resp, err := http.Post("https://sso.example.com/api/authorize", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	fmt.Println("Open:", begin())
	_ = beginViaAPI()
}
