// An authorization endpoint that refuses the token response type and
// logs the refusal with logrus fields naming client_id and
// response_type: a log line, no authorization request. Nothing is
// reported.
package logfields

import (
	"net/http"

	"github.com/sirupsen/logrus"
)

const tokenType = "token"

func authorize(w http.ResponseWriter, r *http.Request) {
	if rt := r.URL.Query().Get("response_type"); rt != "code" {
		logrus.WithFields(logrus.Fields{
			"client_id":     r.URL.Query().Get("client_id"),
			"response_type": tokenType,
		}).Warn("unsupported response type")
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/login?"+r.URL.RawQuery, http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	_ = http.ListenAndServe(":8080", nil)
}
