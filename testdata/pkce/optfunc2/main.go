package main

import "golang.org/x/oauth2"

func main() {
	cfg := &oauth2.Config{
		ClientID:    "optfunc2",
		RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://login.example.org/authorize", TokenURL: "https://login.example.org/token"},
	}
	a := &authorizer{cfg: cfg, audience: "api", verifier: oauth2.GenerateVerifier()}
	_ = a.start(oauth2.GenerateVerifier())
	_ = a.startPKCE(oauth2.GenerateVerifier())
}
