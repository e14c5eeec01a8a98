package store

import (
	"bytes"
	"encoding/binary"

	"trainingdesk/training"
)

// A certificate's QR code changes with its state (issued, registered by the
// bureau, revoked, replaced). Every write of a certificate notes it here in
// the same transaction, so that its image can be rendered again in the
// background before anyone prints, instead of during the first print.
var ixQRStale = []byte("qr_stale") // class id|number → change sequence

func (t *tx) noteQRStale(v any) error {
	c, ok := v.(training.Certificate)
	if !ok {
		return nil
	}
	b := t.index(ixQRStale)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	return b.Put([]byte(c.ClassID+"|"+c.Number), u64(seq))
}

// QRStaleClasses lists the classes with certificates whose QR image is to be
// rendered again, each once; gen is for QRRendered.
func (s *Store) QRStaleClasses() (classes []string, gen uint64, err error) {
	var out []string
	err = s.view(func(t *tx) error {
		gen = t.index(ixQRStale).Sequence()
		c := t.index(ixQRStale).Cursor()
		for k, _ := c.First(); k != nil; {
			i := bytes.IndexByte(k, '|')
			if i < 0 {
				k, _ = c.Next()
				continue
			}
			class := append([]byte(nil), k[:i+1]...)
			out = append(out, string(class[:i]))
			// jump past this class's entries
			k, _ = c.Seek(append(class[:i:i], '|'+1))
		}
		return nil
	})
	return out, gen, err
}

// QRRendered clears the notes of a class's certificates changed up to gen
// (from QRStaleClasses), once their images are rendered; later changes stay
// noted.
func (s *Store) QRRendered(classID string, gen uint64) error {
	return s.commit(func(t *tx) error {
		b := t.index(ixQRStale)
		c := b.Cursor()
		p := []byte(classID + "|")
		var done [][]byte
		for k, v := c.Seek(p); k != nil && hasPrefix(k, p); k, v = c.Next() {
			if len(v) == 8 && binary.BigEndian.Uint64(v) <= gen {
				done = append(done, append([]byte(nil), k...))
			}
		}
		for _, k := range done {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}
