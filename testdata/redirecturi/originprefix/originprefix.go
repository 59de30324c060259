// Package originprefix: a login endpoint that sends its session token
// back to the redirect_uri the request names, once that URI's origin is
// allowed. Against the configured origins it tests origin == o or
// HasPrefix(origin, o+"/"): an origin (scheme and host) holds no "/", so
// the prefix test never passes and the check is exact (silent). The
// preview-deployment suffix lets any host under vercel.app through, and
// a prefix that ends in a path lets every page under it through: both
// reported.
package originprefix

import (
	"net/http"
	"net/url"
	"strings"
)

type Config struct {
	Origins       []string
	AllowPreviews bool
}

func allowed(raw string, cfg Config) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	origin := u.Scheme + "://" + u.Host
	if cfg.AllowPreviews && strings.HasSuffix(origin, ".vercel.app") { // want `redirect_uri matched by suffix \(strings.HasSuffix\), not exact comparison: every host under vercel.app passes, including one the attacker can make there \(attacker.vercel.app`
		return true
	}
	if strings.HasPrefix(raw, "https://app.example.com/account/") { // want `redirect_uri matched by prefix \(strings.HasPrefix\), not exact comparison: any URI under the registered one passes`
		return true
	}
	for _, o := range cfg.Origins {
		if origin == o || strings.HasPrefix(origin, o+"/") {
			return true
		}
	}
	return false
}

func Finish(cfg Config, session func(*http.Request) string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		target := r.URL.Query().Get("redirect_uri")
		if !allowed(target, cfg) {
			http.Error(w, "redirect_uri not allowed", http.StatusBadRequest)
			return
		}
		u, _ := url.Parse(target)
		q := u.Query()
		q.Set("code", session(r))
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.String(), http.StatusFound)
	}
}
