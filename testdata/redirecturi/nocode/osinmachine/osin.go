// Package osinmachine: an osin server whose access types list only
// client_credentials; its authorize types are emptied too.
package osinmachine

import "github.com/openshift/osin"

func New(storage osin.Storage) *osin.Server {
	config := osin.NewServerConfig()
	config.AllowedAccessTypes = osin.AllowedAccessType{osin.CLIENT_CREDENTIALS, osin.REFRESH_TOKEN}
	config.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{}
	return osin.NewServer(config, storage)
}
