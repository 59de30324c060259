// An authorization endpoint that keeps the requested redirect_uri with
// the code, for the token endpoint to compare with the token request's
// redirect_uri (RFC 6749 §4.1.3): that comparison binds the code to the
// URI, it does not check where the code already went.
package keptcode

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"sync"
)

var (
	mu       sync.Mutex
	issuedTo = map[string]string{} // code → redirect_uri
)

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("client_id") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	back := q.Get("redirect_uri")
	code := rand.Text()
	mu.Lock()
	issuedTo[code] = back
	mu.Unlock()
	http.Redirect(w, r, back+"?"+url.Values{"code": {code}, "state": {q.Get("state")}}.Encode(), http.StatusFound) // want `redirect_uri never checked`
}

func token(w http.ResponseWriter, r *http.Request) {
	code := r.PostFormValue("code")
	mu.Lock()
	uri, ok := issuedTo[code]
	delete(issuedTo, code)
	mu.Unlock()
	if !ok || uri != r.PostFormValue("redirect_uri") {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"access_token":"` + rand.Text() + `","token_type":"Bearer"}`))
}
