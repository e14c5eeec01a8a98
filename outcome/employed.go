package outcome

import (
	"time"

	"trainingdesk/training"
)

// EmployedWithin is the rule subsidies and 就业率 are paid by: the first
// entry that shows the trainee employed (or self-employed, or in flexible
// work where that counts) from a day no later than months after the class
// end, carrying a proof of that status when evidence is required. The entry
// is returned so a claim can cite it; false when there is none.
func EmployedWithin(entries []Entry, classEnd time.Time, months int, st Settings) (Entry, bool) {
	deadline := AddMonths(training.Day(classEnd), months)
	var best Entry
	found := false
	for _, e := range entries {
		if !e.Status.CountsAsEmployed(st.FlexibleCounts) {
			continue
		}
		if st.EvidenceRequired && !e.HasEvidenceFor() {
			continue
		}
		if training.Day(e.From()).After(deadline) || training.Day(e.Date).Before(training.Day(classEnd)) {
			continue
		}
		if !found || e.Date.Before(best.Date) {
			best, found = e, true
		}
	}
	return best, found
}

// WindowCloses is the last day of the N-month window after a class end.
func WindowCloses(classEnd time.Time, months int) time.Time {
	return AddMonths(training.Day(classEnd), months)
}
