// Package tokens keeps a user's tokens and records, through zap's
// structured fields, what it does with them.
package tokens

import "go.uber.org/zap"

type Store struct {
	logger *zap.Logger
	byUser map[string]string
}

func New(l *zap.Logger) *Store { return &Store{logger: l, byUser: map[string]string{}} }

// Save keeps a refresh token and logs it as a field.
func (s *Store) Save(user, refresh string) {
	s.logger.Info("saved token", zap.String("user", user), zap.String("refresh_token", refresh))
	s.byUser[user] = refresh
}

// Forget logs only the length of the token it drops.
func (s *Store) Forget(user, refresh string) {
	s.logger.Info("forgot token", zap.String("user", user), zap.Int("len", len(refresh)))
	delete(s.byUser, user)
}
