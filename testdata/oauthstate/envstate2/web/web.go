// The second shape: the state is a settings value read from a file by
// another package, once, in init, and formatted into a hand-built
// authorization URL of a web app. Reported: every user's login carries
// the same state.
package main

import (
	"net/http"
	"net/url"

	"example.com/fixtures/oauthstate/envstate2/settings"
)

var signingSecret string

func init() {
	signingSecret = settings.Load().Secret
}

func install(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("client_id", "123.456")
	q.Set("scope", "commands")
	q.Set("redirect_uri", "https://bot.example.net/oauth/callback")
	q.Set("state", signingSecret) // want `constant OAuth state: the state is the package-level variable signingSecret, set once when the program starts`
	http.Redirect(w, r, "https://chat.example.org/oauth/v2/authorize?"+q.Encode(), http.StatusFound)
}

func main() {
	http.HandleFunc("/install", install)
	_ = http.ListenAndServe(":8080", nil)
}
