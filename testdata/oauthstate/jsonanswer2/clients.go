// Package jsonanswer2 is jsonanswer written differently: an admin API
// method that answers with a registered client as an inline map literal
// handed straight to the JSON encoder. No URL: silent.
package jsonanswer2

import (
	"encoding/json"
	"net/http"
	"strings"
)

type Client struct {
	Name      string
	Callbacks []string
}

type AdminAPI struct {
	clients map[string]Client
}

func (a *AdminAPI) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	id := strings.TrimPrefix(req.URL.Path, "/admin/clients/")
	cl, ok := a.clients[id]
	if !ok || len(cl.Callbacks) == 0 {
		http.NotFound(rw, req)
		return
	}
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(map[string]string{
		"client_id":    id,
		"redirect_uri": cl.Callbacks[0],
		"client_name":  cl.Name,
	})
}
