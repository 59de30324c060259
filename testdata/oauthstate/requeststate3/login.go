// Package requeststate3 sets goth's state hook to the page the login came
// from (reported where the hook returns it): gothic's own handlers then
// send that as the state of every login.
package requeststate3

import (
	"net/http"

	"github.com/markbates/goth/gothic"
)

func init() {
	gothic.SetState = func(req *http.Request) string { // want `predictable OAuth state: the state comes from the request.s Referer header`
		return req.Header.Get("Referer")
	}
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/auth/{provider}", gothic.BeginAuthHandler)
	mux.HandleFunc("/auth/{provider}/callback", func(w http.ResponseWriter, r *http.Request) {
		if _, err := gothic.CompleteUserAuth(w, r); err != nil {
			http.Error(w, "sign-in failed", http.StatusUnauthorized)
		}
	})
}
