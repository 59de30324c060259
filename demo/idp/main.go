// Command idp is the authorization endpoint of a small identity provider
// written by hand: it looks up the client and sends the browser back to
// the client's redirect URI with a code.
//
// What oauthvet reports here:
//   - redirecturi: the requested redirect_uri is accepted when it merely
//     starts with the registered one, so https://app.example.com.evil.test
//     or https://app.example.com/cb/../attacker receives the code; compare
//     the whole string (RFC 9700 §4.1.3).
package main

import (
	"crypto/rand"
	"log"
	"net/http"
	"net/url"
	"strings"
)

type client struct {
	ID          string
	RedirectURI string
}

var clients = map[string]client{
	"demo-webapp": {ID: "demo-webapp", RedirectURI: "https://app.example.com/callback"},
}

func authorize(w http.ResponseWriter, r *http.Request) {
	c, ok := clients[r.FormValue("client_id")]
	if !ok {
		http.Error(w, "unknown client", http.StatusBadRequest)
		return
	}
	redirectURI := r.FormValue("redirect_uri")
	if !strings.HasPrefix(redirectURI, c.RedirectURI) {
		http.Error(w, "redirect_uri not registered", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(redirectURI)
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("code", rand.Text())
	q.Set("state", r.FormValue("state"))
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	log.Fatal(http.ListenAndServe(":9000", nil))
}
