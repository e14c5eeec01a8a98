// Package store is the only package that touches bbolt. It keeps every record
// in one file in the data directory and names its operations as the clerk
// would (FileClass, EnrolTrainee, MarkLesson, IssueCertificates).
//
// Where to start reading: write.go. Every change goes through tx.put, which in
// ONE bbolt transaction writes the record, an outbox entry for the bureau
// (outbox.go) and a hash-chained audit entry (audit.go). Identity numbers are
// encrypted at rest with a key kept outside the database (keys.go), and found
// again through a keyed-hash index.
package store
