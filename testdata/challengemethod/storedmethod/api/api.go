// Package api is the HTTP layer: it copies the request's challenge and
// method into the stored request.
package api

import (
	"net/http"

	"example.com/fixtures/challengemethod/storedmethod/model"
	"example.com/fixtures/challengemethod/storedmethod/service"
)

type API struct{ svc *service.Service }

func (a *API) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	a.svc.Begin("code-1", model.AuthRequest{
		ClientID:        q.Get("client_id"),
		Challenge:       q.Get("code_challenge"),
		ChallengeMethod: model.Method(q.Get("code_challenge_method")),
	})
}

func (a *API) Token(w http.ResponseWriter, r *http.Request) {
	if err := a.svc.Redeem(r.PostFormValue("code"), r.PostFormValue("code_verifier")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
