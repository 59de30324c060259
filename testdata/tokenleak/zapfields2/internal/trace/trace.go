// Package trace writes request traces with slog attributes.
package trace

import (
	"context"
	"log/slog"
)

// Grant traces a token grant: the access token goes out as an
// attribute, converted from bytes.
func Grant(ctx context.Context, client string, access []byte) {
	slog.Default().LogAttrs(ctx, slog.LevelInfo, "grant", slog.String("client", client), slog.String("access", string(access)))
}

// Quiet traces the client alone.
func Quiet(ctx context.Context, client string, access []byte) {
	slog.Default().LogAttrs(ctx, slog.LevelInfo, "grant", slog.String("client", client), slog.Int("bytes", len(access)))
}
