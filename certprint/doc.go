// Package certprint turns issued certificates (store records) into the
// pages package printing draws: masked identity number, level label and the
// signed verification URL for the QR code. It is the one path from the store
// to a certificate PDF, shared by the command line and the 结业/证书 screen,
// and it logs every real (non-draft) printing.
//
// printing never imports store; this package sits between them.
package certprint
