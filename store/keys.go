package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zalando/go-keyring"

	"trainingdesk/atomicfile"
)

// KeyFile is the 0600 file that holds the data key where no OS keyring is used.
const KeyFile = "trainingdesk.key"

const keyringService = "TrainingDesk"

// keys are derived from the one data key, each for one purpose, so that the
// index hash can never be used to decrypt and vice versa.
type keys struct {
	data  []byte // the stored secret; backups carry it
	aead  cipher.AEAD
	index []byte // HMAC key for the identity-number index
	audit []byte // HMAC key for the audit chain
}

func newKeys(data []byte) (*keys, error) {
	if len(data) != 32 {
		return nil, errors.New("加密密钥长度不对（应为 32 字节），密钥文件可能已损坏")
	}
	block, err := aes.NewCipher(derive(data, "aes-256-gcm identity numbers"))
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &keys{data: data, aead: aead, index: derive(data, "hmac id index"), audit: derive(data, "hmac audit chain")}, nil
}

func derive(key []byte, label string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	return m.Sum(nil)
}

// seal encrypts with a fresh nonce; the record id is bound as associated data
// so a ciphertext cannot be moved to another record unnoticed.
func (k *keys) seal(plain []byte, bind string) []byte {
	nonce := make([]byte, k.aead.NonceSize())
	_, _ = rand.Read(nonce)
	return k.aead.Seal(nonce, nonce, plain, []byte(bind))
}

func (k *keys) open(sealed []byte, bind string) ([]byte, error) {
	n := k.aead.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("密文太短")
	}
	return k.aead.Open(nil, sealed[:n], sealed[n:], []byte(bind))
}

// indexOf is the keyed hash under which an identity number is looked up.
func (k *keys) indexOf(idNumber string) []byte {
	m := hmac.New(sha256.New, k.index)
	m.Write([]byte(idNumber))
	return m.Sum(nil)[:16]
}

// keyringUser names this data directory's key in the OS keyring.
func keyringUser(dir string) string {
	abs, _ := filepath.Abs(dir)
	sum := sha256.Sum256([]byte(abs))
	return "datakey-" + hex.EncodeToString(sum[:8])
}

// loadKey finds the data key: the key file first (it is what a restore or a
// keyring-less machine writes), then the OS keyring. create makes a new key
// for a new data directory.
func loadKey(dir string, useKeyring, create bool) ([]byte, error) {
	path := filepath.Join(dir, KeyFile)
	// An empty key file is what older versions left when killed while
	// writing it: no key at all.
	if raw, err := os.ReadFile(path); err == nil && len(trimSpace(raw)) > 0 {
		return hex.DecodeString(string(trimSpace(raw)))
	}
	if useKeyring {
		if s, err := keyring.Get(keyringService, keyringUser(dir)); err == nil {
			return hex.DecodeString(s)
		}
	}
	if !create {
		return nil, ErrNoKey
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return key, saveKey(dir, key, useKeyring)
}

// saveKey keeps the key in the OS keyring when there is one, else in a 0600
// file beside the database.
func saveKey(dir string, key []byte, useKeyring bool) error {
	if useKeyring && keyring.Set(keyringService, keyringUser(dir), hex.EncodeToString(key)) == nil {
		return nil
	}
	// Atomic (temporary file, fsync, rename): a kill never leaves an empty
	// or half-written key.
	if err := atomicfile.Write(filepath.Join(dir, KeyFile), []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return fmt.Errorf("无法保存加密密钥：%w", err)
	}
	return nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}
