package assets

import "embed"

// Codes holds the code tables (民族, 文化程度, 性别, 人员类别) as JSON,
// read by package codes.
//
//go:embed codes/*.json
var Codes embed.FS
