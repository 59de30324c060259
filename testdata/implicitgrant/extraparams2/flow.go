// Package flow builds authorization URLs for a web front end, with the
// caller's extra parameters appended: Add keeps what the flow chose (the
// implicit flow stays implicit), Set over unknown keys may replace any
// parameter (the flow's response_type is then only what it may be).
package flow

import (
	"net/http"
	"net/url"
)

type Param struct{ Name, Value string }

type Options struct {
	Flow      string // "code" or "fragment"
	ClientID  string
	Redirect  string
	Challenge string
	Extra     []Param
	Overrides map[string]string
}

func authorizeValues(o Options, state string) url.Values {
	v := make(url.Values)
	v.Set("client_id", o.ClientID)
	v.Set("redirect_uri", o.Redirect)
	v.Set("state", state)
	switch o.Flow {
	case "fragment":
		v.Add("response_type", "token") // want `implicit grant when o.Flow is "fragment": response_type="token"`
	default:
		v.Add("response_type", "code")
		v.Add("code_challenge", o.Challenge)
		v.Add("code_challenge_method", "S256")
	}
	for i := range o.Extra {
		p := o.Extra[i]
		v.Add(p.Name, p.Value)
	}
	return v
}

// Redirect sends the browser to the authorization endpoint.
func Redirect(w http.ResponseWriter, r *http.Request, o Options, state string) {
	v := authorizeValues(o, state)
	http.Redirect(w, r, "https://sso.wingtip-toys.com/authorize?"+v.Encode(), http.StatusFound)
}

// Overridden lets the caller replace any parameter: the token flow is
// the default, which the overrides may change, so it "may be" implicit.
func Overridden(w http.ResponseWriter, r *http.Request, o Options, state string) {
	q := url.Values{"client_id": {o.ClientID}, "state": {state}}
	q.Set("response_type", "token") // want `implicit grant: response_type may be "token"`
	for k, val := range o.Overrides {
		q.Set(k, val)
	}
	http.Redirect(w, r, "https://sso.wingtip-toys.com/authorize?"+q.Encode(), http.StatusFound)
}

// Appended adds the caller's parameters to a code flow: still a code
// flow with PKCE, nothing to report.
func Appended(w http.ResponseWriter, r *http.Request, o Options, state string) {
	q := url.Values{}
	q.Add("response_type", "code")
	q.Add("client_id", o.ClientID)
	q.Add("state", state)
	q.Add("code_challenge", o.Challenge)
	q.Add("code_challenge_method", "S256")
	for k, val := range o.Overrides {
		q.Add(k, val)
	}
	http.Redirect(w, r, "https://sso.wingtip-toys.com/authorize?"+q.Encode(), http.StatusFound)
}
