package followup

import (
	"strings"

	"trainingdesk/outcome"
	"trainingdesk/store"
)

// Column headers of the follow-up sheet, the same words as the fields, so
// that an error names the column the clerk sees.
var (
	colTraineeID  = "学员编号"
	colName       = "姓名"
	colIDMasked   = "证件号码（脱敏）"
	colIDNumber   = store.FieldIDNumber.Label()
	colCheckpoint = "跟踪节点"
	colDue        = "应跟踪日期"
	colDate       = outcome.FieldDate.Label()
	colStatus     = outcome.FieldStatus.Label()
	colEmployer   = outcome.FieldEmployer.Label()
	colEmpUSCC    = outcome.FieldEmployerUSCC.Label()
	colStart      = outcome.FieldStart.Label()
	colJob        = outcome.FieldJob.Label()
	colContract   = outcome.FieldContractMonths.Label()
	colWage       = "月工资（元）"
	colEvidence   = outcome.FieldEvidence.Label()
	colRef        = outcome.FieldEvidenceRef.Label()
	colBizName    = outcome.FieldBusinessName.Label()
	colBizUSCC    = outcome.FieldBusinessUSCC.Label()
	colRegistered = outcome.FieldRegistered.Label()
	colEmployees  = outcome.FieldEmployees.Label()
	colOperating  = outcome.FieldOperating.Label()
	colNote       = outcome.FieldNote.Label()
)

// templateColumns is the sheet's column order.
var templateColumns = []string{colTraineeID, colName, colIDMasked, colCheckpoint, colDue, colDate, colStatus, colEmployer, colEmpUSCC,
	colStart, colJob, colContract, colWage, colEvidence, colRef, colBizName, colBizUSCC, colRegistered, colEmployees, colOperating, colNote}

// answerColumns are what the clerk fills in; a row with none is skipped.
var answerColumns = []string{colDate, colStatus, colEmployer, colEmpUSCC, colStart, colJob, colContract, colWage, colEvidence, colRef,
	colBizName, colBizUSCC, colRegistered, colEmployees, colOperating, colNote}

// normalize makes headers comparable: no spaces, half-width brackets.
func normalize(h string) string {
	h = strings.Join(strings.Fields(h), "")
	return strings.NewReplacer("(", "（", ")", "）", "\u3000", "").Replace(h)
}
