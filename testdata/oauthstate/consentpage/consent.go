// Package consentpage is the consent page of identity providers built
// on osin and on zitadel/oidc's op: the page's template data names the
// response type of the request the server received, which is not an
// authorization request this program sends, and carries no state of
// its own. Nothing to report.
package consentpage

import (
	"html/template"
	"net/http"

	"github.com/openshift/osin"
	"github.com/zitadel/oidc/v3/pkg/op"
)

var page = template.Must(template.New("consent").Parse(`<form method="post">{{.client}} asks for {{.response_type}}</form>`))

type idp struct{ osin *osin.Server }

func (s *idp) authorize(w http.ResponseWriter, r *http.Request) {
	resp := s.osin.NewResponse()
	defer resp.Close()
	if ar := s.osin.HandleAuthorizeRequest(resp, r); ar != nil {
		if r.Method == http.MethodGet {
			_ = page.Execute(w, map[string]any{
				"link":          r.RequestURI,
				"response_type": ar.Type,
				"client":        ar.Client.GetId(),
			})
			return
		}
		ar.Authorized = true
		s.osin.FinishAuthorizeRequest(resp, r, ar)
	}
	_ = osin.OutputJSON(resp, w, r)
}

// showRequest renders an op auth request for the login UI.
func showRequest(w http.ResponseWriter, req op.AuthRequest) {
	data := map[string]string{
		"id":            req.GetID(),
		"client_id":     req.GetClientID(),
		"redirect_uri":  req.GetRedirectURI(),
		"response_type": string(req.GetResponseType()),
	}
	_ = page.Execute(w, data)
}
