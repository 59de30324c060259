// An exported constructor, called for two providers, keeps the options it
// is given in a field that AuthCodeURL spreads: the provider whose list
// holds the verifier option sends it through the browser (reported at
// the option); the other sends only its challenge (silent).
package fieldoptsparam2

import (
	"golang.org/x/oauth2"
)

type Provider struct {
	Name    string
	conf    oauth2.Config
	options []oauth2.AuthCodeOption
	state   string
}

func NewProvider(name string, conf oauth2.Config, options []oauth2.AuthCodeOption) *Provider {
	return &Provider{Name: name, conf: conf, options: options, state: oauth2.GenerateVerifier()}
}

func (p *Provider) LoginURL() string {
	return p.conf.AuthCodeURL(p.state, p.options...)
}

func Providers(music, video oauth2.Config) []*Provider {
	mv := oauth2.GenerateVerifier()
	vv := oauth2.GenerateVerifier()
	return []*Provider{
		NewProvider("music", music, []oauth2.AuthCodeOption{
			oauth2.AccessTypeOffline,
			oauth2.S256ChallengeOption(mv),
			oauth2.VerifierOption(mv), // want `code_verifier sent in the authorization request`
		}),
		NewProvider("video", video, []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(vv)}),
	}
}
