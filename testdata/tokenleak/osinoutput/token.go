// Package osinoutput is an osin token endpoint that logs the response it
// is about to write: once FinishAccessRequest has run, Output holds the
// access and refresh tokens (reported). Its status and internal error
// are silent.
package osinoutput

import (
	"log"
	"net/http"

	"github.com/RangelReale/osin"
)

func tokenEndpoint(srv *osin.Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAccessRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAccessRequest(resp, r, ar)
		}
		if resp.IsError && resp.InternalError != nil {
			log.Printf("token error: %v", resp.InternalError)
		}
		log.Printf("token response %d: %v", resp.StatusCode, resp.Output) // want `token response written to a log: [a-zA-Z.]+ logs a token response \(printed with its fields, the token included\)`
		osin.OutputJSON(resp, w, r)
	}
}
