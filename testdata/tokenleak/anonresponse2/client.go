// A client that decodes a refresh answer into an anonymous struct.
package anonresponse2

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/sirupsen/logrus"
)

func refresh(endpoint, clientID, rt string) (string, error) {
	resp, err := http.PostForm(endpoint, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}, "client_id": {clientID}})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var answer struct {
		Access  string `json:"access_token"`
		Refresh string `json:"refresh_token,omitempty"`
		Expires int64  `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return "", err
	}
	logrus.Debugf("refreshed: %+v", answer) // want `token endpoint.s response written to a log`
	logrus.Infof("refreshed, expires in %ds", answer.Expires)
	return answer.Access, nil
}
