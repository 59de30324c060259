// Package loginstore keeps logins in a Redis hash whose key is a prefix
// joined to the login's id.
package loginstore

import (
	"context"
	"errors"

	"github.com/redis/go-redis/v9"
)

type Client struct{ R *redis.Client }

func (c Client) Take(ctx context.Context, loginID string) (map[string]string, error) {
	key := "login:" + loginID
	m, err := c.R.HGetAll(ctx, key).Result()
	if err != nil || len(m) == 0 {
		return nil, errors.New("no such login")
	}
	c.R.Del(ctx, key)
	return m, nil
}

func (c Client) Keep(ctx context.Context, loginID, next string) error {
	return c.R.HSet(ctx, "login:"+loginID, "next", next).Err()
}
