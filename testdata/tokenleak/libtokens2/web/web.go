// Package web hands a renewed access token back to the browser in a
// query (reported) and the user name in one (silent).
package web

import (
	"net/http"
	"net/url"

	"github.com/go-oauth2/oauth2/v4/manage"

	"example.com/fixtures/tokenleak/libtokens2/store"
)

func Renew(m *manage.Manager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		info, err := store.Lookup(r.Context(), m, r.FormValue("rt"))
		if err != nil {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		back := "https://app.example/renewed?user=" + url.QueryEscape(info.GetUserID())
		http.Redirect(w, r, back, http.StatusFound)
		next := url.Values{"at": {info.GetAccess()}} // want `access token in a URL query: .* carries at=`
		http.Redirect(w, r, "https://app.example/renewed?"+next.Encode(), http.StatusFound)
	}
}
