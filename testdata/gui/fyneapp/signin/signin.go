// Package signin builds the login URL of a photo service and hands it on
// through a channel: what kind of program shows it is its importer's
// business. Written differently from ../../wailsapp: a hand-built URL, a
// channel instead of a callback, package-level functions.
package signin

import (
	"crypto/sha256"
	"encoding/base64"
	"net/url"
)

const authorize = "https://photos.example.org/oauth/authorize"

// Pending receives the URLs to open.
var Pending = make(chan string, 1)

// Begin queues a login without PKCE.
func Begin(clientID, redirect string) {
	v := url.Values{"response_type": {"code"}, "client_id": {clientID}, "redirect_uri": {redirect}}
	Pending <- authorize + "?" + v.Encode()
}

// BeginWithVerifier queues a login with an S256 challenge of verifier.
func BeginWithVerifier(clientID, redirect, verifier string) {
	sum := sha256.Sum256([]byte(verifier))
	v := url.Values{"response_type": {"code"}, "client_id": {clientID}, "redirect_uri": {redirect}}
	v.Set("code_challenge", base64.RawURLEncoding.EncodeToString(sum[:]))
	v.Set("code_challenge_method", "S256")
	Pending <- authorize + "?" + v.Encode()
}
