// Package rtypes maps each response type the provider answers to its
// flow name.
package rtypes

var Flows = map[string]string{
	"code":           "authorization_code",
	"id_token token": "implicit",
}
