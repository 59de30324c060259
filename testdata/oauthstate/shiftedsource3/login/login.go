// A web app taking its state from strgen.Fast (math/rand: reported) and
// from strgen.Safe (crypto/rand: silent).
package login

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/shiftedsource3/strgen"
)

type handler struct{ oauth *oauth2.Config }

func (h *handler) start(w http.ResponseWriter, r *http.Request) {
	st := strgen.Fast(24)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: st, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, h.oauth.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand`
}

type safeHandler struct{ oauth *oauth2.Config }

func (h *safeHandler) start(w http.ResponseWriter, r *http.Request) {
	st := strgen.Safe(24)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: st, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, h.oauth.AuthCodeURL(st), http.StatusFound)
}
