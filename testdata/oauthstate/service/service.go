// A web app's service layer returns the login URL to its handlers: not a
// command, so the constant state is judged here, where it is built.
package service

import "golang.org/x/oauth2"

type AuthService struct{ conf *oauth2.Config }

func (s *AuthService) GoogleLogin() string {
	return s.conf.AuthCodeURL("state", oauth2.AccessTypeOffline) // want `constant OAuth state: the state is the constant "state"`
}
