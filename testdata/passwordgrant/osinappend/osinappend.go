// Package osinappend extends osin's default access types instead of
// listing them: the password grant is added to what NewServerConfig
// allows. The refresh grant added to the second server is harmless.
package osinappend

import (
	"net/http"

	"github.com/RangelReale/osin"
)

func config() *osin.ServerConfig {
	c := osin.NewServerConfig()
	c.AllowedAccessTypes = append(c.AllowedAccessTypes, osin.REFRESH_TOKEN, osin.PASSWORD) // want `this authorization server accepts the password grant for every client: AllowedAccessTypes includes password`
	c.RequirePKCEForPublicClients = true
	return c
}

func refreshOnly() *osin.ServerConfig {
	c := osin.NewServerConfig()
	c.AllowedAccessTypes = append(c.AllowedAccessTypes, osin.REFRESH_TOKEN)
	c.RequirePKCEForPublicClients = true
	return c
}

func Serve(st osin.Storage) {
	for path, cfg := range map[string]*osin.ServerConfig{"/token": config(), "/v2/token": refreshOnly()} {
		s := osin.NewServer(cfg, st)
		http.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			resp := s.NewResponse()
			defer resp.Close()
			if ar := s.HandleAccessRequest(resp, r); ar != nil {
				ar.Authorized = true
				s.FinishAccessRequest(resp, r, ar)
			}
			osin.OutputJSON(resp, w, r)
		})
	}
}
