// Package cred picks the Azure credential of a cluster login helper:
// the username/password one runs the password grant (reported where it
// is built); the device code and browser ones do not.
package cred

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
)

type Login struct {
	Tenant, App, User, Password string
	Mode                        string
}

func For(l Login) (azcore.TokenCredential, error) {
	switch l.Mode {
	case "ropc":
		return azidentity.NewUsernamePasswordCredential(l.Tenant, l.App, l.User, l.Password, nil) // want `resource owner password credentials grant \(from azidentity.NewUsernamePasswordCredential\)`
	case "device":
		return azidentity.NewDeviceCodeCredential(&azidentity.DeviceCodeCredentialOptions{TenantID: l.Tenant, ClientID: l.App})
	}
	return azidentity.NewInteractiveBrowserCredential(&azidentity.InteractiveBrowserCredentialOptions{TenantID: l.Tenant, ClientID: l.App})
}
