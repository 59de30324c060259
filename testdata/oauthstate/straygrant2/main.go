// Command straygrant2 is straygrant written another way: the stray pair
// is formatted into the URL, which the login page redirects to; one
// login sends no state (reported), the other a fresh one (silent).
package main

import (
	"crypto/rand"
	"fmt"
	"net/http"
)

const format = "https://sso.example.org/oauth/authorize?response_type=code&grant_type=authorization_code&client_id=%s&redirect_uri=%s"

func login(w http.ResponseWriter, r *http.Request) {
	target := fmt.Sprintf(format, "portal", "https://portal.example.org/cb") // want `authorization request without a state`
	http.Redirect(w, r, target, http.StatusFound)
}

func loginWithState(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, fmt.Sprintf(format+"&state=%s", "portal", "https://portal.example.org/cb", st), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, "code", len(r.FormValue("code")))
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/login2", loginWithState)
	http.HandleFunc("/cb", callback)
	_ = http.ListenAndServe(":8080", nil)
}
