// A login form's POST handler that sends the code through a Location
// header to the redirect_uri of its own query, and keeps it in a record
// the token endpoint (another file) only compares with the token
// request's redirect_uri. The GET handler before it checks the URI
// exactly; nothing ties the POST to that check.
package keptcode2

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"slices"
)

type pendingGrant struct {
	client   string
	callback string
}

type Server struct {
	grants    map[string]pendingGrant
	callbacks []string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if !slices.Contains(s.callbacks, r.URL.Query().Get("redirect_uri")) {
		http.Error(w, "unknown redirect_uri", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, `<form method="post" action="/login?%s"><input name="password" type="password"></form>`, r.URL.RawQuery)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("password") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	params := r.URL.Query()
	cb := params.Get("redirect_uri")
	code := rand.Text()
	s.grants[code] = pendingGrant{client: params.Get("client_id"), callback: cb}
	w.Header().Set("Location", fmt.Sprintf("%s?code=%s&state=%s", cb, code, params.Get("state"))) // want `redirect_uri never checked`
	w.WriteHeader(http.StatusSeeOther)
}

// checkedLogin compares the URI again before the Location header: silent.
func (s *Server) checkedLogin(w http.ResponseWriter, r *http.Request) {
	params := r.URL.Query()
	cb := params.Get("redirect_uri")
	if !slices.Contains(s.callbacks, cb) {
		http.Error(w, "unknown redirect_uri", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	s.grants[code] = pendingGrant{client: params.Get("client_id"), callback: cb}
	w.Header().Set("Location", cb+"?code="+code)
	w.WriteHeader(http.StatusFound)
}
