package oauthmodel

import (
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
)

// splitHost stands in for net.SplitHostPort (see its comment): it must
// agree with it on whether an address splits and on the host.
func TestSplitHostAgreesWithNet(t *testing.T) {
	for _, hostport := range []string{
		"127.0.0.1:8080", "localhost:0", ":8080", "[::1]:80", "[::1]", "::1:80",
		"example.com", "example.com:", "[fe80::1%eth0]:443", "[::1]:80:90", "a[b]:1",
		"[a]b:1", "]:1", "[:1", "", ":", "[]:1", "host:port:extra", "[::ffff:127.0.0.1]:9",
	} {
		want, _, err := net.SplitHostPort(hostport)
		got, ok := splitHost(hostport)
		assert.Equal(t, err == nil, ok, "%q splits", hostport)
		if err == nil {
			assert.Equal(t, want, got, "host of %q", hostport)
		}
	}
}

func TestIsLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "127.0.0.1": true, "127.1.2.3": true, "::1": true, "::ffff:127.0.0.1": true,
		"0.0.0.0": false, "": false, "192.168.1.1": false, "example.com": false, "::": false,
	} {
		assert.Equal(t, want, isLoopbackHost(host), host)
	}
}
