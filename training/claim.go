package training

import "time"

// Claim states (申领状态).
const (
	ClaimDraft     = "draft"       // exported, not yet handed in
	ClaimSubmitted = "submitted"   // handed in to the bureau
	ClaimPaid      = "paid"        // the whole amount arrived
	ClaimPartPaid  = "partly_paid" // less than claimed arrived
	ClaimReturned  = "returned"    // the bureau sent the file back
)

// ClaimStateLabel is the Chinese word for a claim state.
func ClaimStateLabel(s string) string {
	switch s {
	case ClaimDraft:
		return "草稿"
	case ClaimSubmitted:
		return "已提交"
	case ClaimPaid:
		return "已到账"
	case ClaimPartPaid:
		return "部分到账"
	case ClaimReturned:
		return "已退回"
	}
	return s
}

// Claim is one 补贴申领 of a class for a stage (completion or employment):
// the trainees it holds with their amounts, and what the bureau paid.
// Money is in 分.
type Claim struct {
	ID           string      `json:"id"`
	ClassID      string      `json:"class_id"`
	Stage        string      `json:"stage"` // completion | employment
	Batch        int         `json:"batch"` // 1, 2 … per class and stage
	State        string      `json:"state"`
	Mode         string      `json:"mode"` // split | tiered
	Lines        []ClaimLine `json:"lines"`
	ClaimedFen   int64       `json:"claimed_fen"`
	SubmittedOn  time.Time   `json:"submitted_on,omitempty"`
	ReceivedFen  int64       `json:"received_fen"`
	PaidOn       time.Time   `json:"paid_on,omitempty"`
	ReturnReason string      `json:"return_reason,omitempty"`
	ReturnedOn   time.Time   `json:"returned_on,omitempty"`
	Version      int         `json:"version"`
	UpdatedAt    time.Time   `json:"updated_at"`
}

// ClaimLine is one trainee's amount in a claim.
type ClaimLine struct {
	TraineeID     string `json:"trainee_id"`
	AmountFen     int64  `json:"amount_fen"`
	CertificateNo string `json:"certificate_no,omitempty"`
	FollowUpID    string `json:"followup_id,omitempty"` // the 就业跟踪 entry proving employment
}

// Holds reports whether a claim in this state keeps its trainees from
// being claimed again (a returned claim or a draft does not).
func (c Claim) Holds() bool {
	return c.State == ClaimSubmitted || c.State == ClaimPaid || c.State == ClaimPartPaid
}
