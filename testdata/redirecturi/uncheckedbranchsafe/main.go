// Command uncheckedbranchsafe compares the requested redirect URI with
// the client's registered one before it branches on the response type:
// both branches send to a checked URI (silent).
package main

import (
	"net/http"
	"net/url"
)

var registered = map[string]string{"app": "https://app.example.com/cb"}

func authorize(w http.ResponseWriter, r *http.Request) {
	cb := r.URL.Query().Get("redirect_uri")
	if registered[r.URL.Query().Get("client_id")] != cb {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	switch r.URL.Query().Get("response_type") {
	case "code":
		http.Redirect(w, r, cb+"?code=c1", http.StatusFound)
		return
	case "token":
		v := url.Values{"access_token": {"t1"}}
		http.Redirect(w, r, cb+"#"+v.Encode(), http.StatusFound)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.ListenAndServe(":8082", nil)
}
