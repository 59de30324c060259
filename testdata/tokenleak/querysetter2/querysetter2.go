// A go-openapi (swagger) client's authentication writer that sends the
// OAuth token as a query parameter of every request (reported), and one
// that sends it in the Authorization header (silent).
package querysetter2

import (
	"context"

	"github.com/go-openapi/runtime"
	"github.com/go-openapi/strfmt"
	"golang.org/x/oauth2"
)

type inQuery struct{ token string }

func (a *inQuery) AuthenticateRequest(r runtime.ClientRequest, _ strfmt.Registry) error {
	return r.SetQueryParam("key", a.token) // want `access token in a URL query: the request's URL carries key=`
}

type inHeader struct{ token string }

func (a *inHeader) AuthenticateRequest(r runtime.ClientRequest, _ strfmt.Registry) error {
	if err := r.SetQueryParam("format", "json"); err != nil {
		return err
	}
	return r.SetHeaderParam("Authorization", "Bearer "+a.token)
}

// Writers returns both, from a refreshed token.
func Writers(conf *oauth2.Config, old *oauth2.Token) (runtime.ClientAuthInfoWriter, runtime.ClientAuthInfoWriter, error) {
	tok, err := conf.TokenSource(context.Background(), old).Token()
	if err != nil {
		return nil, nil, err
	}
	return &inQuery{token: tok.AccessToken}, &inHeader{token: tok.AccessToken}, nil
}
