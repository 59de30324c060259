// A local music app that keeps its pending state in a key-value table; the
// lookup answers "", nil when no login was started, and the callback
// compares the request's state with it without requiring either to be
// set: ?code=ATTACKER&state= passes before the first login. A lookup that
// answers an error for a missing key is silent.
package main

import (
	"database/sql"
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	db   *sql.DB
	conf = &oauth2.Config{ClientID: "player", ClientSecret: "s", RedirectURL: "https://music.example.com/callback",
		Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.example.org/authorize", TokenURL: "https://accounts.example.org/api/token"}}
)

func getValue(key string) (string, error) {
	var v string
	err := db.QueryRow("select value from kv where key = ?", key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	} else if err != nil {
		return "", err
	}
	return v, nil
}

func mustValue(key string) (string, error) {
	var v string
	if err := db.QueryRow("select value from kv where key = ?", key).Scan(&v); err != nil {
		return "", errors.New("no pending login")
	}
	return v, nil
}

func callback(w http.ResponseWriter, r *http.Request) {
	state, err := getValue("auth_state")
	if err != nil {
		http.Error(w, "could not read state", http.StatusInternalServerError)
		return
	}
	if r.FormValue("state") != state { // want `state check passes an empty state: the callback compares the request's state with state, which is "" when this browser stored none \(getValue returns "", nil at line 26\)`
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func callbackStrict(w http.ResponseWriter, r *http.Request) {
	state, err := mustValue("auth_state")
	if err != nil {
		http.Error(w, "no login", http.StatusBadRequest)
		return
	}
	if r.FormValue("state") != state {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func main() {
	http.HandleFunc("/callback", callback)
	http.HandleFunc("/callback2", callbackStrict)
	_ = http.ListenAndServe(":8081", nil)
}
