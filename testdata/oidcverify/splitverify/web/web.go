package web

import (
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"example.com/fixtures/oidcverify/splitverify/auth"
)

type Handler struct {
	Conf     *oauth2.Config
	Verifier *oidc.IDTokenVerifier
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request, state, nonce string) {
	http.Redirect(w, r, h.Conf.AuthCodeURL(state, oidc.Nonce(nonce)), http.StatusFound)
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request, nonce string) {
	tok, err := h.Conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	raw, _ := tok.Extra("id_token").(string)
	if _, err := auth.Verify(r.Context(), h.Verifier, raw, nonce); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}
