// Package elseplain2 is a token endpoint whose PKCE check switches on the
// method kept with the code: its default clause compares the verifier as
// sent, so plain and an absent method pass (reported). checkStrict's
// default refuses (silent), and the client's derive picks how to make a
// challenge, which is no server's check (silent).
package elseplain2

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
)

type codeRecord struct {
	challenge string
	method    string
}

var issued = map[string]codeRecord{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("nonce_code")
	issued[code] = codeRecord{challenge: r.FormValue("code_challenge"), method: r.FormValue("code_challenge_method")}
	http.Redirect(w, r, "https://app.example.org/cb?code="+code, http.StatusFound)
}

func check(rec codeRecord, verifier string) error {
	switch rec.method {
	case "S256":
		sum := sha256.Sum256([]byte(verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != rec.challenge {
			return errors.New("invalid_grant")
		}
	default: // want `accepts code_challenge_method=plain`
		if verifier != rec.challenge {
			return errors.New("invalid_grant")
		}
	}
	return nil
}

func checkStrict(rec codeRecord, verifier string) error {
	switch rec.method {
	case "S256":
		sum := sha256.Sum256([]byte(verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != rec.challenge {
			return errors.New("invalid_grant")
		}
	default:
		return errors.New("unsupported code_challenge_method")
	}
	return nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("grant_type") != "authorization_code" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	rec, ok := issued[r.FormValue("code")]
	if !ok || check(rec, r.FormValue("code_verifier")) != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"t","token_type":"Bearer"}`))
}

func TokenStrict(w http.ResponseWriter, r *http.Request) {
	rec, ok := issued[r.FormValue("code")]
	if !ok || checkStrict(rec, r.FormValue("code_verifier")) != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"t","token_type":"Bearer"}`))
}
