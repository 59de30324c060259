// Package emptyaccept2 keeps the state in the session as a cookie and
// checks it inline in an if that refuses unless both tests pass, the
// emptiness test written with len and last: nothing to report.
package emptyaccept2

import (
	"net/http"

	"golang.org/x/oauth2"
)

type Server struct {
	OAuth *oauth2.Config
}

func (s *Server) Finish(w http.ResponseWriter, r *http.Request) {
	got := r.URL.Query().Get("state")
	kept, _ := r.Cookie("oauth_state")
	want := ""
	if kept != nil {
		want = kept.Value
	}
	if ok := want == got && len(got) > 0; !ok {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	if _, err := s.OAuth.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
