package store

import (
	"bufio"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"io"
)

// A version-2 backup body is a sequence of frames, each a 4-byte length and
// one AES-GCM seal of up to backupChunk bytes, so neither writing nor
// restoring ever holds more than one chunk. Frame i is sealed with the
// header's nonce XOR i and with the header and a last-frame flag as
// associated data: frames cannot be reordered, swapped between files or cut
// off at a frame boundary without the restore noticing.
const backupChunk = 1 << 20

type frameSealer struct {
	w     io.Writer
	aead  cipher.AEAD
	nonce []byte
	hdr   []byte
	buf   []byte
	n     uint64
	out   []byte
}

func newFrameSealer(w io.Writer, aead cipher.AEAD, nonce, hdr []byte) *frameSealer {
	return &frameSealer{w: w, aead: aead, nonce: nonce, hdr: hdr, buf: make([]byte, 0, backupChunk)}
}

func (f *frameSealer) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		k := min(len(p), backupChunk-len(f.buf))
		f.buf = append(f.buf, p[:k]...)
		p, written = p[k:], written+k
		if len(f.buf) == backupChunk {
			if err := f.flush(false); err != nil {
				return written, err
			}
		}
	}
	return written, nil
}

// Close seals the last frame (possibly empty) with the last-frame flag.
func (f *frameSealer) Close() error { return f.flush(true) }

func (f *frameSealer) flush(last bool) error {
	f.out = f.aead.Seal(f.out[:0], frameNonce(f.nonce, f.n), f.buf, frameAAD(f.hdr, last))
	var size [4]byte
	binary.BigEndian.PutUint32(size[:], uint32(len(f.out)))
	if _, err := f.w.Write(size[:]); err != nil {
		return err
	}
	if _, err := f.w.Write(f.out); err != nil {
		return err
	}
	f.buf, f.n = f.buf[:0], f.n+1
	return nil
}

func frameNonce(base []byte, i uint64) []byte {
	n := append([]byte(nil), base...)
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], i)
	for j := range idx {
		n[len(n)-8+j] ^= idx[j]
	}
	return n
}

func frameAAD(hdr []byte, last bool) []byte {
	flag := byte(0)
	if last {
		flag = 1
	}
	return append(append([]byte(nil), hdr...), flag)
}

// errFirstFrame marks a failure to open the very first frame: with a
// passphrase that usually means the passphrase is wrong.
var errFirstFrame = errors.New("first frame does not open")

// openFrames reads frames from r and hands each opened chunk to fn, in order.
// It fails unless the last frame carries the last-frame flag and nothing
// follows it.
func openFrames(r *bufio.Reader, aead cipher.AEAD, nonce, hdr []byte, fn func([]byte) error) error {
	var size [4]byte
	var in, plain []byte
	for i := uint64(0); ; i++ {
		if _, err := io.ReadFull(r, size[:]); err != nil {
			return errCorruptBackup
		}
		n := int(binary.BigEndian.Uint32(size[:]))
		if n < aead.Overhead() || n > backupChunk+aead.Overhead() {
			return errCorruptBackup
		}
		if cap(in) < n {
			in = make([]byte, n)
		}
		in = in[:n]
		if _, err := io.ReadFull(r, in); err != nil {
			return errCorruptBackup
		}
		last := false
		out, err := aead.Open(plain[:0], frameNonce(nonce, i), in, frameAAD(hdr, false))
		if err != nil {
			last = true
			out, err = aead.Open(plain[:0], frameNonce(nonce, i), in, frameAAD(hdr, true))
		}
		if err != nil {
			if i == 0 {
				return errFirstFrame
			}
			return errCorruptBackup
		}
		plain = out
		if err := fn(out); err != nil {
			return err
		}
		if last {
			if _, err := r.ReadByte(); err != io.EOF {
				return errCorruptBackup
			}
			return nil
		}
	}
}
