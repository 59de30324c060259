package unboundlater2

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

func randomState() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func redeem(ctx context.Context, code string) (string, error) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"redirect_uri":  {"https://app.example.org/cb"},
		"client_id":     {"web-7"},
		"client_secret": {"s3cr3t-from-vault"},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://accounts.example.org/o/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Subject string `json:"sub"`
	}
	return out.Subject, json.NewDecoder(resp.Body).Decode(&out)
}
