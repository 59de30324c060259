// The same shape as builturl, written differently: the URL comes from a
// function of another package (not an interface), the parameters are set
// with Set inside a closure, and the state is kept in a server-side map.
package builturl2

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"

	"example.com/fixtures/oauthstate/builturl2/upstream"
)

type Federation struct {
	AuthEndpoint string
	ClientID     string
	RedirectURI  string

	mu      sync.Mutex
	pending map[string]bool
}

func (f *Federation) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var raw [16]byte
	if _, err := rand.Read(raw[:]); err != nil {
		http.Error(w, "entropy", http.StatusInternalServerError)
		return
	}
	nonce := hex.EncodeToString(raw[:])
	f.mu.Lock()
	f.pending[nonce] = true
	f.mu.Unlock()

	target := upstream.Start(f.AuthEndpoint, nonce)
	fill := func() {
		params := target.Query()
		params.Set("response_type", "code")
		params.Set("client_id", f.ClientID)
		params.Set("redirect_uri", f.RedirectURI)
		target.RawQuery = params.Encode()
	}
	fill()
	http.Redirect(w, r, target.String(), http.StatusSeeOther)
}
