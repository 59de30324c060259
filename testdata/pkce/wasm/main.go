//go:build js && wasm

// A browser app: Go compiled to WebAssembly, navigating the page to the
// authorization endpoint. It is a public client: PKCE is required, and the
// implicit grant is obsolete (RFC 9700 §2.1.2).
package main

import (
	"syscall/js"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "spa",
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func login(this js.Value, args []js.Value) any {
	js.Global().Get("location").Set("href", conf.AuthCodeURL("state")) // want `authorization code flow without PKCE in a browser app: navigates the page to the authorization URL through syscall/js`
	return nil
}

func loginPKCE(this js.Value, args []js.Value) any {
	verifier := oauth2.GenerateVerifier()
	js.Global().Get("sessionStorage").Call("setItem", "pkce", verifier)
	js.Global().Get("location").Set("href", conf.AuthCodeURL("state", oauth2.S256ChallengeOption(verifier)))
	return nil
}

func main() {
	js.Global().Set("login", js.FuncOf(login))
	js.Global().Set("loginPKCE", js.FuncOf(loginPKCE))
	select {}
}
