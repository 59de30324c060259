// The second shape: the check is another package's, the stored record a
// pointer, and the verifier read from the form inside an if whose
// condition tests the stored challenge.
package inlineoptional2

import (
	"crypto/rand"
	"net/http"

	"example.com/fixtures/pkce/inlineoptional2/verify"
)

type grant struct {
	client    string
	challenge string
}

type Server struct{ grants map[string]*grant }

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("response_type") != "code" || r.FormValue("client_id") != "cli" || r.FormValue("redirect_uri") != "http://127.0.0.1:7000/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	s.grants[code] = &grant{client: "cli", challenge: r.FormValue("code_challenge")}
	http.Redirect(w, r, "http://127.0.0.1:7000/cb?code="+code+"&state="+r.FormValue("state"), http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	g := s.grants[r.PostFormValue("code")]
	if g == nil || r.PostFormValue("grant_type") != "authorization_code" { // want `this authorization server lets public clients skip PKCE`
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	if len(g.challenge) > 0 {
		if !verify.S256(g.challenge, r.PostFormValue("code_verifier")) {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
	}
	w.Write([]byte(`{"access_token":"` + rand.Text() + `","token_type":"Bearer"}`))
}
