package store

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// fill puts n bytes of incompressible data into bucket name.
func fill(t *testing.T, s *Store, name string, n int) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(name))
		if err != nil {
			return err
		}
		for i := 0; i*1000 < n; i++ {
			v := make([]byte, 1000)
			_, _ = rand.Read(v)
			if err := b.Put(u64(uint64(i)), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestBackupLeavesFreeSpaceOutAndRestoresAcrossFrames(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	fileTestClass(t, s, "BIG")
	fill(t, s, "junk", 24<<20)
	fill(t, s, "kept", 3<<20) // more than one frame
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("junk")) }); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, DBFile))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Backup(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 9<<19 || int64(buf.Len()) > fi.Size()/3 {
		t.Fatalf("backup is %d bytes for a %d-byte file holding ~3 MB of live data", buf.Len(), fi.Size())
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, ".backup-*")); len(matches) != 0 {
		t.Fatalf("temporary copy left behind: %v", matches)
	}
	r := restoredHolds(t, s, buf.Bytes(), "kept")
	if _, err := r.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}

// restoredHolds restores backup into a new directory and checks that it
// holds bucket as s does, record for record.
func restoredHolds(t *testing.T, s *Store, backup []byte, bucket string) *Store {
	t.Helper()
	to := filepath.Join(t.TempDir(), "restored")
	if err := Restore(bytes.NewReader(backup), to, nil, false); err != nil {
		t.Fatal(err)
	}
	r := openTest(t, to)
	err := s.db.View(func(a *bolt.Tx) error {
		return r.db.View(func(b *bolt.Tx) error {
			want, got := a.Bucket([]byte(bucket)), b.Bucket([]byte(bucket))
			if got == nil || got.Stats().KeyN != want.Stats().KeyN {
				t.Fatalf("restored database lacks the %s data", bucket)
			}
			return want.ForEach(func(k, v []byte) error {
				if !bytes.Equal(got.Get(k), v) {
					t.Fatalf("record %x differs after restore", k)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Cutting a backup exactly after a frame, or swapping two frames, is noticed.
func TestRestoreRefusesFramesCutOffOrSwapped(t *testing.T) {
	s := openTest(t, t.TempDir())
	fileTestClass(t, s, "CUT")
	fill(t, s, "kept", 3<<20)
	var buf bytes.Buffer
	if err := s.Backup(&buf, nil); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	br := bufio.NewReader(bytes.NewReader(raw))
	l1, _ := br.ReadBytes('\n')
	l2, _ := br.ReadBytes('\n')
	start := len(l1) + len(l2)
	var frames [][2]int
	for at := start; at < len(raw); {
		n := int(binary.BigEndian.Uint32(raw[at:]))
		frames = append(frames, [2]int{at, at + 4 + n})
		at += 4 + n
	}
	if len(frames) < 3 {
		t.Fatalf("want several frames, got %d", len(frames))
	}
	cut := raw[:frames[1][1]]
	if err := Restore(bytes.NewReader(cut), t.TempDir(), nil, false); err != errCorruptBackup {
		t.Fatalf("cut after a frame: %v", err)
	}
	swapped := append([]byte(nil), raw[:frames[0][0]]...)
	swapped = append(swapped, raw[frames[1][0]:frames[1][1]]...)
	swapped = append(swapped, raw[frames[0][0]:frames[0][1]]...)
	swapped = append(swapped, raw[frames[2][0]:]...)
	if err := Restore(bytes.NewReader(swapped), t.TempDir(), nil, false); err == nil {
		t.Fatal("swapped frames restored")
	}
}

// A backup written before frames (version 1: one seal) still restores.
func TestVersion1BackupStillRestores(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "V1")
	var db bytes.Buffer
	db.Write(s.k.data)
	if err := s.db.View(func(tx *bolt.Tx) error { _, err := tx.WriteTo(&db); return err }); err != nil {
		t.Fatal(err)
	}
	h := backupHeader{Schema: SchemaVersion(), Mode: "plain", Nonce: random(12), FileKey: random(32)}
	hdr, _ := json.Marshal(h)
	file := append([]byte(backupMagicV1+string(hdr)+"\n"), gcm(h.FileKey).Seal(nil, h.Nonce, db.Bytes(), hdr)...)
	to := filepath.Join(t.TempDir(), "v1")
	if err := Restore(bytes.NewReader(file), to, nil, false); err != nil {
		t.Fatal(err)
	}
	r := openTest(t, to)
	if got, err := r.Class(c.ID); err != nil || got.Code != "V1" {
		t.Fatalf("restored class %+v, %v", got, err)
	}
}
