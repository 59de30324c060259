// Package unboundlater2 keeps pending logins in a package-level
// sync.Map, looks the state up there in an error branch (a popup's
// reply) and on the main path, exchanges the code by hand in a helper
// declared in a later file, then finds the account through functions
// handed the request's context: reported at the main path's check.
// Beside it a callback that reads its session cookie before the
// exchange through a helper: silent.
package unboundlater2

import (
	"context"
	"net/http"
	"sync"
)

var pending sync.Map

type accountKey struct{}

func accountFor(ctx context.Context, subject string) string {
	if v, ok := ctx.Value(accountKey{}).(string); ok {
		return v
	}
	return subject
}

func signIn(ctx context.Context, subject string) string {
	return accountFor(ctx, subject)
}

func Begin(w http.ResponseWriter, r *http.Request) {
	st := randomState()
	pending.Store(st, r.URL.Query().Get("return_to"))
	http.Redirect(w, r, "https://accounts.example.org/o/authorize?response_type=code&client_id=web-7&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb&state="+st, http.StatusFound)
}

func Finish(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("error") != "" {
		if _, ok := pending.Load(q.Get("state")); ok {
			http.Redirect(w, r, "/popup-closed", http.StatusFound)
			return
		}
		http.Error(w, "denied", http.StatusForbidden)
		return
	}
	if _, ok := pending.LoadAndDelete(q.Get("state")); !ok { // want `state not bound to the browser: the callback looks the request's state up in pending, a store every browser shares`
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	subject, err := redeem(r.Context(), q.Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "acct", Value: signIn(r.Context(), subject), Secure: true, HttpOnly: true})
}

func sessionState(r *http.Request) string {
	c, err := r.Cookie("pending_state")
	if err != nil {
		return ""
	}
	return c.Value
}

func FinishBound(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("state") == "" || q.Get("state") != sessionState(r) {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, ok := pending.LoadAndDelete(q.Get("state")); !ok {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	subject, err := redeem(r.Context(), q.Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "acct", Value: signIn(r.Context(), subject), Secure: true, HttpOnly: true})
}
