// Package keys is an OpenID provider's own signing keys, as a go-oidc
// KeySet.
package keys

import (
	"context"
	"errors"
)

type Signer interface {
	Verify(jws string) ([]byte, error)
}

type KeySet struct{ Signer Signer }

func (k *KeySet) VerifySignature(ctx context.Context, jwt string) ([]byte, error) {
	if k.Signer == nil {
		return nil, errors.New("no signer")
	}
	return k.Signer.Verify(jwt)
}
