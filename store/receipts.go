package store

import (
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// applyReceipt writes what the bureau told us back onto the record: a class's
// filing number, a certificate's registration. These are the bureau's own
// words, so they are not queued to go back to it.
func (t *tx) applyReceipt(o tdsync.Outcome) error {
	switch o.Kind {
	case training.KindClass:
		var c training.Class
		if ok, err := t.get(o.Kind, o.ID, &c); !ok || err != nil || o.RegNo == "" || c.FilingNo == o.RegNo {
			return err
		}
		c.FilingNo = o.RegNo
		return t.putLocal("人社备案回执", o.Kind, o.ID, c)
	case training.KindCertificate:
		var c training.Certificate
		if ok, err := t.get(o.Kind, o.ID, &c); !ok || err != nil || c.Status == training.CertRevoked {
			return err
		}
		if c.Status == training.CertRegistered && (o.RegNo == "" || c.RegNo == o.RegNo) {
			return nil
		}
		c.Status = training.CertRegistered
		if o.RegNo != "" {
			c.RegNo = o.RegNo
		}
		return t.putLocal("人社登记回执", o.Kind, o.ID, c)
	}
	return nil
}
