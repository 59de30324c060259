// Package pkgvarstate keeps each login's state in a package-level
// variable, drawn with math/rand for one flow and crypto/rand for the
// other.
package pkgvarstate

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	pendingState string
	drawnState   string
)

func letters(n int) string {
	const abc = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, n)
	for i := range b {
		b[i] = abc[rand.Intn(len(abc))]
	}
	return string(b)
}

func random() string {
	b := make([]byte, 16)
	crand.Read(b)
	return hex.EncodeToString(b)
}

type App struct{ Weak, Strong *oauth2.Config }

func (a *App) Login(w http.ResponseWriter, r *http.Request) {
	pendingState = letters(8)
	http.Redirect(w, r, a.Weak.AuthCodeURL(pendingState), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand`
}

func (a *App) LoginStrong(w http.ResponseWriter, r *http.Request) {
	drawnState = random()
	http.Redirect(w, r, a.Strong.AuthCodeURL(drawnState), http.StatusFound)
}

func (a *App) Callback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != pendingState && r.FormValue("state") != drawnState {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	a.Weak.Exchange(r.Context(), r.FormValue("code"))
}
