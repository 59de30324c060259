// Package httpapi serves the callback with net/http and calls the
// provider through the ports interface.
package httpapi

import (
	"net/http"

	"example.com/fixtures/oauthstate/codefact2/ports"
)

type API struct {
	Provider ports.CodeRedeemer
	Lookup   ports.Lookup
}

func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/oauth/callback", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		resp, err := a.Provider.RedeemCode(r.Context(), q.Get("code")) // want `callback exchanges the code without checking state`
		if err != nil {
			http.Error(w, "login failed", http.StatusBadGateway)
			return
		}
		resp.Body.Close()
	})
	mux.HandleFunc("/oauth/checked", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("state")
		if err != nil || c.Value != r.URL.Query().Get("state") {
			http.Error(w, "bad state", http.StatusForbidden)
			return
		}
		if resp, err := a.Provider.RedeemCode(r.Context(), r.URL.Query().Get("code")); err == nil {
			resp.Body.Close()
		}
	})
	mux.HandleFunc("/oauth/lookup", func(w http.ResponseWriter, r *http.Request) {
		// Lookup's implementations do not all redeem the code: unknown.
		if resp, err := a.Lookup.Find(r.Context(), r.URL.Query().Get("code")); err == nil && resp != nil {
			resp.Body.Close()
		}
	})
}
