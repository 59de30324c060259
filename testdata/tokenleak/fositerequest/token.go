// Package fositerequest is a fosite token endpoint that prints each
// token request it receives, form and all (refresh token, code,
// password, client secret) while serving it (reported), and logs a
// request's ID and granted scopes (silent).
package fositerequest

import (
	"fmt"
	"log"
	"net/http"

	"github.com/ory/fosite"
)

type Endpoint struct {
	Provider fosite.OAuth2Provider
	NewSess  func() fosite.Session
}

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ar, err := e.Provider.NewAccessRequest(ctx, r, e.NewSess())
	if err != nil {
		e.Provider.WriteAccessError(ctx, w, ar, err)
		return
	}
	fmt.Printf("token request: %+v\n", ar) // want `token request fosite received printed to standard output while serving a request`
	log.Printf("token request %s for scopes %v", ar.GetID(), ar.GetGrantedScopes())
	resp, err := e.Provider.NewAccessResponse(ctx, ar)
	if err != nil {
		e.Provider.WriteAccessError(ctx, w, ar, err)
		return
	}
	debugRequest(ar.(*fosite.AccessRequest))
	e.Provider.WriteAccessResponse(ctx, w, ar, resp)
}

func debugRequest(req *fosite.AccessRequest) {
	log.Printf("access request %v", req) // want `token request fosite received written to a log`
}
