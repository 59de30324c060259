package keptcode2

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
)

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	g, ok := s.grants[r.PostFormValue("code")]
	if !ok || g.client != r.PostFormValue("client_id") || g.callback != r.PostFormValue("redirect_uri") {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": "invalid_grant"})
		return
	}
	delete(s.grants, r.PostFormValue("code"))
	json.NewEncoder(w).Encode(map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}
