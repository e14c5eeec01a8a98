package bureau

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"time"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/identity"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// maxBodyBytes bounds a batch body.
const maxBodyBytes = 32 << 20

// defaultBodyTimeout bounds reading one body.
const defaultBodyTimeout = 30 * time.Second

// Server is the reference bureau as an http.Handler, so tests can run it
// in-process (httptest) and Serve can put it on a port.
type Server struct {
	o       Options
	db      *bolt.DB
	nonces  *nonceStore
	limiter *limiter
	now     func() time.Time
	fault   func() fault
}

// New opens DataDir/bureau.db (bbolt, lock timeout 2 s) and returns the
// handler. Close it when done.
func New(o Options) (*Server, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	db, err := openDB(o.DataDir, false)
	if err != nil {
		return nil, err
	}
	if o.BodyTimeout == 0 {
		o.BodyTimeout = defaultBodyTimeout
	}
	s := &Server{o: o, db: db, nonces: &nonceStore{db: db}, limiter: &limiter{n: o.RateLimit}, now: time.Now}
	s.fault = s.drawFault
	return s, nil
}

// Close closes the store.
func (s *Server) Close() error { return s.db.Close() }

// Stats reads the running bureau's counters.
func (s *Server) Stats() (Stats, error) { return readStats(s.db) }

// Record returns the stored newest version of a record.
func (s *Server) Record(kind training.Kind, id string) (Stored, bool, error) {
	return readRecord(s.db, kind, id)
}

// fault is an injected failure.
type fault int

const (
	noFault    fault = iota
	fail500          // answer 500 before storing
	dropBefore       // drop the connection before storing
	dropAfter        // store the batch, then drop instead of answering
	hangAfter        // store the batch, then say nothing until the client gives up (or Hang ends)
)

func (s *Server) drawFault() fault {
	if s.o.FailRate <= 0 || rand.Float64() >= s.o.FailRate {
		return noFault
	}
	return fault(1 + rand.IntN(4))
}

// drop closes the connection without an answer; net/http treats
// ErrAbortHandler as "abort quietly" on HTTP/1 and HTTP/2 alike.
func drop() { panic(http.ErrAbortHandler) }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.o.logf("内部错误：%v", p)
			writeError(w, http.StatusInternalServerError, tdsync.ErrCodeInternal, "服务器内部错误")
		}
	}()
	if r.URL.Path != tdsync.BatchPath {
		writeError(w, http.StatusNotFound, "not_found", "没有这个接口："+r.URL.Path)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", "请用 POST")
		return
	}
	if s.o.Latency > 0 {
		t := time.NewTimer(s.o.Latency)
		select {
		case <-r.Context().Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	now := s.now()
	if !s.limiter.allow(now) {
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, tdsync.ErrCodeRateLimited, "请求过于频繁，请 1 秒后重试")
		return
	}
	// Headers first: nobody unknown gets the server to read a body, and
	// the body is read only up to the Content-Length announced, in time.
	if ae := s.checkHeaders(r, now); ae != nil {
		writeError(w, http.StatusUnauthorized, ae.code, ae.message)
		return
	}
	switch {
	case r.ContentLength < 0:
		writeError(w, http.StatusLengthRequired, tdsync.ErrCodeLengthRequired, "请求须带 Content-Length")
		return
	case r.ContentLength > maxBodyBytes:
		writeError(w, http.StatusRequestEntityTooLarge, tdsync.ErrCodeTooLarge, "批次过大：请分批上传")
		return
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.o.BodyTimeout))
	body := make([]byte, r.ContentLength)
	if _, err := io.ReadFull(r.Body, body); err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			s.o.logf("请求体在 %s 内未传完，已断开", s.o.BodyTimeout)
			writeError(w, http.StatusRequestTimeout, tdsync.ErrCodeBodyTimeout, "请求体传输过慢，已超时")
		}
		return // the client went away, or was too slow
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Time{})
	if ae := s.verify(r, body, now); ae != nil {
		code := http.StatusUnauthorized
		if ae.code == tdsync.ErrCodeInternal {
			code = http.StatusInternalServerError
		}
		writeError(w, code, ae.code, ae.message)
		return
	}
	var b tdsync.Batch
	if err := json.Unmarshal(body, &b); err != nil {
		writeError(w, http.StatusBadRequest, tdsync.ErrCodeBadRequest, "批次不是有效的 JSON："+err.Error())
		return
	}
	switch {
	case b.BatchID == "":
		writeError(w, http.StatusBadRequest, tdsync.ErrCodeBadRequest, "缺少 batch_id")
		return
	case b.Institution == "":
		writeError(w, http.StatusBadRequest, tdsync.ErrCodeBadRequest, "缺少 institution（机构统一社会信用代码）")
		return
	case len(b.Records) > tdsync.MaxBatchRecords:
		writeError(w, http.StatusRequestEntityTooLarge, tdsync.ErrCodeTooLarge, fmt.Sprintf("每批最多 %d 条记录", tdsync.MaxBatchRecords))
		return
	}
	if _, err := identity.ValidateUSCC(b.Institution); err != nil {
		writeError(w, http.StatusBadRequest, tdsync.ErrCodeInvalidInstitution, "institution 不是有效的统一社会信用代码："+err.Error())
		return
	}
	if owner, err := s.ownerOf(r.Header.Get(tdsync.HeaderAppKey), b.Institution); err != nil {
		writeError(w, http.StatusInternalServerError, tdsync.ErrCodeInternal, "存储失败")
		return
	} else if owner != b.Institution {
		writeError(w, http.StatusForbidden, tdsync.ErrCodeWrongInstitution,
			fmt.Sprintf("该应用标识属于机构 %s，不能上传机构 %s 的数据", owner, b.Institution))
		return
	}

	f := s.fault()
	switch f {
	case fail500:
		s.o.logf("批次 %s：注入故障 500", b.BatchID)
		writeError(w, http.StatusInternalServerError, tdsync.ErrCodeInternal, "服务暂时不可用（注入的故障）")
		return
	case dropBefore:
		s.o.logf("批次 %s：注入故障 存储前断开连接", b.BatchID)
		drop()
	}
	results, err := apply(s.db, b, now, s.o.refuse)
	if err != nil {
		s.o.logf("批次 %s：存储失败：%v", b.BatchID, err)
		writeError(w, http.StatusInternalServerError, tdsync.ErrCodeInternal, "存储失败")
		return
	}
	s.logBatch(b, results)
	switch f {
	case dropAfter:
		s.o.logf("批次 %s：注入故障 已存储但不回答", b.BatchID)
		drop()
	case hangAfter:
		s.o.logf("批次 %s：注入故障 已存储但超时不回答", b.BatchID)
		select {
		case <-r.Context().Done():
		case <-time.After(s.o.Hang):
		}
		drop()
	}
	writeJSON(w, http.StatusOK, tdsync.BatchResponse{BatchID: b.BatchID, Results: results})
}

func (s *Server) logBatch(b tdsync.Batch, results []tdsync.RecordResult) {
	if s.o.Logf == nil {
		return
	}
	n := map[string]int{}
	for _, r := range results {
		n[r.Status]++
	}
	s.o.logf("批次 %s：%d 条，接收 %d，重复 %d，退回 %d", b.BatchID, len(results),
		n[tdsync.StatusAccepted], n[tdsync.StatusDuplicate], n[tdsync.StatusRejected])
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, tdsync.ErrorBody{Code: code, Message: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// ownerOf is the institution the app key belongs to: the configured one,
// else the first institution that used the key (remembered).
func (s *Server) ownerOf(appKey, institution string) (string, error) {
	if s.o.Institution != "" {
		return s.o.Institution, nil
	}
	owner := institution
	err := s.db.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		k := []byte("owner:" + appKey)
		if v := m.Get(k); v != nil {
			owner = string(v)
			return nil
		}
		return m.Put(k, []byte(institution))
	})
	return owner, err
}
