// Package emptytokenbody logs a token endpoint's body only when decoding
// it gave no token (an error reply: silent), and logs it on success too
// (reported).
package emptytokenbody

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"

	"github.com/rs/zerolog/log"
)

type session struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

func (s *session) renew(tokenURL, clientID string) error {
	resp, err := http.PostForm(tokenURL, url.Values{"grant_type": {"refresh_token"}, "client_id": {clientID}, "refresh_token": {s.RefreshToken}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(body, s)
	if s.AccessToken == "" {
		log.Error().Bytes("response", body).Int("status", resp.StatusCode).Msg("renewal failed")
		return io.ErrUnexpectedEOF
	}
	log.Debug().Bytes("response", body).Msg("renewed") // want `token endpoint's response written to a log`
	return nil
}
