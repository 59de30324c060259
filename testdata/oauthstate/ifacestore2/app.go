// Package ifacestore2 checks its callbacks' state through a store
// interface held in a package variable. finish hands it only the state
// (reported); finishSession hands it the request, so the store may read
// this browser's session (silent); finishCookie compares with the state
// kept in this browser's cookie first (silent).
package ifacestore2

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type stateStore interface {
	Consume(ctx context.Context, key string) (bool, error)
	ConsumeFor(r *http.Request, state string) bool
}

var (
	states stateStore
	conf   = &oauth2.Config{ClientID: "app", ClientSecret: "s", Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.org/a", TokenURL: "https://id.example.org/t"}}
)

func finish(w http.ResponseWriter, r *http.Request) {
	ok, err := states.Consume(context.Background(), "login:"+r.FormValue("state")) // want `state not bound to the browser`
	if err != nil || !ok {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func finishSession(w http.ResponseWriter, r *http.Request) {
	if !states.ConsumeFor(r, r.FormValue("state")) {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func finishCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("login_state")
	if err != nil || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if ok, err := states.Consume(r.Context(), "login:"+c.Value); err != nil || !ok {
		http.Error(w, "replayed", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/cb", finish)
	mux.HandleFunc("/cb2", finishSession)
	mux.HandleFunc("/cb3", finishCookie)
}
