// Command loggedgrant2: the same kind of server, with the grant type read
// from the parsed form into a variable that a logrus field and a Debugf
// log, and nothing else.
package main

import (
	"crypto/rand"
	"encoding/json"
	"net/http"

	"github.com/sirupsen/logrus"
)

var issued = map[string]string{} // code -> subject

func approve(w http.ResponseWriter, r *http.Request) {
	c := rand.Text()
	issued[c] = r.FormValue("user")
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+c+"&state="+r.FormValue("state"), http.StatusFound)
}

func exchange(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	grant := r.PostForm.Get("grant_type")
	logrus.WithField("grant_type", grant).Info("exchange")
	logrus.Debugf("grant %s", grant)
	sub, ok := issued[r.PostForm.Get("code")] // want `reading grant_type only to log it`
	if !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	delete(issued, r.PostForm.Get("code"))
	json.NewEncoder(w).Encode(map[string]string{"access_token": sub + "." + rand.Text(), "token_type": "Bearer"})
}

func main() {
	http.HandleFunc("/approve", approve)
	http.HandleFunc("/token", exchange)
	http.ListenAndServe(":8080", nil)
}
