// Package store keeps pending authorization requests in Redis, under a
// key that joins a prefix to the request's id: a store every browser
// shares.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

type AuthRequest struct{ RedirectURI string }

type Store struct{ client *redis.Client }

func New(addr string) (*Store, error) {
	return &Store{client: redis.NewClient(&redis.Options{Addr: addr})}, nil
}

func (s *Store) Save(ctx context.Context, id string, a *AuthRequest) error {
	return s.client.Set(ctx, "iam:authreq:"+id, a.RedirectURI, 10*time.Minute).Err()
}

func (s *Store) Load(ctx context.Context, id string) (*AuthRequest, error) {
	val, err := s.client.Get(ctx, "iam:authreq:"+id).Result()
	if err != nil || val == "" {
		return nil, errors.New("not found")
	}
	return &AuthRequest{RedirectURI: val}, nil
}
