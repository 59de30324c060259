// Package handbuiltsafe holds hand-written token endpoints that do not
// accept the password grant for every client: one refuses it by name,
// one lets only the code and refresh grants through, one asks the
// client's registration, one a setting.
package handbuiltsafe

import (
	"encoding/json"
	"errors"
	"net/http"
)

type client struct{ grants []string }

func (c *client) allows(grant string) bool {
	for _, g := range c.grants {
		if g == grant {
			return true
		}
	}
	return false
}

type server struct {
	clients       map[string]*client
	allowPassword bool
}

func writeErr(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code})
}

func (s *server) refusesByName(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("grant_type") {
	case "authorization_code":
		s.issue(w)
	case "password":
		writeErr(w, "unsupported_grant_type")
	default:
		writeErr(w, "unsupported_grant_type")
	}
}

func (s *server) codeOnly(w http.ResponseWriter, r *http.Request) {
	gt := r.URL.Query().Get("grant_type")
	if gt != "authorization_code" && gt != "refresh_token" {
		http.Error(w, "grant not supported", http.StatusBadRequest)
		return
	}
	s.issue(w)
}

// perClient: the client's registration decides (read from a store).
func (s *server) perClient(w http.ResponseWriter, r *http.Request) {
	gt := r.FormValue("grant_type")
	c := s.clients[r.FormValue("client_id")]
	if c == nil || !c.allows(gt) {
		writeErr(w, "unauthorized_client")
		return
	}
	if gt == "password" {
		s.issue(w)
	}
}

var errDisabled = errors.New("password grant disabled")

// setting: the password branch is behind a switch set from configuration.
func (s *server) setting(gt string) error {
	switch gt {
	case "password":
		if !s.allowPassword {
			return errDisabled
		}
		return s.grantPassword()
	}
	return nil
}

func (s *server) settingHandler(w http.ResponseWriter, r *http.Request) {
	if err := s.setting(r.PostFormValue("grant_type")); err != nil {
		writeErr(w, "invalid_request")
	}
}

func (s *server) grantPassword() error { return nil }

func (s *server) issue(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "x"})
}
