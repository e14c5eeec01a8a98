package store

import (
	"crypto/sha256"
	"encoding/hex"

	"trainingdesk/errs"
)

func photoKey(traineeID string) []byte { return []byte("photo/" + traineeID) }

// SavePhotos stores trainees' 1-inch photos (already prepared), sealed like
// identity numbers, in one transaction, each audited. A photo replaces the
// trainee's earlier one.
func (s *Store) SavePhotos(photos map[string][]byte) error {
	return s.update(func(t *tx) error {
		for id, jpg := range photos {
			if _, err := t.trainee(id); err != nil {
				return errs.E(errs.NotFound, "照片对应的学员已不存在："+err.Error())
			}
			key := photoKey(id)
			if err := t.index(ixFiles).Put(key, t.s.k.seal(jpg, string(key))); err != nil {
				return err
			}
			sum := sha256.Sum256(jpg)
			if err := t.note("导入照片", "photo", id, hex.EncodeToString(sum[:12])); err != nil {
				return err
			}
		}
		return nil
	})
}

// Photo is a trainee's 1-inch photo (JPEG), or nil when there is none.
func (s *Store) Photo(traineeID string) ([]byte, error) {
	var out []byte
	err := s.view(func(t *tx) error {
		key := photoKey(traineeID)
		sealed := t.index(ixFiles).Get(key)
		if sealed == nil {
			return nil
		}
		var err error
		out, err = t.s.k.open(sealed, string(key))
		if err != nil {
			return errs.E(errs.Corrupt, "照片无法解密（密钥不符或数据被改动）")
		}
		return nil
	})
	return out, err
}

// WithPhoto tells which of these trainees have a photo, without decrypting any.
func (s *Store) WithPhoto(traineeIDs []string) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.view(func(t *tx) error {
		b := t.index(ixFiles)
		for _, id := range traineeIDs {
			if b.Get(photoKey(id)) != nil {
				out[id] = true
			}
		}
		return nil
	})
	return out, err
}
