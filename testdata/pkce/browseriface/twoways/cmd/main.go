package main

import (
	"context"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browseriface/twoways/auth"
	"example.com/fixtures/pkce/browseriface/twoways/launch"
)

func main() {
	cfg := &oauth2.Config{ClientID: "desk", RedirectURL: "http://localhost:9000/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://login.example.org/oauth/authorize", TokenURL: "https://login.example.org/oauth/token"}}
	_ = auth.Begin(context.Background(), auth.Options{Launcher: launch.Default(), Config: cfg, State: "x"})
}
