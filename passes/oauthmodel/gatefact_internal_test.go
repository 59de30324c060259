package oauthmodel

import "testing"

func TestStdPath(t *testing.T) {
	for _, c := range []struct {
		path, own string
		want      bool
	}{
		{"strings", "example.com/app/web", true},
		{"net/http", "oauth-server/internal/handlers", true},
		{"oauth-server/internal/auth", "oauth-server/internal/handlers", false},
		{"oauth-server", "oauth-server/cmd", false},
		{"github.com/ory/fosite", "oauth-server/internal/handlers", false},
		{"example.com/app/svc", "example.com/app/web", false},
	} {
		if got := stdPath(c.path, c.own); got != c.want {
			t.Errorf("stdPath(%q, %q) = %v, want %v", c.path, c.own, got, c.want)
		}
	}
}
