package sync

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/zalando/go-keyring"
)

// keyringService is the service name secrets are filed under.
const keyringService = "TrainingDesk"

// keyringTimeout guards against a keyring daemon that never answers.
const keyringTimeout = 3 * time.Second

func useKeyring() bool { return os.Getenv("TRAININGDESK_NO_KEYRING") != "1" }

// keyringUser keeps two data directories (e.g. two schools on one PC)
// with the same app key apart.
func keyringUser(appKey, dataDir string) string {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		abs = dataDir
	}
	sum := sha256.Sum256([]byte(abs))
	return appKey + "@" + hex.EncodeToString(sum[:8])
}

func keyringSet(user, secret string) error {
	_, err := keyringCall(func() (string, error) { return "", keyring.Set(keyringService, user, secret) })
	return err
}

func keyringGet(user string) (string, error) {
	return keyringCall(func() (string, error) { return keyring.Get(keyringService, user) })
}

// keyringCall runs f with a timeout and turns a panic into an error.
func keyringCall(f func() (string, error)) (string, error) {
	type result struct {
		s   string
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- result{err: fmt.Errorf("keyring: %v", p)}
			}
		}()
		s, err := f()
		ch <- result{s, err}
	}()
	select {
	case r := <-ch:
		return r.s, r.err
	case <-time.After(keyringTimeout):
		return "", errors.New("keyring: no answer")
	}
}
