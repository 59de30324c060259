// Package devidp is a mock identity provider for local development (its
// directory's name says so, as a word): its hand-written endpoints are
// not judged (silent), as a package named mock… or …fake is not.
package devidp

import "net/http"

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back := q.Get("redirect_uri")
	if q.Get("client_id") == "" {
		http.Redirect(w, r, back+"?error=invalid_request", http.StatusFound)
		return
	}
	if back != "http://localhost:3000/cb" {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code=mock-code&state="+q.Get("state"), http.StatusFound)
}
