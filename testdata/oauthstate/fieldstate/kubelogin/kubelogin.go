// Package kubelogin embeds its flow in a provider struct set up by a
// pointer method and read by a value method: the state drawn from a
// rune buffer of math/rand is predictable wherever it is read.
package kubelogin

import (
	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/fieldstate/randx"
)

type flow struct {
	Config *oauth2.Config
	state  string
}

type Provider struct{ flow }

func (f *flow) init() { f.state = randx.Runes(48) }

func (f flow) URL() string {
	return f.Config.AuthCodeURL(f.state, oauth2.AccessTypeOffline) // want `predictable OAuth state: the state comes from math/rand.Intn in randx.Runes, kept in the field state`
}

var google = &Provider{flow{Config: &oauth2.Config{ClientID: "kubelogin"}}}
