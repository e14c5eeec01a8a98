package assets

import _ "embed"

// VerifyPage is the static certificate verification page; its /*DATA*/ and
// /*NACL*/ markers are filled when an institution exports it.
//
//go:embed verify/page.html
var VerifyPage string

// TweetNaCl is TweetNaCl.js (public domain, licence in verify/), the page's
// Ed25519 fallback for browsers whose WebCrypto lacks Ed25519.
//
//go:embed verify/nacl.min.js
var TweetNaCl string
