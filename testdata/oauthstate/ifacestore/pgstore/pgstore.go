// Package pgstore keeps pending logins in a table.
package pgstore

import "database/sql"

type Store struct{ DB *sql.DB }

func (s *Store) Take(state string) (string, error) {
	var back string
	err := s.DB.QueryRow(`DELETE FROM pending_logins WHERE state = $1 RETURNING return_to`, state).Scan(&back)
	return back, err
}
