package zitadelopconst

import (
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// Kind is how an app was registered; Configured decides its lists on
// each path, every path a literal.
type Kind int

const (
	KindWeb Kind = iota
	KindSPA
	KindLegacyWidget
)

type Configured struct {
	base
	Kind Kind
}

func (c Configured) ApplicationType() op.ApplicationType {
	if c.Kind == KindWeb {
		return op.ApplicationTypeWeb
	}
	return op.ApplicationTypeUserAgent
}

func (c Configured) AuthMethod() oidc.AuthMethod {
	if c.Kind == KindWeb {
		return oidc.AuthMethodBasic
	}
	return oidc.AuthMethodNone
}

func (c Configured) ResponseTypes() []oidc.ResponseType {
	switch c.Kind {
	case KindSPA:
		return []oidc.ResponseType{oidc.ResponseTypeCode}
	case KindLegacyWidget:
		return []oidc.ResponseType{oidc.ResponseTypeCode, oidc.ResponseTypeIDToken} // want `asks for the implicit grant: its ResponseTypes include "id_token token"`
	}
	return nil
}

func (c Configured) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeCode}
}
