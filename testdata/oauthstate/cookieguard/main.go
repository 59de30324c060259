// Command cookieguard compares the callback's state with its cookie only
// when the cookie exists: a browser without one goes on to the exchange
// (reported). The second callback refuses a missing cookie first
// (silent).
package main

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "gw", ClientSecret: "s", RedirectURL: "https://gw.example.com/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func callback(w http.ResponseWriter, r *http.Request) {
	st, _ := r.Cookie("oauth_state")
	if st != nil && r.URL.Query().Get("state") != st.Value { // want `state check skipped when st is missing: the callback refuses a mismatch only if st != nil`
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func strictCallback(w http.ResponseWriter, r *http.Request) {
	st, err := r.Cookie("oauth_state")
	if err != nil || st.Value == "" || r.URL.Query().Get("state") != st.Value {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func main() {
	http.HandleFunc("/cb", callback)
	http.HandleFunc("/cb2", strictCallback)
	_ = http.ListenAndServe(":8443", nil)
}
