// Package revokeform logs users out by revoking their bearer token at
// the identity provider; the helper that builds the revocation request
// prints its form, token and client secret included, into the server's
// output. The status it prints after is no secret (silent).
package revokeform

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

var idp = struct{ base, clientID, secret string }{os.Getenv("IDP_URL"), os.Getenv("IDP_CLIENT"), os.Getenv("IDP_SECRET")}

func revoke(tok string) error {
	form := url.Values{}
	form.Set("client_id", idp.clientID)
	form.Set("client_secret", idp.secret)
	form.Set("token", tok)
	body := form.Encode()
	fmt.Println(body) // want `revocation or introspection request printed to standard output while serving a request`
	resp, err := http.Post(idp.base+"/protocol/openid-connect/revoke", "application/x-www-form-urlencoded", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Println("revocation:", resp.Status)
	return nil
}

func logout(w http.ResponseWriter, r *http.Request) {
	if err := revoke(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func Routes(mux *http.ServeMux) { mux.HandleFunc("/logout", logout) }
