// Package wildcard is an authorization server whose redirect check
// compares each registered URI exactly, and accepts anything for a
// registration of "*", which it makes itself for a proxy client:
// reported at the wildcard test. A check that refuses the wildcard, and
// a CORS check of origins, are silent.
package wildcard

import (
	"net/http"
	"net/url"
	"sync"
)

type Client struct {
	ID           string
	RedirectURIs []string
	Origins      []string
	Public       bool
}

type Registry struct {
	mu      sync.Mutex
	clients map[string]*Client
}

func (reg *Registry) Add(c *Client) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	reg.clients[c.ID] = c
}

func (reg *Registry) Get(id string) (*Client, bool) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	c, ok := reg.clients[id]
	return c, ok
}

// Accepts reports whether the client registered uri.
func (c *Client) Accepts(uri string) bool {
	for _, u := range c.RedirectURIs {
		if u == uri {
			return true
		}
		if u == "*" && c.Public { // want `redirect_uri matched by wildcard: a registered value of "\*" \(u == "\*"\) accepts every requested URI, where the same value is otherwise compared exactly \(line \d+\)`
			return true
		}
	}
	return false
}

// Registered is the strict check: a wildcard registration is refused.
func (c *Client) Registered(uri string) bool {
	for _, u := range c.RedirectURIs {
		if u == "*" {
			return false
		}
		if u == uri {
			return true
		}
	}
	return false
}

// corsAllowed answers preflight requests: origins, not redirect URIs.
func (c *Client) corsAllowed(origin string) bool {
	for _, o := range c.Origins {
		if o == "*" || o == origin {
			return true
		}
	}
	return false
}

func registerProxy(reg *Registry) {
	reg.Add(&Client{ID: "edge-proxy", RedirectURIs: []string{"*"}, Public: true})
}

func authorize(reg *Registry) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, ok := reg.Get(r.FormValue("client_id"))
		if !ok || !c.Accepts(r.FormValue("redirect_uri")) {
			http.Error(w, "invalid_request", http.StatusBadRequest)
			return
		}
		if c.corsAllowed(r.Header.Get("Origin")) {
			w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		}
		u, _ := url.Parse(r.FormValue("redirect_uri"))
		q := u.Query()
		q.Set("code", "issued")
		q.Set("state", r.FormValue("state"))
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.String(), http.StatusFound)
	}
}

func Serve(reg *Registry) {
	registerProxy(reg)
	http.Handle("/authorize", authorize(reg))
}
