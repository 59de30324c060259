// Package ids hands out request ids; it knows nothing of OAuth.
package ids

import "github.com/rs/xid"

// Next is a fresh, sortable id.
func Next() string {
	id := xid.NewWithTime(now())
	return id.String()
}
