package web

import (
	"net/http"

	"example.com/fixtures/pkce/tokenonlyserved/oauth"
)

func Mount(mux *http.ServeMux) {
	oauth.Srv.SetUserAuthorizationHandler(func(w http.ResponseWriter, r *http.Request) (string, error) {
		c, err := r.Cookie("uid")
		if err != nil {
			return "", err
		}
		return c.Value, nil
	})
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		if err := oauth.Srv.HandleAuthorizeRequest(w, r); err != nil { // want `this authorization server lets public clients skip PKCE: server.NewConfig leaves ForcePKCE false \(the server oauth.Srv, configured at oauth.go:17`
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
	mux.HandleFunc("/token", oauth.Token)
}
