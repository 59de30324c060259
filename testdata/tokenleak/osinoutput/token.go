// Package osinoutput is an osin token endpoint that logs the response it
// is about to write: once FinishAccessRequest has run, Output holds the
// access and refresh tokens (reported). Its status and internal error
// are silent, and so are the Output of an authorization response and of
// a userinfo response, which hold no token.
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

func authorizeEndpoint(srv *osin.Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		log.Printf("authorize response: %v", resp.Output)
		osin.OutputJSON(resp, w, r)
	}
}

func userinfoEndpoint(srv *osin.Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ir := srv.HandleInfoRequest(resp, r); ir != nil {
			if claims, ok := ir.AccessData.UserData.(map[string]interface{}); ok {
				resp.Output = claims
			}
		}
		log.Printf("userinfo response: %v", resp.Output)
		osin.OutputJSON(resp, w, r)
	}
}
