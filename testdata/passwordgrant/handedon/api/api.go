// Package api dispatches on grant_type and hands the grant, with the
// client, to package grants, which judges it against the client's
// registration: what api accepts is not what the server allows for every
// client. Silent.
package api

import (
	"net/http"

	"example.com/fixtures/passwordgrant/handedon/grants"
)

type Handler struct{ P *grants.Processor }

func (h *Handler) Token(w http.ResponseWriter, r *http.Request) {
	gt := r.PostFormValue("grant_type")
	switch gt {
	case "password":
		tok, err := h.P.Issue(r.Context(), r.PostFormValue("client_id"), gt, r.PostFormValue("username"), r.PostFormValue("password"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, _ = w.Write([]byte(tok))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
