// Package locontains2 tests the requested method with lo.Contains over a
// literal list that names S256 only (silent), on net/http.
package locontains2

import (
	"crypto/rand"
	"net/http"

	"github.com/samber/lo"
)

var codes = map[string]string{}

func authorize(w http.ResponseWriter, r *http.Request) {
	if m := r.FormValue("code_challenge_method"); !lo.Contains([]string{"S256"}, m) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	codes[code] = r.FormValue("code_challenge")
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code, http.StatusFound)
}

func Routes(mux *http.ServeMux) { mux.HandleFunc("/authorize", authorize) }
