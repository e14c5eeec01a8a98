package store

import (
	"encoding/json"
)

// QRImage is a certificate's QR code as rendered for its current state.
// Rendering costs more than drawing the page it sits on, and the signed text
// only changes with the certificate's state, so it is kept. It is derived
// data: not audited, not synced, and rendered again whenever the text differs.
type QRImage struct {
	Number string `json:"-"`
	Text   string `json:"text"`
	PNG    []byte `json:"png"`
}

// QRImage returns the kept image of a certificate if it was rendered from
// exactly this text, else nil.
func (s *Store) QRImage(number, text string) []byte {
	var img QRImage
	_ = s.view(func(t *tx) error {
		if raw := t.index(ixQRImages).Get([]byte(number)); raw != nil {
			_ = json.Unmarshal(raw, &img)
		}
		return nil
	})
	if img.Text != text {
		return nil
	}
	return img.PNG
}

// KeepQRImages stores rendered images in one transaction.
func (s *Store) KeepQRImages(images []QRImage) error {
	return s.commit(func(t *tx) error {
		b := t.index(ixQRImages)
		for _, img := range images {
			raw, _ := json.Marshal(img)
			if err := b.Put([]byte(img.Number), raw); err != nil {
				return err
			}
		}
		return nil
	})
}
