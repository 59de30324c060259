// Handlers of another package call Login, which redeems the code through
// another exported method: the callback without state is reported.
package codefact4

import (
	"net/http"

	"example.com/fixtures/oauthstate/codefact4/accounts"
)

type site struct{ acc *accounts.Accounts }

func (s *site) callback(w http.ResponseWriter, r *http.Request) {
	name, err := s.acc.Login(r.Context(), r.FormValue("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "who", Value: name, HttpOnly: true, Secure: true})
}

func Mount(mux *http.ServeMux, acc *accounts.Accounts) {
	s := &site{acc: acc}
	mux.HandleFunc("/cb", s.callback)
}
