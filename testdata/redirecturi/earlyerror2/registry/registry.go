// Package registry holds the clients an authorization server knows.
package registry

type App struct {
	ClientID     string
	CallbackURLs []string
}

type Store struct{ apps map[string]*App }

func (s *Store) Find(id string) *App { return s.apps[id] }

// Allows reports whether uri is one of the app's registered callbacks,
// compared exactly.
func (a *App) Allows(uri string) bool {
	for _, u := range a.CallbackURLs {
		if u == uri {
			return true
		}
	}
	return false
}
