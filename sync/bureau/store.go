package bureau

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// DBFile is the bureau's store inside its data directory.
const DBFile = "bureau.db"

var (
	bucketRecords = []byte("records") // kind \x00 id → Stored
	bucketMeta    = []byte("meta")    // counters
)

var (
	metaDeliveries = []byte("deliveries")
	metaDuplicates = []byte("duplicate_deliveries")
	metaRejected   = []byte("rejected")
	metaConflicts  = []byte("conflicts")
)

// Stored is what the bureau keeps of a record: its newest accepted version.
type Stored struct {
	Version int    `json:"version"`
	Op      string `json:"op"`
	Deleted bool   `json:"deleted,omitempty"`
	RegNo   string `json:"reg_no,omitempty"`
	// Institution is the USCC of the school that sent it.
	Institution string          `json:"institution,omitempty"`
	At          time.Time       `json:"at"`
	Data        json.RawMessage `json:"data,omitempty"`
	// Digests remembers the content digest of every version received, so a
	// resend of an old version is told apart from different content under
	// a version number already used (a restored or copied desk).
	Digests map[int]string `json:"digests,omitempty"`
}

// contentDigest identifies a record version's content: op and data in
// canonical JSON (keys sorted), so spacing and key order do not matter.
func contentDigest(op string, data json.RawMessage) string {
	var v any
	canon := []byte(data)
	if len(data) > 0 {
		d := json.NewDecoder(bytes.NewReader(data))
		d.UseNumber()
		if d.Decode(&v) == nil {
			canon, _ = json.Marshal(v)
		}
	}
	if op == tdsync.OpDelete {
		canon = nil // a delete is a delete, whatever data came with it
	}
	sum := sha256.Sum256(append([]byte(op+"\n"), canon...))
	return hex.EncodeToString(sum[:16])
}

// digestOf is the digest the bureau holds for version v, if any (records
// stored before digests were kept have only their newest).
func (st *Stored) digestOf(v int) (string, bool) {
	if d, ok := st.Digests[v]; ok {
		return d, true
	}
	if v == st.Version {
		return contentDigest(st.Op, st.Data), true
	}
	return "", false
}

// Stats is what `bureau stats --json` prints.
type Stats struct {
	Records             map[string]int `json:"records"` // live record ids per kind
	Deliveries          int            `json:"deliveries"`
	DuplicateDeliveries int            `json:"duplicate_deliveries"`
	Rejected            int            `json:"rejected"`
	Conflicts           int            `json:"conflicts"` // same version, different content: told to resend higher
}

func openDB(dataDir string, readOnly bool) (*bolt.DB, error) {
	path := filepath.Join(dataDir, DBFile)
	if !readOnly {
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("无法创建参考人社局数据目录 %s：%v", dataDir, err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second, ReadOnly: readOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("参考人社局数据 %s 正被另一个进程使用：请先停止正在运行的 bureau serve", path)
	}
	if err != nil {
		return nil, fmt.Errorf("无法打开参考人社局数据 %s：%v", path, err)
	}
	if readOnly {
		return db, nil
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketRecords, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("无法初始化参考人社局数据 %s：%v", path, err)
	}
	return db, nil
}

func recordKey(kind training.Kind, id string) []byte { return []byte(string(kind) + "\x00" + id) }

func getCounter(b *bolt.Bucket, k []byte) uint64 {
	if v := b.Get(k); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

func addCounter(b *bolt.Bucket, k []byte, n uint64) (uint64, error) {
	v := getCounter(b, k) + n
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], v)
	return v, b.Put(k, buf[:])
}

// apply processes a batch in one transaction, in order, so a parent earlier
// in the batch is on file for its children.
func apply(db *bolt.DB, b tdsync.Batch, now time.Time, extra func(tdsync.BatchRecord) *verdict) ([]tdsync.RecordResult, error) {
	results := make([]tdsync.RecordResult, 0, len(b.Records))
	err := db.Update(func(tx *bolt.Tx) error {
		results = results[:0]
		recs, meta := tx.Bucket(bucketRecords), tx.Bucket(bucketMeta)
		var dups, rejected, conflicts uint64
		for _, r := range b.Records {
			res, err := applyOne(recs, meta, b.Institution, r, now, extra)
			if err != nil {
				return err
			}
			switch res.Status {
			case tdsync.StatusDuplicate:
				dups++
			case tdsync.StatusRejected:
				rejected++
			case tdsync.StatusConflict:
				conflicts++
			}
			results = append(results, res)
		}
		if _, err := addCounter(meta, metaDeliveries, uint64(len(b.Records))); err != nil {
			return err
		}
		if _, err := addCounter(meta, metaDuplicates, dups); err != nil {
			return err
		}
		if _, err := addCounter(meta, metaConflicts, conflicts); err != nil {
			return err
		}
		_, err := addCounter(meta, metaRejected, rejected)
		return err
	})
	return results, err
}

func applyOne(recs, meta *bolt.Bucket, institution string, r tdsync.BatchRecord, now time.Time, extra func(tdsync.BatchRecord) *verdict) (tdsync.RecordResult, error) {
	res := tdsync.RecordResult{Kind: r.Kind, ID: r.ID, Version: r.Version}
	refuse := func(v *verdict) (tdsync.RecordResult, error) {
		res.Status, res.Code, res.Field, res.Message = tdsync.StatusRejected, v.code, v.field, v.message
		return res, nil
	}
	if r.Kind.Rank() >= len(training.Kinds) {
		return refuse(reject(tdsync.CodeUnknownKind, "kind", "未知的记录类型"))
	}
	if r.ID == "" || len(r.ID) > 200 || strings.ContainsRune(r.ID, 0) {
		return refuse(reject(tdsync.CodeBadData, "id", "记录 id 为空或无效"))
	}
	if r.Version < 1 {
		return refuse(reject(tdsync.CodeBadData, "version", "记录版本须从 1 开始"))
	}
	if r.Op != tdsync.OpUpsert && r.Op != tdsync.OpDelete {
		return refuse(reject(tdsync.CodeBadOp, "op", "操作须为 upsert 或 delete"))
	}
	key := recordKey(r.Kind, r.ID)
	var old *Stored
	if v := recs.Get(key); v != nil {
		old = new(Stored)
		if err := json.Unmarshal(v, old); err != nil {
			return res, fmt.Errorf("stored record %s/%s: %w", r.Kind, r.ID, err)
		}
		if old.Institution != "" && old.Institution != institution {
			return refuse(reject(tdsync.CodeForeignRecord, "id", "该记录属于另一机构，不能修改或删除"))
		}
		if r.Version <= old.Version {
			if d, ok := old.digestOf(r.Version); ok && d == contentDigest(r.Op, r.Data) {
				res.Status, res.RegNo = tdsync.StatusDuplicate, old.RegNo
				if r.Version < old.Version {
					res.Message = fmt.Sprintf("已有更新的版本 %d", old.Version)
				}
				return res, nil
			}
			res.Status, res.HeldVersion = tdsync.StatusConflict, old.Version
			res.Message = fmt.Sprintf("版本 %d 已收到过不同的内容（数据可能来自恢复的备份或复制的数据目录）：请以高于 %d 的版本重新上传", r.Version, old.Version)
			return res, nil
		}
	}
	st := Stored{Version: r.Version, Op: r.Op, At: now, Institution: institution, Digests: map[int]string{}}
	if old != nil {
		st.RegNo = old.RegNo
		for v, d := range old.Digests {
			st.Digests[v] = d
		}
		if d, ok := old.digestOf(old.Version); ok {
			st.Digests[old.Version] = d
		}
	}
	st.Digests[r.Version] = contentDigest(r.Op, r.Data)
	if r.Op == tdsync.OpDelete {
		st.Deleted = true
	} else {
		parents, v := checkData(r)
		if v == nil && extra != nil {
			v = extra(r)
		}
		if v != nil {
			return refuse(v)
		}
		for _, p := range parents {
			if !live(recs, p.kind, p.id, institution) {
				return refuse(reject(tdsync.CodeMissingParent, p.field, "所属"+p.kind.Label()+"尚未备案或已删除"))
			}
		}
		if v := checkWithParents(recs, r); v != nil {
			return refuse(v)
		}
		st.Data = r.Data
		if st.RegNo == "" {
			var err error
			if st.RegNo, err = newRegNo(meta, r.Kind, now); err != nil {
				return res, err
			}
		}
	}
	v, err := json.Marshal(st)
	if err != nil {
		return res, err
	}
	if err := recs.Put(key, v); err != nil {
		return res, err
	}
	res.Status, res.RegNo = tdsync.StatusAccepted, st.RegNo
	return res, nil
}

// live reports whether a record is on file for the institution and not
// deleted.
func live(recs *bolt.Bucket, kind training.Kind, id, institution string) bool {
	v := recs.Get(recordKey(kind, id))
	if v == nil {
		return false
	}
	var st Stored
	return json.Unmarshal(v, &st) == nil && !st.Deleted && (st.Institution == "" || st.Institution == institution)
}

// regPrefixes: a class gets a filing number (备案号), a certificate a
// registration number; other kinds get none.
var regPrefixes = map[training.Kind]string{training.KindClass: "BA", training.KindCertificate: "ZS"}

func newRegNo(meta *bolt.Bucket, kind training.Kind, now time.Time) (string, error) {
	prefix, ok := regPrefixes[kind]
	if !ok {
		return "", nil
	}
	n, err := addCounter(meta, []byte("seq:"+string(kind)), 1)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s%s%06d", prefix, now.Format("20060102"), n), nil
}

func readStats(db *bolt.DB) (Stats, error) {
	st := Stats{Records: map[string]int{}}
	for _, k := range training.Kinds {
		st.Records[string(k)] = 0
	}
	err := db.View(func(tx *bolt.Tx) error {
		recs, meta := tx.Bucket(bucketRecords), tx.Bucket(bucketMeta)
		if recs == nil || meta == nil {
			return nil // never served: all zero
		}
		st.Deliveries = int(getCounter(meta, metaDeliveries))
		st.DuplicateDeliveries = int(getCounter(meta, metaDuplicates))
		st.Rejected = int(getCounter(meta, metaRejected))
		st.Conflicts = int(getCounter(meta, metaConflicts))
		return recs.ForEach(func(k, v []byte) error {
			kind, _, _ := strings.Cut(string(k), "\x00")
			var s Stored
			if err := json.Unmarshal(v, &s); err != nil {
				return err
			}
			if !s.Deleted {
				st.Records[kind]++
			}
			return nil
		})
	})
	return st, err
}

func readRecord(db *bolt.DB, kind training.Kind, id string) (Stored, bool, error) {
	var st Stored
	var ok bool
	err := db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRecords).Get(recordKey(kind, id))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &st)
	})
	return st, ok, err
}

// Listed is one record as `bureau records --json` prints it: the newest
// version the bureau holds.
type Listed struct {
	Kind        training.Kind   `json:"kind"`
	ID          string          `json:"id"`
	Version     int             `json:"version"`
	Institution string          `json:"institution"`
	Deleted     bool            `json:"deleted,omitempty"`
	Data        json.RawMessage `json:"data"`
}

func readRecords(db *bolt.DB, kind training.Kind) ([]Listed, error) {
	out := []Listed{}
	err := db.View(func(tx *bolt.Tx) error {
		recs := tx.Bucket(bucketRecords)
		if recs == nil {
			return nil
		}
		c := recs.Cursor()
		var prefix []byte
		if kind != "" {
			prefix = recordKey(kind, "")
		}
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			kd, id, _ := strings.Cut(string(k), "\x00")
			var st Stored
			if err := json.Unmarshal(v, &st); err != nil {
				return err
			}
			data := st.Data
			if len(data) == 0 {
				data = json.RawMessage("null")
			}
			out = append(out, Listed{Kind: training.Kind(kd), ID: id, Version: st.Version,
				Institution: st.Institution, Deleted: st.Deleted, Data: data})
		}
		return nil
	})
	return out, err
}
