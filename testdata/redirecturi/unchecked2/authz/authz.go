// Package authz: the same endpoint written differently: the URI parsed
// with url.Parse, the response written into its query with url.Values
// (and, for the implicit grant, into its fragment), in methods of a
// handler type; codes come from another package.
package authz

import (
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/unchecked2/codes"
)

const redirectParam = "redirect_url"

type Handler struct {
	Issuer *codes.Issuer
}

func (h *Handler) Approve(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(r.URL.Query().Get(redirectParam))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	q := target.Query()
	q.Set("code", h.Issuer.Code(r.URL.Query().Get("client_id")))
	q.Set("state", r.URL.Query().Get("state"))
	target.RawQuery = q.Encode()
	http.Redirect(w, r, target.String(), http.StatusSeeOther) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 21\)`
}

func (h *Handler) Token(w http.ResponseWriter, r *http.Request) {
	back := r.FormValue("redirect_uri")
	tok := h.Issuer.Token(r.FormValue("client_id"))
	http.Redirect(w, r, back+"#access_token="+tok+"&token_type=Bearer", http.StatusFound) // want `redirect_uri never checked: this authorization response sends the access token`
}
