// Command uncheckedbranch is a hand-written authorization endpoint whose
// code branch hands the requested redirect URI to the code store (the
// token endpoint compares it later) and returns, and whose token branch
// sends an access token to the same URI, never compared with anything:
// reported there, with what it carries.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
)

type codeStore interface {
	Save(code, clientID, redirectURI string) error
}

var store codeStore

func random() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func parse(r *http.Request) (string, *url.URL, error) {
	kind := r.FormValue("response_type")
	u, err := url.Parse(r.FormValue("redirect_uri"))
	return kind, u, err
}

func authorize(w http.ResponseWriter, r *http.Request) {
	kind, back, err := parse(r)
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	q := back.Query()
	if kind == "code" {
		code := random()
		if err := store.Save(code, r.FormValue("client_id"), back.String()); err != nil {
			http.Error(w, "server_error", http.StatusInternalServerError)
			return
		}
		q.Set("code", code)
		back.RawQuery = q.Encode()
		http.Redirect(w, r, back.String(), http.StatusFound)
		return
	}
	if kind == "token" {
		q.Set("access_token", random())
		q.Set("token_type", "Bearer")
		http.Redirect(w, r, back.String()+"#"+q.Encode(), http.StatusFound) // want `redirect_uri never checked: this authorization response sends the access token to whatever URI the request names`
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.ListenAndServe(":8080", nil)
}
