// A middleware of an API gateway that picks how to reach the tenant's
// identity provider from the tenant's stored settings: comparing their
// grant_type with "password" decides nothing about a request this program
// serves (it issues no tokens). Silent.
package loadedsettings

import (
	"net/http"

	"example.com/fixtures/passwordgrant/loadedsettings/tenants"
)

func Guard(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s := tenants.Load(r.Header.Get("X-Tenant"))
		if s == nil {
			http.Error(w, "unknown tenant", http.StatusForbidden)
			return
		}
		if s.GrantType == "password" {
			next(w, r)
			return
		}
		http.Error(w, "unsupported tenant", http.StatusBadRequest)
	}
}
