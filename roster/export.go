package roster

import (
	"io"

	"trainingdesk/spreadsheet"
	"trainingdesk/store"
)

// Export writes a class's 花名册 (.xlsx). Identity numbers and phones are
// masked unless fullID: the clerk must ask for the full numbers.
func Export(s *store.Store, classID string, w io.Writer, fullID bool, progress func(done, total int)) error {
	c, err := s.Class(classID)
	if err != nil {
		return err
	}
	list, err := s.Trainees(classID)
	if err != nil {
		return err
	}
	return spreadsheet.WriteRoster(w, c, list, fullID, progress)
}
