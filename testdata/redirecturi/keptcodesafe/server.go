// The same stores, where something reads the kept URI back to check it:
// a consent step that compares it with the client's registration before
// the code is sent (silent: the store is not harmless).
package keptcodesafe

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

var (
	pendingURI = map[string]string{} // code → redirect_uri
	registered = map[string]string{"app": "https://app.example.com/cb"}
)

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back := q.Get("redirect_uri")
	code := rand.Text()
	pendingURI[code] = back
	if !allowed(q.Get("client_id"), code) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?"+url.Values{"code": {code}}.Encode(), http.StatusFound)
}

func allowed(clientID, code string) bool {
	return registered[clientID] == pendingURI[code]
}
