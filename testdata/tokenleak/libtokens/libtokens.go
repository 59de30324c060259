// Authorization servers that log the tokens their library issued
// (reported), and what else about them (silent).
package libtokens

import (
	"context"
	"log"
	"net/http"

	"github.com/RangelReale/osin"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/ory/fosite"
)

func bearer(srv *server.Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ti, err := srv.ValidationBearerToken(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		log.Printf("request by %s with %s", ti.GetUserID(), ti.GetAccess()) // want `access token written to a log: log.Printf logs the access token`
		log.Printf("request by %s, client %s, expires in %s", ti.GetUserID(), ti.GetClientID(), ti.GetAccessExpiresIn())
		log.Printf("token info: %+v", ti) // want `an issued token's record written to a log: log.Printf logs an issued token's record`
		log.Printf("token info of type %T", ti)
	}
}

func audit(ad *osin.AccessData) {
	log.Printf("issued to %s, refresh %q", ad.Client.GetId(), ad.RefreshToken) // want `refresh token written to a log`
	log.Printf("issued to %s, expires in %d", ad.Client.GetId(), ad.ExpiresIn)
	log.Print(ad) // want `an issued token's record written to a log`
}

func token(p fosite.OAuth2Provider, w http.ResponseWriter, r *http.Request, s fosite.Session) {
	ctx := context.Background()
	req, err := p.NewAccessRequest(ctx, r, s)
	if err != nil {
		p.WriteAccessError(ctx, w, req, err)
		return
	}
	resp, err := p.NewAccessResponse(ctx, req)
	if err != nil {
		p.WriteAccessError(ctx, w, req, err)
		return
	}
	log.Println("issued", resp.GetAccessToken()) // want `access token written to a log: log.Println logs the access token`
	log.Println("issued a", resp.GetTokenType(), "token")
	p.WriteAccessResponse(ctx, w, req, resp)
}
