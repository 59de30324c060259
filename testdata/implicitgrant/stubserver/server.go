// A server skeleton whose authorization endpoint dispatches on
// response_type, but whose token response type goes to a handler not
// written yet (an empty body): it issues no token. Nothing is reported.
package main

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_uri") != "https://app.example.com/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	switch q.Get("response_type") {
	case "code":
		issueCode(w, r, q)
	case "token":
		issueToken(w, r, q)
	default:
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
	}
}

func issueCode(w http.ResponseWriter, r *http.Request, q url.Values) {
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+rand.Text()+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

// issueToken will answer the implicit grant (RFC 6749 §4.2).
func issueToken(w http.ResponseWriter, r *http.Request, q url.Values) {
	// TODO
}

func main() {
	http.HandleFunc("/authorize", authorize)
	_ = http.ListenAndServe(":8080", nil)
}
