// Package outcome holds what happens after a class, as pure rules: a
// trainee's withdrawal (退学), the follow-up entries of employment and
// business (就业跟踪), the checkpoints at which a trainee is due a call, the
// rule "employed within N months, with evidence", and the scorecard an
// institution is judged and paid by. No I/O: the store keeps the records and
// the faces show them.
package outcome
