package sync

import "time"

// Summary counts what one Run did. Failed counts failed attempts (a record
// that failed twice and then went through counts in Failed twice and in
// Sent once).
type Summary struct {
	Sent       int `json:"sent"`       // accepted by the bureau
	Duplicates int `json:"duplicates"` // the bureau already had them: delivered
	Rejected   int `json:"rejected"`   // quarantined until the clerk fixes them
	Conflicts  int `json:"conflicts"`  // version already used with other content: re-sent under a higher one
	Failed     int `json:"failed"`     // attempts that will be retried
	Resent     int `json:"resent"`     // sent again at once: their batch went unanswered far longer than usual
	Batches    int `json:"batches"`
}

// BatchLog is one batch as the GUI's recent-uploads list shows it.
type BatchLog struct {
	ID         string        `json:"id"`
	At         time.Time     `json:"at"`
	Records    int           `json:"records"`
	Accepted   int           `json:"accepted"`
	Duplicates int           `json:"duplicates"`
	Rejected   int           `json:"rejected"`
	Conflicts  int           `json:"conflicts"`
	Failed     int           `json:"failed"`
	Duration   time.Duration `json:"duration_ns"`
	Error      string        `json:"error,omitempty"` // Chinese, for a batch that got no answer
}

// Progress is reported after every batch and while waiting for
// backing-off records.
type Progress struct {
	Summary             // so far in this Run
	BatchSize int       // the size the next batch will have
	Batch     *BatchLog // the batch just finished; nil while waiting
	WaitUntil time.Time // set while waiting for records to come off backoff
}

// logSize is how many recent batches Log keeps.
const logSize = 50

func (s *Sender) addLog(l BatchLog) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	s.log = append(s.log, l)
	if len(s.log) > logSize {
		s.log = append(s.log[:0], s.log[len(s.log)-logSize:]...)
	}
}

// Log returns the last 50 batches, newest first.
func (s *Sender) Log() []BatchLog {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	out := make([]BatchLog, len(s.log))
	for i, l := range s.log {
		out[len(s.log)-1-i] = l
	}
	return out
}
