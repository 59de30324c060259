// Package issuedrecord2 writes an audit row for every token its server
// grants, as a map with the grant type beside the token.
package issuedrecord2

import (
	"database/sql"
	"encoding/json"
	"time"
)

type Audit struct{ DB *sql.DB }

func (a Audit) Granted(clientID, grant, access string, ttl time.Duration) error {
	row := map[string]any{
		"client_id":    clientID,
		"grant_type":   grant,
		"access_token": access,
		"expires_in":   int(ttl.Seconds()),
	}
	if grant == "" {
		row["grant_type"] = "password"
	}
	b, err := json.Marshal(row)
	if err != nil {
		return err
	}
	_, err = a.DB.Exec("INSERT INTO audit(entry) VALUES ($1)", string(b))
	return err
}
