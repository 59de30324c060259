// Package logged hands the grant only to a logger of another package (a
// variadic ...any) and to its own code: the password branch is the
// server's decision for every client.
package logged

import (
	"net/http"

	"example.com/fixtures/passwordgrant/handedon/grants"
)

type server struct{ log grants.Logger }

func (s *server) token(w http.ResponseWriter, r *http.Request) {
	grant := r.FormValue("grant_type")
	s.log.Infof("token request for %s", grant)
	if grant == "password" { // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(comparison in token\)`
		s.issue(w, grant)
		return
	}
	http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
}

func (s *server) issue(w http.ResponseWriter, grant string) {
	s.log.Infof("issued for %s", grant)
	_, _ = w.Write([]byte(`{"access_token":"x"}`))
}
