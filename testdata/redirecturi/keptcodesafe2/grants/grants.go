// Package grants keeps issued codes' records, whatever their type;
// whatever it reads of them is out of the authorization endpoint's sight.
package grants

type Store interface {
	Put(record any) error
}
