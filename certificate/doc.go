// Package certificate formats certificate numbers and signs the payload of a
// certificate's QR code, so that anyone holding the institution's public key
// (the labour bureau, an employer's phone) can tell a genuine certificate from
// an altered one without a network connection.
//
// The QR code carries no clear name and no identity number: only the number,
// an 8-byte digest of the name, the issue date and the status.
//
// It imports only the standard library, errs and training.
package certificate
