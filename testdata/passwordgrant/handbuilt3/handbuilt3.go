// Package handbuilt3 parses the token request's body into a map of its
// own and switches on the map's grant_type.
package handbuilt3

import (
	"io"
	"net/http"
	"strings"
)

func parseBody(r *http.Request) map[string]string {
	b, _ := io.ReadAll(r.Body)
	out := map[string]string{}
	for _, kv := range strings.Split(string(b), "&") {
		k, v, _ := strings.Cut(kv, "=")
		out[k] = v
	}
	return out
}

func Token(w http.ResponseWriter, r *http.Request) {
	params := parseBody(r)
	switch params["grant_type"] {
	case "client_credentials":
		io.WriteString(w, `{"access_token":"cc"}`)
	case "password": // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(switch case in Token\)`
		if params["username"] == "" {
			http.Error(w, `{"error":"invalid_request"}`, http.StatusBadRequest)
			return
		}
		io.WriteString(w, `{"access_token":"ropc"}`)
	default:
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
	}
}
