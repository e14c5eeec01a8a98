package assets

import "embed"

// Templates holds the printed forms' layouts (JSON), e.g.
// templates/certificate.json, read by package printing.
//
//go:embed templates/*.json templates/*.txt
var Templates embed.FS
