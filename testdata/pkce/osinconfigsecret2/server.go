// Package osinconfigsecret2 registers every client listed in its
// configuration file, each with the secret its entry gives: an entry
// without a secret is a public client, and osin's default lets it skip
// PKCE (reported).
package osinconfigsecret2

import (
	"github.com/RangelReale/osin"
)

type entry struct {
	ID, Secret, Redirect string
}

type store interface {
	osin.Storage
	SetClient(id string, c osin.Client) error
}

func New(entries []entry, st store) *osin.Server {
	for _, e := range entries {
		_ = st.SetClient(e.ID, &osin.DefaultClient{Id: e.ID, Secret: e.Secret, RedirectUri: e.Redirect})
	}
	return osin.NewServer(osin.NewServerConfig(), st) // want `this authorization server lets public clients skip PKCE: osin.NewServerConfig leaves RequirePKCEForPublicClients false`
}
