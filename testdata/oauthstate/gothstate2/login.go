// Package gothstate2 drives a goth provider by hand: the login hands
// BeginAuth a state drawn from math/rand (reported), the admin login a
// crypto/rand one (silent), and gothic's own handler, whose state hook
// the package sets to a crypto/rand draw, is silent too.
package gothstate2

import (
	"crypto/rand"
	"fmt"
	mrand "math/rand"
	"net/http"

	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
)

func init() {
	gothic.SetState = func(*http.Request) string { return rand.Text() }
}

func weakState() string { return fmt.Sprintf("%d", mrand.Int63()) }

func login(w http.ResponseWriter, r *http.Request) {
	p, err := goth.GetProvider("gitlab")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sess, err := p.BeginAuth(weakState()) // want `predictable OAuth state`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	u, err := sess.GetAuthURL()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, u, http.StatusFound)
}

func adminLogin(w http.ResponseWriter, r *http.Request) {
	p, err := goth.GetProvider("gitlab")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sess, err := p.BeginAuth(rand.Text())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	u, _ := sess.GetAuthURL()
	http.Redirect(w, r, u, http.StatusFound)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/login", login)
	mux.HandleFunc("/admin/login", adminLogin)
	mux.HandleFunc("/auth/{provider}", gothic.BeginAuthHandler)
}
