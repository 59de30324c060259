package refusedredirect

import (
	"errors"
	"net/http"
	"net/url"
)

var errUnregistered = errors.New("redirect_uri not registered")

type registry map[string][]string

func (reg registry) authorize(clientID, redirectURI string) (*url.URL, error) {
	for _, u := range reg[clientID] {
		if u == redirectURI {
			return url.Parse(u)
		}
	}
	return nil, errUnregistered
}

type serviceEndpoint struct{ reg registry }

// ServeHTTP answers an unregistered redirect URI by redirecting to it, in
// the errors.Is branch of the service's refusal (reported).
func (s *serviceEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	uri := q.Get("redirect_uri")
	loc, err := s.reg.authorize(q.Get("client_id"), uri)
	if err != nil {
		if errors.Is(err, errUnregistered) {
			http.Redirect(w, r, uri+"?error=invalid_request", http.StatusFound) // want `redirect to a redirect_uri the check refused`
		} else {
			http.Error(w, "server_error", http.StatusInternalServerError)
		}
		return
	}
	http.Redirect(w, r, loc.String()+"?code=c0de", http.StatusFound)
}
