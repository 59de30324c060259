// A provider that trusts every redirect URI on its own domain's
// subdomains: the check reads the host of the parsed URI through a
// helper of another package, so any path there receives the code.
package crosspkg4

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"example.com/fixtures/redirecturi/crosspkg4/netx"
)

type provider struct {
	domain string
}

type authzParams struct {
	Client   string `json:"client_id"`
	Callback string `json:"redirect_uri"`
	State    string `json:"state"`
}

func (p *provider) trusted(u *url.URL) bool {
	return strings.HasSuffix(netx.HostOf(u), "."+p.domain) // want `redirect_uri matched by suffix \(strings.HasSuffix\), not exact comparison`
}

// kind labels a URI for the audit log: a constant, compared with
// nothing of the URI.
func (p *provider) kind(u *url.URL) bool {
	return strings.HasPrefix(netx.Label(u), "ext")
}

func (p *provider) authorize(w http.ResponseWriter, r *http.Request) {
	var in authzParams
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	target, err := url.Parse(in.Callback)
	if err != nil || !p.trusted(target) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	_ = p.kind(target)
	v := target.Query()
	v.Set("code", "c0de")
	v.Set("state", in.State)
	target.RawQuery = v.Encode()
	http.Redirect(w, r, target.String(), http.StatusFound)
}

func main() {
	p := &provider{domain: "example.com"}
	http.HandleFunc("/authorize", p.authorize)
	_ = http.ListenAndServe(":8080", nil)
}
