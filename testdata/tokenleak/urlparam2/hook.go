// Package urlparam2 renews a session with a refresh token it reads back
// from its database, and logs the form body it posts (reported: whatever
// fills refresh_token= is the token); the body's grant type alone is
// silent.
package urlparam2

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
)

func Renew(ctx context.Context, db *sql.DB, user string) (*http.Response, error) {
	var stored string
	if err := db.QueryRowContext(ctx, `SELECT rt FROM sessions WHERE user_id = $1`, user).Scan(&stored); err != nil {
		return nil, err
	}
	body := fmt.Sprintf("grant_type=refresh_token&client_id=%s&refresh_token=%s", "svc", stored)
	slog.Debug("renewing", "body", body) // want `refresh token written to a log`
	slog.Debug("renewing", "grant", "grant_type=refresh_token")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://id.example.com/token", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
