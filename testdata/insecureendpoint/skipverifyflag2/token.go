// Package skipverifyflag2 switches verification off field by field when
// its configuration says the identity provider is a lab one (an
// operator's choice, unknown: silent).
package skipverifyflag2

import (
	"context"
	"crypto/tls"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

type Options struct {
	LabIdP bool
	CC     clientcredentials.Config
}

func Token(ctx context.Context, o Options) (*oauth2.Token, error) {
	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12}
	if o.LabIdP {
		tlsConf.InsecureSkipVerify = true
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: tlsConf}}
	return o.CC.Token(context.WithValue(ctx, oauth2.HTTPClient, hc))
}
