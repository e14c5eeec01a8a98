package sync

import (
	"encoding/json"

	"trainingdesk/training"
)

// ProtocolVersion is the version of PROTOCOL.md this package speaks; it is
// also the first element of every path.
const ProtocolVersion = "v1"

// BatchPath is where batches are posted, relative to the endpoint.
const BatchPath = "/api/" + ProtocolVersion + "/batches"

// MaxBatchRecords is the most records the bureau takes in one batch.
const MaxBatchRecords = 1000

// Signature headers (see PROTOCOL.md §3).
const (
	HeaderAppKey    = "X-App-Key"
	HeaderTimestamp = "X-Timestamp"
	HeaderNonce     = "X-Nonce"
	HeaderSignature = "X-Signature"
)

// Record operations.
const (
	OpUpsert = "upsert"
	OpDelete = "delete"
)

// Per-record statuses. Failed is never sent by the bureau: the client uses
// it for a record whose batch got no answer.
const (
	StatusAccepted  = "accepted"
	StatusDuplicate = "duplicate"
	StatusRejected  = "rejected"
	StatusConflict  = "conflict"
	StatusFailed    = "failed"
)

// Rejection codes a record may come back with.
const (
	CodeMissingField  = "missing_field"
	CodeInvalidID     = "invalid_id"
	CodeInvalidValue  = "invalid_value"
	CodeMissingParent = "missing_parent"
	CodeBadData       = "bad_data"
	CodeUnknownKind   = "unknown_kind"
	CodeBadOp         = "bad_op"
	CodeForeignRecord = "foreign_record" // the id is on file for another institution
)

// Batch is the body of POST /api/v1/batches.
type Batch struct {
	BatchID     string        `json:"batch_id"`
	Institution string        `json:"institution"` // 统一社会信用代码
	Records     []BatchRecord `json:"records"`
}

// BatchRecord is one record version on the wire. Data is the JSON of the
// training.* struct of its kind (may be omitted for a delete).
type BatchRecord struct {
	Kind    training.Kind   `json:"kind"`
	ID      string          `json:"id"`
	Version int             `json:"version"`
	Op      string          `json:"op"`
	Data    json.RawMessage `json:"data,omitempty"`
}

// BatchResponse is the 200 answer: one result per record, in batch order.
type BatchResponse struct {
	BatchID string         `json:"batch_id"`
	Results []RecordResult `json:"results"`
}

// RecordResult is the bureau's verdict on one record version.
type RecordResult struct {
	Kind    training.Kind `json:"kind"`
	ID      string        `json:"id"`
	Version int           `json:"version"`
	Status  string        `json:"status"`
	RegNo   string        `json:"reg_no,omitempty"`
	Code    string        `json:"code,omitempty"`
	Field   string        `json:"field,omitempty"`
	Message string        `json:"message,omitempty"`
	// HeldVersion, on a conflict, is the newest version the bureau holds:
	// the client sends its content again under a version above it.
	HeldVersion int `json:"held_version,omitempty"`
}

// ErrorBody is the JSON body of every non-200 answer.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Request-level error codes (in ErrorBody.Code).
const (
	ErrCodeUnsigned       = "unsigned"
	ErrCodeBadAppKey      = "bad_app_key"
	ErrCodeStaleTimestamp = "stale_timestamp"
	ErrCodeBadSignature   = "bad_signature"
	ErrCodeReplayedNonce  = "replayed_nonce"
	ErrCodeRateLimited    = "rate_limited"
	ErrCodeBadRequest     = "bad_request"
	ErrCodeTooLarge       = "too_large"
	ErrCodeInternal       = "internal"
	// The batch's institution is not a valid USCC, or not the one the app
	// key was issued to.
	ErrCodeInvalidInstitution = "invalid_institution"
	ErrCodeWrongInstitution   = "wrong_institution"
	ErrCodeLengthRequired     = "length_required" // no Content-Length
	ErrCodeBodyTimeout        = "body_timeout"    // the body came too slowly
)
