// Package safe holds states in fields the model cannot or need not doubt.
package safe

import (
	"crypto/rand"
	"encoding/base64"
	"flag"
	mrand "math/rand"
	"net/http"
	"strconv"

	"golang.org/x/oauth2"
)

// random: drawn from crypto/rand.
type random struct {
	conf  *oauth2.Config
	state string
}

func newRandom(conf *oauth2.Config) *random {
	b := make([]byte, 24)
	rand.Read(b)
	return &random{conf: conf, state: base64.RawURLEncoding.EncodeToString(b)}
}

func (x *random) Start(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, x.conf.AuthCodeURL(x.state), http.StatusFound)
}

// flagged: its address goes to the flag package, which may set it to
// anything: unknown, silent, although the default comes from math/rand.
type flagged struct {
	conf  *oauth2.Config
	state string
}

func newFlagged(conf *oauth2.Config) *flagged {
	f := &flagged{conf: conf, state: string(rune('a' + mrand.Intn(26)))}
	flag.StringVar(&f.state, "state", f.state, "state to send")
	return f
}

func (f *flagged) URL() string { return f.conf.AuthCodeURL(f.state) }

// mixed: one write is random, another predictable; which one a login sees
// depends on the run: not known, silent.
type mixed struct {
	conf  *oauth2.Config
	state string
}

func (m *mixed) renew(strong bool) {
	if strong {
		m.state = oauth2.GenerateVerifier()
		return
	}
	m.state = strconv.Itoa(mrand.Int())
}

func (m *mixed) URL() string { return m.conf.AuthCodeURL(m.state) }

// caller: the caller's value, which this package cannot judge.
type caller struct {
	conf  *oauth2.Config
	state string
}

func withState(conf *oauth2.Config, state string) *caller { return &caller{conf, state} }

func (c *caller) URL() string { return c.conf.AuthCodeURL(c.state) }

// Exported fields can be set by any importer: unknown.
type Public struct {
	Conf  *oauth2.Config
	State string
}

func NewPublic(conf *oauth2.Config) *Public {
	return &Public{Conf: conf, State: "fixed"}
}

func (p *Public) URL() string { return p.Conf.AuthCodeURL(p.State) }
