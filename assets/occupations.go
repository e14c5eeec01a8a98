package assets

import _ "embed"

// Occupations is the 职业分类大典（2022年版）catalogue (public-comment draft,
// CC BY 4.0, cleaned; see occupations/NOTICE.md).
//
//go:embed occupations/occupations-2022.json
var Occupations []byte
