// Package dumpedrequest is an identity provider's token endpoint that
// logs every token request it serves, body included: refresh tokens,
// codes and verifiers go to the log. A dump of the headers alone is
// silent.
package dumpedrequest

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httputil"
)

type Provider struct{}

func (p *Provider) Token(w http.ResponseWriter, req *http.Request) {
	dump, _ := httputil.DumpRequest(req, true)
	slog.DebugContext(req.Context(), "token request received", "request", string(dump)) // want `refresh token written to a log`
	head, _ := httputil.DumpRequest(req, false)
	slog.DebugContext(req.Context(), "token request headers", "request", string(head))
	switch req.FormValue("grant_type") {
	case "refresh_token":
		p.refresh(w, req.FormValue("refresh_token"))
	case "authorization_code":
		p.redeem(w, req.FormValue("code"), req.FormValue("code_verifier"))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func (p *Provider) refresh(w http.ResponseWriter, rt string) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": "new", "token_type": "Bearer"})
}

func (p *Provider) redeem(w http.ResponseWriter, code, verifier string) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": "new", "token_type": "Bearer"})
}
