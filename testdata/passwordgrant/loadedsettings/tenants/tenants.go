// Package tenants keeps each tenant's identity settings, stored as
// documents.
package tenants

type Settings struct {
	GrantType    string `bson:"grant_type" json:"grant_type"`
	ClientID     string `bson:"client_id" json:"client_id"`
	ClientSecret string `bson:"client_secret" json:"client_secret"`
	TokenURL     string `bson:"url" json:"url"`
}

var byID = map[string]*Settings{}

// Load returns a tenant's settings.
func Load(id string) *Settings { return byID[id] }
