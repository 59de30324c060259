// Package idp makes the provider over the store package's storage.
package idp

import (
	"github.com/zitadel/oidc/v3/pkg/op"
)

func New(issuer string, storage op.Storage) (*op.Provider, error) {
	return op.NewProvider(&op.Config{CodeMethodS256: true}, storage, op.StaticIssuer(issuer))
}
