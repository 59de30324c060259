// Authorization URLs whose scope is written with a bare space (servers
// accept it): still requests, so a missing state is reported; the one
// with a state is silent.
package spacedscope

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"os"
)

func connectCalendar(w http.ResponseWriter, r *http.Request) {
	u := "https://login.example.net/common/oauth2/v2.0/authorize" + // want `authorization request without a state`
		"?client_id=" + os.Getenv("CAL_CLIENT") +
		"&response_type=code" +
		"&redirect_uri=https://planner.example.com/import/calendar" +
		"&scope=Calendars.Read offline_access"
	http.Redirect(w, r, u, http.StatusFound)
}

func signIn(w http.ResponseWriter, r *http.Request) {
	u := fmt.Sprintf("https://sso.example.org/auth?response_type=code&client_id=%s&redirect_uri=%s&scope=openid profile", // want `authorization request without a state`
		os.Getenv("SSO_CLIENT"), "https://planner.example.com/cb")
	http.Redirect(w, r, u, http.StatusFound)
}

func signInWithState(w http.ResponseWriter, r *http.Request) {
	st := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, Secure: true, HttpOnly: true})
	u := fmt.Sprintf("https://sso.example.org/auth?response_type=code&client_id=%s&state=%s&scope=openid profile",
		os.Getenv("SSO_CLIENT"), st)
	http.Redirect(w, r, u, http.StatusFound)
}
