package store

import (
	"bufio"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"golang.org/x/crypto/scrypt"
	"trainingdesk/atomicfile"
)

// A backup file is: a magic line, a JSON header line, then AES-256-GCM of
// (the 32-byte data key ‖ a compacted copy of the database). With a
// passphrase the file key comes from scrypt; without one it is stored in the
// header, so the file restores anywhere but must be kept as safely as the
// data itself. Version 2 seals the body in frames (backup_stream.go) so that
// a backup of any size streams; version 1 (one seal of the whole body) is
// still restored.
const (
	backupMagic   = "TRAININGDESK-BACKUP-2\n"
	backupMagicV1 = "TRAININGDESK-BACKUP-1\n"
)

type backupHeader struct {
	Created time.Time `json:"created"`
	Schema  int       `json:"schema"`
	Mode    string    `json:"mode"` // passphrase | plain
	Salt    []byte    `json:"salt,omitempty"`
	FileKey []byte    `json:"file_key,omitempty"`
	Nonce   []byte    `json:"nonce"`
}

var errCorruptBackup = errors.New("备份文件已损坏或不完整（校验失败），未做任何恢复。请换一个备份文件")

// compactTxBytes bounds what one transaction of the compacting copy holds in
// memory.
const compactTxBytes = 4 << 20

// Backup writes a hot backup while the program keeps working. The database
// is first copied, live records only (no free pages), into a temporary file
// beside it in one read transaction; that file is then sealed frame by frame
// into w. Memory stays a few megabytes whatever the size of the database.
func (s *Store) Backup(w io.Writer, passphrase []byte) error {
	tmp, err := os.CreateTemp(s.dir, ".backup-*.db")
	if err != nil {
		return fmt.Errorf("备份失败：无法在数据目录建立临时文件：%w", err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName)
	if err := s.compactTo(tmpName); err != nil {
		return fmt.Errorf("备份失败：%w", err)
	}
	f, err := os.Open(tmpName)
	if err != nil {
		return fmt.Errorf("备份失败：%w", err)
	}
	defer f.Close()

	h := backupHeader{Created: s.now().UTC(), Schema: SchemaVersion(), Mode: "plain", Nonce: random(12)}
	var fileKey []byte
	if len(passphrase) > 0 {
		h.Mode, h.Salt = "passphrase", random(16)
		fileKey = passKey(passphrase, h.Salt)
	} else {
		fileKey = random(32)
		h.FileKey = fileKey
	}
	hdr, _ := json.Marshal(h)
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := io.WriteString(bw, backupMagic+string(hdr)+"\n"); err != nil {
		return err
	}
	fs := newFrameSealer(bw, gcm(fileKey), h.Nonce, hdr)
	if _, err := fs.Write(s.k.data); err != nil {
		return err
	}
	if _, err := io.Copy(fs, f); err != nil {
		return fmt.Errorf("备份失败：%w", err)
	}
	if err := fs.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

// compactTo copies the live database into a new file at path, leaving out
// free pages (bbolt's compaction, in small transactions).
func (s *Store) compactTo(path string) error {
	dst, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true, NoGrowSync: true})
	if err != nil {
		return err
	}
	stop := releaseMappedWhile(s.db, dst)
	err = bolt.Compact(dst, s.db, compactTxBytes)
	stop()
	if err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// BackupToFile writes a backup atomically: the file is created only once
// the database copy is made, is unnamed while it is written (see
// atomicfile), and appears complete or not at all — a killed backup leaves
// no empty or partial file behind.
func (s *Store) BackupToFile(path string, passphrase []byte) error {
	lw := &lazyFile{path: path}
	defer lw.abort()
	if err := s.Backup(lw, passphrase); err != nil {
		return err
	}
	return lw.commit()
}

// lazyFile creates its atomic file at the first write.
type lazyFile struct {
	path string
	f    *atomicfile.File
}

func (l *lazyFile) Write(p []byte) (int, error) {
	if l.f == nil {
		f, err := atomicfile.Create(l.path, 0o600)
		if err != nil {
			return 0, fmt.Errorf("无法写入备份文件 %s：%w", l.path, err)
		}
		l.f = f
	}
	return l.f.Write(p)
}

func (l *lazyFile) commit() error {
	if l.f == nil {
		return fmt.Errorf("备份失败：没有写出任何内容到 %s", l.path)
	}
	if err := l.f.Commit(nil); err != nil {
		return fmt.Errorf("无法写入备份文件 %s：%w", l.path, err)
	}
	return nil
}

func (l *lazyFile) abort() {
	if l.f != nil {
		l.f.Abort()
	}
}

// Restore puts a backup into an empty data directory. A corrupt file or a
// wrong passphrase is refused before anything is put in place; the body is
// opened frame by frame into a temporary file, so memory stays small.
func Restore(r io.Reader, dir string, passphrase []byte, useKeyring bool) error {
	if _, err := os.Stat(filepath.Join(dir, DBFile)); err == nil {
		return fmt.Errorf("数据目录 %s 中已有数据，恢复只能在空目录中进行（以免覆盖现有记录）", dir)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.ReadString('\n')
	if magic != backupMagic && magic != backupMagicV1 {
		return errors.New("这不是 TrainingDesk 备份文件（文件头不符）")
	}
	hdr, err := br.ReadBytes('\n')
	if err != nil {
		return errCorruptBackup
	}
	hdr = hdr[:len(hdr)-1]
	var h backupHeader
	if json.Unmarshal(hdr, &h) != nil || len(h.Nonce) != 12 {
		return errCorruptBackup
	}
	if h.Schema > SchemaVersion() {
		return fmt.Errorf("备份来自更新版本的 TrainingDesk（结构版本 %d），请先升级程序", h.Schema)
	}
	var fileKey []byte
	switch {
	case h.Mode == "passphrase" && len(passphrase) == 0:
		return errors.New("该备份有口令保护，请用 --passphrase-file 提供口令")
	case h.Mode == "passphrase":
		fileKey = passKey(passphrase, h.Salt)
	case len(h.FileKey) == 32:
		fileKey = h.FileKey
	default:
		return errCorruptBackup
	}
	wrongPass := errCorruptBackup
	if h.Mode == "passphrase" {
		wrongPass = errors.New("口令不正确，或备份文件已损坏。未做任何恢复")
	}
	if magic == backupMagicV1 {
		return restoreV1(br, dir, gcm(fileKey), h.Nonce, hdr, wrongPass, useKeyring)
	}
	return restoreStream(br, dir, gcm(fileKey), h.Nonce, hdr, wrongPass, useKeyring)
}

func restoreStream(br *bufio.Reader, dir string, aead cipher.AEAD, nonce, hdr []byte, wrongPass error, useKeyring bool) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp := filepath.Join(dir, DBFile+".restoring")
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	var key []byte
	err = openFrames(br, aead, nonce, hdr, func(chunk []byte) error {
		if need := 32 - len(key); need > 0 {
			take := min(need, len(chunk))
			key, chunk = append(key, chunk[:take]...), chunk[take:]
		}
		_, err := f.Write(chunk)
		return err
	})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && len(key) < 32 {
		err = errCorruptBackup
	}
	if err != nil {
		os.Remove(tmp)
		if errors.Is(err, errFirstFrame) {
			return wrongPass
		}
		return err
	}
	return installRestored(dir, tmp, key, useKeyring)
}

// restoreV1 opens a version-1 backup, sealed in one piece.
func restoreV1(br *bufio.Reader, dir string, aead cipher.AEAD, nonce, hdr []byte, wrongPass error, useKeyring bool) error {
	sealed, err := io.ReadAll(br)
	if err != nil {
		return err
	}
	plain, err := aead.Open(nil, nonce, sealed, hdr)
	if err != nil {
		return wrongPass
	}
	if len(plain) < 32 {
		return errCorruptBackup
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp := filepath.Join(dir, DBFile+".restoring")
	if err := os.WriteFile(tmp, plain[32:], 0o600); err != nil {
		return err
	}
	return installRestored(dir, tmp, plain[:32], useKeyring)
}

// installRestored checks the restored database file tmp and puts it and the
// data key in place.
func installRestored(dir, tmp string, key []byte, useKeyring bool) error {
	if err := checkDBFile(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%w（%v）", errCorruptBackup, err)
	}
	if err := saveKey(dir, key, useKeyring); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, DBFile))
}

// checkDBFile opens a database file read-only and walks every page.
func checkDBFile(path string) error {
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	defer releaseMappedWhile(db)()
	return db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		if tx.Bucket(bMeta) == nil {
			return errors.New("缺少元数据")
		}
		return nil
	})
}

// BackupExt is the one extension of backup files, automatic or made on demand.
const BackupExt = ".tdbackup"

// AutoBackup writes a daily backup into DIR/backups when the newest one is
// older than a day, keeping the newest keep files.
func (s *Store) AutoBackup(keep int) (string, error) {
	dir := filepath.Join(s.dir, "backups")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	files, _ := filepath.Glob(filepath.Join(dir, "auto-*"+BackupExt))
	older, _ := filepath.Glob(filepath.Join(dir, "auto-*.tdbak")) // the extension before 0.1
	files = append(older, files...)
	sort.Strings(files)
	now := s.now()
	name := filepath.Join(dir, "auto-"+now.Format("20060102-150405")+BackupExt)
	if n := len(files); n > 0 {
		if fi, err := os.Stat(files[n-1]); err == nil && now.Sub(fi.ModTime()) < 24*time.Hour {
			return "", nil
		}
	}
	if err := s.BackupToFile(name, nil); err != nil {
		return "", err
	}
	files = append(files, name)
	for keep > 0 && len(files) > keep {
		if strings.HasPrefix(filepath.Base(files[0]), "auto-") {
			os.Remove(files[0])
		}
		files = files[1:]
	}
	return name, nil
}

func passKey(pass, salt []byte) []byte {
	k, _ := scrypt.Key(pass, salt, 1<<15, 8, 1, 32)
	return k
}

func gcm(key []byte) cipher.AEAD {
	b, _ := aes.NewCipher(key)
	a, _ := cipher.NewGCM(b)
	return a
}

func random(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}
