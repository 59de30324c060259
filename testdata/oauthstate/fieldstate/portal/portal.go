// Package portal keeps its state in a field set by a keyed literal from the
// clock: predictable, whatever the struct and field are called.
package portal

import (
	"net/http"
	"strconv"
	"time"

	"golang.org/x/oauth2"
)

type flow struct {
	cfg   *oauth2.Config
	token string
}

type Handler struct {
	pending *flow
}

func NewHandler(cfg *oauth2.Config) *Handler {
	return &Handler{pending: &flow{cfg: cfg, token: strconv.FormatInt(time.Now().UnixNano(), 36)}}
}

func (h *Handler) Start(w http.ResponseWriter, r *http.Request) {
	f := h.pending
	http.Redirect(w, r, f.cfg.AuthCodeURL(f.token), http.StatusFound) // want `predictable OAuth state: the state comes from .*time.*kept in the field token`
}
