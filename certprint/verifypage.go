package certprint

import (
	"io"

	"trainingdesk/store"
	"trainingdesk/verifypage"
)

// WriteVerifyPage writes the offline verification page for this
// institution: its keys and the revoked/superseded list as of now. The CLI
// (certificates verify-page) and the 设置 button both call it.
func WriteVerifyPage(s *store.Store, w io.Writer) error {
	keys, err := s.VerificationKeys()
	if err != nil {
		return err
	}
	revoked, replaced, asOf, err := s.CertificateStates()
	if err != nil {
		return err
	}
	inst, _, err := s.Institution()
	if err != nil {
		return err
	}
	return verifypage.Write(w, verifypage.Data{Institution: inst.Name, Keys: keys, Revoked: revoked,
		Replaced: replaced, Exported: asOf})
}
