// Package tableauth2 keeps its grant handlers in a package-level table of
// functions; the code grant authenticates the client inline with HTTP
// Basic, so it has no public clients (silent by default).
package tableauth2

import "net/http"

var secrets = map[string]string{"svc": "from-vault"}

func codeGrant(w http.ResponseWriter, r *http.Request) {
	id, secret, ok := r.BasicAuth()
	if !ok || secrets[id] != secret {
		http.Error(w, "invalid_client", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(`{"access_token":"a","token_type":"Bearer"}`))
}

var table = map[string]http.HandlerFunc{
	"authorization_code": codeGrant,
}

func Token(w http.ResponseWriter, r *http.Request) {
	if h, ok := table[r.PostFormValue("grant_type")]; ok {
		h(w, r)
		return
	}
	http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
}
