// Package filledstruct2 fills a pointer to its own request type from the
// form and checks it with a validator of the package that reads the
// scope and client only (reported); its strict endpoint's validator
// compares the callback (silent).
package filledstruct2

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

type grant struct {
	Client   string
	Scope    string
	Callback string `form:"redirect_uri"`
}

var registered = map[string]string{"app": "https://app.example/cb"}

func checkScope(g *grant) bool { return g.Scope == "openid" && registered[g.Client] != "" }

func checkAll(g *grant) bool { return checkScope(g) && registered[g.Client] == g.Callback }

func code() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Approve(w http.ResponseWriter, r *http.Request) {
	g := &grant{Client: r.FormValue("client_id"), Scope: r.FormValue("scope"), Callback: r.FormValue("redirect_uri")}
	if !checkScope(g) {
		http.Error(w, "invalid_scope", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, g.Callback+"?code="+code(), http.StatusFound) // want `redirect_uri never checked`
}

func ApproveStrict(w http.ResponseWriter, r *http.Request) {
	g := &grant{Client: r.FormValue("client_id"), Scope: r.FormValue("scope"), Callback: r.FormValue("redirect_uri")}
	if !checkAll(g) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, g.Callback+"?code="+code(), http.StatusFound)
}
