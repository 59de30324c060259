// Package keptrecord is an OAuth proxy's store: the pending authorization
// (the client's client_id, redirect_uri, scope and challenge, with the
// proxy's own upstream state) is converted by a helper into a record
// tagged with the parameter names, marshalled and kept in Redis. Nothing
// is sent: silent.
package keptrecord

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"
)

type Pending struct {
	ClientID, RedirectURI, Scope string
	Challenge, Method            string
	UpstreamState                string
	Expires                      time.Time
}

type pendingRecord struct {
	ClientID      string `json:"client_id"`
	RedirectURI   string `json:"redirect_uri"`
	Scope         string `json:"scope"`
	Challenge     string `json:"code_challenge,omitempty"`
	Method        string `json:"code_challenge_method,omitempty"`
	UpstreamState string `json:"upstream_state"`
	Expires       int64  `json:"expires"`
}

func toRecord(p *Pending) *pendingRecord {
	return &pendingRecord{
		ClientID:      p.ClientID,
		RedirectURI:   p.RedirectURI,
		Scope:         p.Scope,
		Challenge:     p.Challenge,
		Method:        p.Method,
		UpstreamState: p.UpstreamState,
		Expires:       p.Expires.Unix(),
	}
}

type Store struct{ rdb *redis.Client }

func (s *Store) Save(ctx context.Context, id string, p *Pending) error {
	data, err := json.Marshal(toRecord(p))
	if err != nil {
		return err
	}
	return s.rdb.Set(ctx, "pending:"+id, data, time.Until(p.Expires)).Err()
}
