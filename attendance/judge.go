package attendance

import (
	"time"

	"trainingdesk/training"
)

// Judge decides a status from the sign-in and sign-out times of a lesson
// that runs from start to end; a zero time is a missing punch.
//
//   - no sign-in, or a sign-in at or after end → absent
//   - sign-out missing or before end−EarlyTolerance → early_leave
//     (this wins over late, see the package comment)
//   - sign-in after start+LateTolerance → late
//   - otherwise present; both tolerance edges are inclusive.
func Judge(start, end, signIn, signOut time.Time, r Rules) string {
	if signIn.IsZero() || !signIn.Before(end) {
		return training.Absent
	}
	if signOut.IsZero() || signOut.Before(end.Add(-r.EarlyTolerance)) {
		return training.EarlyLeave
	}
	if signIn.After(start.Add(r.LateTolerance)) {
		return training.Late
	}
	return training.Present
}
