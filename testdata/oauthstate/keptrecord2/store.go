// Package keptrecord2 is keptrecord written differently: the record is
// built by a method, held in a variable, marshalled into a string and
// kept in a Redis hash through a pipeline. Silent.
package keptrecord2

import (
	"context"
	"encoding/json"

	"github.com/redis/go-redis/v9"
)

type session struct {
	client, callback, scopes string
}

type row struct {
	Client   string `json:"client_id"`
	Callback string `json:"redirect_uri"`
	Scopes   string `json:"scope"`
}

func (s session) row() row {
	return row{Client: s.client, Callback: s.callback, Scopes: s.scopes}
}

func keep(ctx context.Context, rdb redis.UniversalClient, key string, s session) error {
	r := s.row()
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	pipe := rdb.TxPipeline()
	pipe.HSet(ctx, key, "login", string(b))
	_, err = pipe.Exec(ctx)
	return err
}
