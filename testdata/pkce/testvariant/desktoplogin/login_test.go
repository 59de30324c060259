package desktoplogin

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestLoginURL(t *testing.T) {
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.1:47111/done?code=x", http.StatusFound)
	}))
	defer idp.Close()
	u, _ := Login(context.Background(), "desk")
	if u == "" {
		t.Fatal("no URL")
	}
}
