// Command paths is a CLI whose login adds PKCE on some paths only. A path
// its caller chooses (a boolean parameter) or that a constant decides is
// judged; a path chosen by configuration may never run and is not.
package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

const authorizeEndpoint = "https://sso.example.dev/authorize"

// pkceEnabled is a build-time switch that was never turned on.
const pkceEnabled = false

type settings struct {
	ClientID string `json:"clientId"`
	UsePKCE  bool   `json:"usePkce"`
}

func loadSettings() settings {
	var s settings
	b, _ := os.ReadFile("settings.json")
	json.Unmarshal(b, &s)
	return s
}

var conf = &oauth2.Config{
	ClientID:    "paths-cli",
	RedirectURL: "http://127.0.0.1:7777/cb",
	Endpoint: oauth2.Endpoint{
		AuthURL:  authorizeEndpoint,
		TokenURL: "https://sso.example.dev/token",
	},
}

// signInURL adds PKCE when its caller asks for it.
func signInURL(withPKCE bool, verifier string) string {
	q := url.Values{}
	q.Set("response_type", "code") // want `authorization code flow without PKCE when withPKCE is false in a command-line client`
	q.Set("client_id", "paths-cli")
	q.Set("redirect_uri", "http://127.0.0.1:7777/cb")
	if withPKCE {
		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
		q.Set("code_challenge_method", "S256")
	}
	return authorizeEndpoint + "?" + q.Encode()
}

// configuredURL adds PKCE when the settings file says so: which path runs
// is not known here.
func configuredURL(s settings, verifier string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", s.ClientID)
	q.Set("redirect_uri", "http://127.0.0.1:7777/cb")
	if s.UsePKCE {
		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
		q.Set("code_challenge_method", "S256")
	}
	return authorizeEndpoint + "?" + q.Encode()
}

// gatedURL adds PKCE behind a constant that is false.
func gatedURL(verifier string) string {
	q := url.Values{"client_id": {"paths-cli"}, "redirect_uri": {"http://127.0.0.1:7777/cb"}}
	q.Set("response_type", "code") // want `authorization code flow without PKCE when pkceEnabled is false in a command-line client`
	if pkceEnabled {
		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
		q.Set("code_challenge_method", "S256")
	}
	return authorizeEndpoint + "?" + q.Encode()
}

// optionsURL builds AuthCodeURL's options on two paths.
func optionsURL(interactive bool, verifier string) string {
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	if interactive {
		opts = append(opts, oauth2.S256ChallengeOption(verifier))
	}
	return conf.AuthCodeURL("state", opts...) // want `authorization code flow without PKCE when interactive is false in a command-line client`
}

// settingsOptionsURL does the same on a setting: silent.
func settingsOptionsURL(s settings, verifier string) string {
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	if s.UsePKCE {
		opts = append(opts, oauth2.S256ChallengeOption(verifier))
	}
	return conf.AuthCodeURL("state", opts...)
}

// alwaysURL adds PKCE on every path: silent.
func alwaysURL(offline bool, verifier string) string {
	opts := []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)}
	if offline {
		opts = append(opts, oauth2.AccessTypeOffline)
	}
	return conf.AuthCodeURL("state", opts...)
}

func main() {
	v := oauth2.GenerateVerifier()
	s := loadSettings()
	fmt.Println(signInURL(true, v))
	fmt.Println(configuredURL(s, v))
	fmt.Println(gatedURL(v))
	fmt.Println(optionsURL(len(os.Args) > 1, v))
	fmt.Println(settingsOptionsURL(s, v))
	fmt.Println(alwaysURL(true, v))
}
