// Package maskedquery logs each request's query after masking its
// credentials (silent), and logs the refresh request it sends upstream
// whole, refresh token included (reported).
package maskedquery

import (
	"log/slog"
	"net/http"
	"net/url"
)

func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		for _, k := range []string{"code", "refresh_token", "access_token"} {
			if q.Has(k) {
				q.Set(k, "***")
			}
		}
		if q.Has("refresh_token") {
			q.Set("refresh_token", "[masked]")
		}
		slog.Info("request", "path", r.URL.Path, "query", q.Encode())
		next.ServeHTTP(w, r)
	})
}

func Refresh(tokenURL, clientID, rt string) (*http.Response, error) {
	form := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}, "client_id": {clientID}}
	slog.Debug("refreshing", "body", form.Encode()) // want `refresh token written to a log`
	return http.PostForm(tokenURL, form)
}
