// Package web is the HTTP layer: its callback hands the code to the use
// case and never reads the state.
package web

import (
	"net/http"

	"example.com/fixtures/oauthstate/ifacechain2/usecase"
)

type Handlers struct{ SignIn usecase.SignIn }

func (h Handlers) Callback(w http.ResponseWriter, r *http.Request) {
	if _, err := h.SignIn.Complete(r.Context(), r.FormValue("code")); err != nil { // want `callback exchanges the code without checking state`
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/home", http.StatusSeeOther)
}
