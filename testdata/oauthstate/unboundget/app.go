// A GitHub login whose code is redeemed with a GET to a token URL kept in
// a package variable (…&client_secret=…&code=) with the code appended,
// after the state is looked up in a map every browser shares: the state
// is not bound to the browser.
package main

import (
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
)

var (
	mu     sync.Mutex
	states = map[string]bool{}

	authorizeURL = fmt.Sprintf("https://github.com/login/oauth/authorize?client_id=%s&state=", os.Getenv("CID"))
	exchangeURL  = fmt.Sprintf("https://github.com/login/oauth/access_token?client_id=%s&client_secret=%s&code=", os.Getenv("CID"), os.Getenv("CSECRET"))
)

func index(w http.ResponseWriter, r *http.Request) {
	s := rand.Text()
	mu.Lock()
	states[s] = true
	mu.Unlock()
	http.Redirect(w, r, authorizeURL+s, http.StatusTemporaryRedirect)
}

func callback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	mu.Lock()
	known := states[q.Get("state")] // want `state not bound to the browser: the callback looks the request's state up in states`
	delete(states, q.Get("state"))
	mu.Unlock()
	if !known {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, exchangeURL+q.Get("code"), nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/", index)
	http.HandleFunc("/callback", callback)
	_ = http.ListenAndServe(":8080", nil)
}
