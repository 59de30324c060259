// Command localtarget is a hand-written authorization endpoint that sends
// the code to the requested redirect_uri through a helper that keeps the
// URL's string in a local variable before redirecting (reported: the URI
// is never compared with a registered one).
package main

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

func Code(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Add("code", rand.Text())
	q.Add("state", r.FormValue("state"))
	redirect(w, r, u, q) // want `redirect_uri never checked`
}

func redirect(w http.ResponseWriter, r *http.Request, u *url.URL, q url.Values) {
	u.RawQuery = q.Encode()
	target := u.String()
	http.Redirect(w, r, target, http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", Code)
	_ = http.ListenAndServe(":8080", nil)
}
