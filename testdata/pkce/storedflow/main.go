// Command storedflow keeps its pending login in a tagged struct saved to
// disk between "login start" and "login finish". The struct names OAuth
// parameters, but it is state, not a request: only what is sent counts.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/oauth2"
)

type pendingLogin struct {
	ResponseType string    `json:"response_type"`
	State        string    `json:"state"`
	CodeVerifier string    `json:"code_verifier"`
	RedirectURI  string    `json:"redirect_uri"`
	StartedAt    time.Time `json:"started_at"`
}

var conf = &oauth2.Config{
	ClientID:    "storedflow-cli",
	RedirectURL: "http://127.0.0.1:5171/done",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.example.net/authorize",
		TokenURL: "https://auth.example.net/token",
	},
}

func randomState() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func pendingPath() string {
	dir, _ := os.UserConfigDir()
	return filepath.Join(dir, "storedflow", "pending.json")
}

// savePending writes the pending login where "login finish" reads it.
func savePending(p pendingLogin) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(pendingPath(), b, 0o600)
}

// start prints the URL to open; the verifier stays on this machine.
func start() error {
	p := pendingLogin{
		ResponseType: "code",
		State:        randomState(),
		CodeVerifier: oauth2.GenerateVerifier(),
		RedirectURI:  conf.RedirectURL,
		StartedAt:    time.Now(),
	}
	if err := savePending(p); err != nil {
		return err
	}
	fmt.Println("Open:", conf.AuthCodeURL(p.State, oauth2.S256ChallengeOption(p.CodeVerifier)))
	return nil
}

// legacyStart is the old login: it posted the whole pending login,
// verifier included, to the server's JSON authorization API.
func legacyStart() (*http.Response, error) {
	p := pendingLogin{
		ResponseType: "code",
		State:        randomState(),
		CodeVerifier: oauth2.GenerateVerifier(), // want `code_verifier sent in the authorization request`
		RedirectURI:  conf.RedirectURL,
	}
	return postJSON("https://auth.example.net/api/authorize", p)
}

func postJSON(url string, v any) (*http.Response, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return http.Post(url, "application/json", bytes.NewReader(body))
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "legacy" {
		legacyStart()
		return
	}
	if err := start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
