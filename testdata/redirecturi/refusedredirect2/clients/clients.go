package clients

type Registry struct{ uris map[string][]string }

// Registered reports whether uri is one of the client's redirect URIs,
// compared exactly.
func (r *Registry) Registered(clientID, uri string) bool {
	for _, u := range r.uris[clientID] {
		if u == uri {
			return true
		}
	}
	return false
}
