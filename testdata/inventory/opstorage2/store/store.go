// Package store keeps an OpenID provider's state for zitadel/oidc v3's
// op package. Its type implements op.AuthStorage through a value
// receiver; the rows are records.Pending, serialised as JSON.
package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"

	"example.com/fixtures/inventory/opstorage2/records"
)

// KV is where the rows go (a cache, a database).
type KV interface {
	Put(ctx context.Context, key string, v []byte, ttl time.Duration) error
	Get(ctx context.Context, key string) ([]byte, error)
}

// Backend is the provider's storage.
type Backend struct {
	KV KV
}

type row struct{ records.Pending }

func (r *row) GetID() string                         { return r.Key }
func (r *row) GetACR() string                        { return "" }
func (r *row) GetAMR() []string                      { return nil }
func (r *row) GetAudience() []string                 { return []string{r.Client} }
func (r *row) GetAuthTime() time.Time                { return time.Time{} }
func (r *row) GetClientID() string                   { return r.Client }
func (r *row) GetCodeChallenge() *oidc.CodeChallenge { return nil }
func (r *row) GetNonce() string                      { return "" }
func (r *row) GetRedirectURI() string                { return r.Callback }
func (r *row) GetResponseType() oidc.ResponseType    { return oidc.ResponseType(r.Kind) }
func (r *row) GetResponseMode() oidc.ResponseMode    { return "" }
func (r *row) GetScopes() []string                   { return nil }
func (r *row) GetState() string                      { return r.RelayData }
func (r *row) GetSubject() string                    { return r.Subject }
func (r *row) Done() bool                            { return r.Subject != "" }

// CreateAuthRequest keeps the request the provider received.
func (b Backend) CreateAuthRequest(ctx context.Context, in *oidc.AuthRequest, subject string) (op.AuthRequest, error) {
	kind := in.ResponseType
	method := in.CodeChallengeMethod
	p := records.Pending{
		Key:       fmt.Sprint(time.Now().UnixNano()),
		Client:    in.ClientID,
		Callback:  in.RedirectURI,
		Kind:      string(kind),
		RelayData: in.State,
		Challenge: in.CodeChallenge,
		Method:    string(method),
		Subject:   subject,
	}
	buf, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	if err := b.KV.Put(ctx, "authreq:"+p.Key, buf, 10*time.Minute); err != nil {
		return nil, err
	}
	return &row{p}, nil
}

// AuthRequestByID is op.AuthStorage's.
func (b Backend) AuthRequestByID(ctx context.Context, id string) (op.AuthRequest, error) {
	buf, err := b.KV.Get(ctx, "authreq:"+id)
	if err != nil {
		return nil, err
	}
	r := new(row)
	return r, json.Unmarshal(buf, &r.Pending)
}

// AuthRequestByCode is op.AuthStorage's.
func (b Backend) AuthRequestByCode(ctx context.Context, code string) (op.AuthRequest, error) {
	id, err := b.KV.Get(ctx, "code:"+code)
	if err != nil {
		return nil, err
	}
	return b.AuthRequestByID(ctx, string(id))
}
