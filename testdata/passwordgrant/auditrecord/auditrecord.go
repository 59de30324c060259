// Package auditrecord is a token endpoint that writes an audit record of
// each grant it served: the record's grant_type is what the client sent,
// not a request of the server's own. The endpoint accepts only the code
// and refresh grants.
package auditrecord

import (
	"encoding/json"
	"net/http"
)

type auditor interface {
	Record(action string, details map[string]interface{})
}

type endpoint struct{ audit auditor }

func (e *endpoint) token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "authorization_code":
		e.audit.Record("token_issued", map[string]interface{}{"grant_type": "authorization_code", "client_id": r.PostFormValue("client_id")})
	case "refresh_token":
		e.audit.Record("token_refreshed", map[string]interface{}{"grant_type": "refresh_token", "client_id": r.PostFormValue("client_id")})
	default:
		e.audit.Record("token_refused", map[string]interface{}{"grant_type": "password", "client_id": r.PostFormValue("client_id"), "username": r.PostFormValue("username")})
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "x"})
}
