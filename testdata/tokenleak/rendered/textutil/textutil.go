// Package textutil renders values as text; it knows nothing of OAuth.
package textutil

import (
	"encoding/json"
	"strings"
)

// JSON renders any value as JSON.
func JSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// Upper is no rendering of its argument.
func Upper(s string) string { return strings.ToUpper(s) }
