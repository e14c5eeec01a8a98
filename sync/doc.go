// Package sync pushes the outbox to the labour bureau (人社局) over the
// protocol described in PROTOCOL.md: signed JSON batches over HTTPS, one
// result per record, dependency order (parents first), exponential backoff
// with full jitter, and adaptive batch sizes.
//
// It is the only network client of the program. The store implements
// Outbox; a province that speaks its own dialect gets its own Transport.
// Import it as tdsync "trainingdesk/sync" to keep it apart from the
// standard library's sync.
package sync
