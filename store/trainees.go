package store

import (
	"bytes"
	"fmt"
	"sort"

	"trainingdesk/enrolment"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// storedTrainee is a trainee as written to disk: who the person is (identity
// number, name, phone, address, birth date) only sealed (AES-256-GCM, bound
// to the trainee id), never in clear. IDSealed is the older form that sealed
// the number alone; opening a data file re-seals those (see sealPeople).
type storedTrainee struct {
	training.Trainee
	Sealed   []byte `json:"sealed,omitempty"`
	IDSealed []byte `json:"id_sealed,omitempty"`
}

func (t *tx) putTrainee(action string, tr training.Trainee) error {
	return t.put(action, training.KindTrainee, tr.ID, tr.Version, t.s.k.storeTrainee(tr))
}

func (k *keys) storeTrainee(tr training.Trainee) storedTrainee {
	st := storedTrainee{Trainee: tr, Sealed: k.sealPerson(tr.Person, tr.ID)}
	clearPerson(&st.Person)
	return st
}

func (t *tx) trainee(id string) (training.Trainee, error) {
	raw := t.records(training.KindTrainee).Get([]byte(id))
	if raw == nil {
		return training.Trainee{}, ErrNotFound
	}
	return t.decodeTrainee(raw)
}

func (t *tx) decodeTrainee(raw []byte) (training.Trainee, error) {
	var st storedTrainee
	if err := jsonUnmarshal(raw, &st); err != nil {
		return training.Trainee{}, err
	}
	return st.open(t.s.k)
}

// open gives the trainee with the sealed fields decrypted.
func (st storedTrainee) open(k *keys) (training.Trainee, error) {
	if st.Sealed != nil {
		if err := k.openPerson(st.Sealed, st.ID, &st.Trainee.Person); err != nil {
			return training.Trainee{}, fmt.Errorf("学员记录 %s 的个人信息无法解密（密钥不符或数据被改动）", st.ID)
		}
		return st.Trainee, nil
	}
	plain, err := k.open(st.IDSealed, st.ID)
	if err != nil {
		return training.Trainee{}, fmt.Errorf("学员 %s 的证件号码无法解密（密钥不符或数据被改动）", st.Person.Name)
	}
	st.Trainee.Person.IDNumber = string(plain)
	return st.Trainee, nil
}

// Candidate is a person about to be enrolled, with where they came from (a
// spreadsheet row, a pasted line) so that problems can name it.
type Candidate struct {
	Row      int
	Person   training.Person
	Category string
	id       string // given by EnrolTrainees, in row order
	ixKey    []byte // the person index key of the number as given (see indexOrder)
}

// Rejected is a candidate that was not enrolled, and why.
type Rejected struct {
	Row     int        `json:"row"`
	Column  string     `json:"column"`
	Message string     `json:"message"`
	Field   errs.Field `json:"-"` // the field the rule names (zero for a warning)
}

// EnrolTrainee adds one person to a class. Warnings (an unknown area code, an
// overlapping subsidised class) do not stop it.
func (s *Store) EnrolTrainee(classID string, p training.Person, category string) (training.Trainee, []string, error) {
	var tr training.Trainee
	var warnings []string
	err := s.update(func(t *tx) error {
		var err error
		tr, warnings, err = t.enrol(classID, Candidate{Person: p, Category: category})
		return err
	})
	return tr, warnings, err
}

// EnrolTrainees adds many people in ONE transaction: the valid ones are
// saved, the others come back as Rejected with their row.
func (s *Store) EnrolTrainees(classID string, cands []Candidate) (saved []training.Trainee, rejected []Rejected, warnings []Rejected, err error) {
	err = s.update(func(t *tx) error {
		saved, rejected, warnings = nil, nil, nil
		var class training.Class
		if ok, err := t.get(training.KindClass, classID, &class); err != nil || !ok {
			return orNotFound(err)
		}
		savedAt := make([]int, 0, len(cands))
		// Ids in row order, so the roster keeps the file's order whatever
		// order the rows are enrolled in.
		ids := make([]string, len(cands))
		for i := range ids {
			ids[i] = training.NewID()
		}
		order, keys := t.indexOrder(cands)
		for _, i := range order {
			c := cands[i]
			c.id, c.ixKey = ids[i], keys[i]
			tr, w, err := t.admit(class, c)
			if err != nil {
				column, msg, ok := refusal(err)
				if !ok {
					return err
				}
				rejected = append(rejected, Rejected{Row: c.Row, Column: column, Message: msg, Field: errs.FieldOf(err)})
				continue
			}
			for _, msg := range w {
				warnings = append(warnings, Rejected{Row: c.Row, Message: msg})
			}
			saved = append(saved, tr)
			savedAt = append(savedAt, i)
		}
		// Saved, and answered, in the candidates' own order, which is id
		// order: every bucket keyed by trainee id is appended to.
		saved = inPositionOrder(saved, savedAt, len(cands))
		for _, tr := range saved {
			if err := t.saveEnrolment(tr); err != nil {
				return err
			}
		}
		sort.SliceStable(rejected, func(a, b int) bool { return rejected[a].Row < rejected[b].Row })
		sort.SliceStable(warnings, func(a, b int) bool { return warnings[a].Row < warnings[b].Row })
		return nil
	})
	return saved, rejected, warnings, err
}

// indexOrder is the order to admit candidates in: by their identity-number
// index key (stable, so of two rows with one number the first still wins).
// Inside one transaction a bbolt bucket grows as one node, so an insert at a
// random place moves half of it: a 100,000-row import would take quadratic
// time. The index is keyed by a keyed hash, so it is filled in key order;
// the records, keyed by ids given in row order, are then saved in row order.
func (t *tx) indexOrder(cands []Candidate) ([]int, [][]byte) {
	keys := make([][]byte, len(cands))
	order := make([]int, len(cands))
	for i, c := range cands {
		keys[i], order[i] = t.s.k.indexOf(identity.Normalize(c.Person.IDNumber)), i
	}
	// Ties broken by row: stable, without SliceStable's n·log² n.
	sort.Slice(order, func(a, b int) bool {
		if c := bytes.Compare(keys[order[a]], keys[order[b]]); c != 0 {
			return c < 0
		}
		return order[a] < order[b]
	})
	return order, keys
}

// inPositionOrder puts enrolled trainees back into candidate order (pos[i]
// is tr[i]'s candidate position, each below n) in linear time.
func inPositionOrder(tr []training.Trainee, pos []int, n int) []training.Trainee {
	at := make([]int, n) // candidate position → 1 + index in tr
	for i, p := range pos {
		at[p] = i + 1
	}
	out := make([]training.Trainee, 0, len(tr))
	for _, i := range at {
		if i > 0 {
			out = append(out, tr[i-1])
		}
	}
	return out
}

func (t *tx) enrol(classID string, c Candidate) (training.Trainee, []string, error) {
	var class training.Class
	if ok, err := t.get(training.KindClass, classID, &class); err != nil || !ok {
		return training.Trainee{}, nil, orNotFound(err)
	}
	tr, warnings, err := t.admit(class, c)
	if err != nil {
		return tr, nil, err
	}
	return tr, warnings, t.saveEnrolment(tr)
}

// admit checks a candidate and claims their identity number in the person
// index (so a second row with the same number in the same import is
// refused); saveEnrolment then writes the enrolment.
func (t *tx) admit(class training.Class, c Candidate) (training.Trainee, []string, error) {
	p := c.Person
	warnings, err := enrolment.Check(&p)
	if err != nil {
		return training.Trainee{}, nil, err
	}
	cats, err := t.categories()
	if err != nil {
		return training.Trainee{}, nil, err
	}
	if err := enrolment.CheckCodes(&p, &c.Category, cats, class.Start); err != nil {
		return training.Trainee{}, nil, err
	}
	h := c.ixKey
	if h == nil || identity.Normalize(c.Person.IDNumber) != p.IDNumber {
		h = t.s.k.indexOf(p.IDNumber)
	}
	more, err := t.checkDuplicate(class, p, h, "")
	if err != nil {
		return training.Trainee{}, nil, err
	}
	id := c.id
	if id == "" {
		id = training.NewID()
	}
	tr := training.Trainee{ID: id, ClassID: class.ID, Person: p, Category: c.Category, Version: 1, UpdatedAt: t.now}
	if err := t.index(ixPerson).Put(append(h[:len(h):len(h)], id...), []byte(class.ID)); err != nil {
		return tr, nil, err
	}
	return tr, append(warnings, more...), nil
}

func (t *tx) saveEnrolment(tr training.Trainee) error {
	if err := t.addToClass(tr.ClassID, tr.ID); err != nil {
		return err
	}
	return t.putTrainee("学员报名", tr)
}

// checkDuplicate refuses the same person twice in one class and warns when
// the person is in another class whose dates overlap (one subsidy per period).
func (t *tx) checkDuplicate(class training.Class, p training.Person, h []byte, self string) ([]string, error) {
	var warnings []string
	c := t.index(ixPerson).Cursor()
	for k, v := c.Seek(h); k != nil && hasPrefix(k, h); k, v = c.Next() {
		if string(k[len(h):]) == self {
			continue
		}
		if string(v) == class.ID {
			return nil, errs.Errorf(errs.Exists, training.FieldIDNumber, "%s（%s）已在本班报名，不能重复报名", p.Name, identity.Mask(p.IDNumber))
		}
		var other training.Class
		if ok, _ := t.get(training.KindClass, string(v), &other); ok && other.Overlaps(class) {
			warnings = append(warnings, fmt.Sprintf("%s 同时在时间重叠的班级“%s”（%s 至 %s）报名，同一时段只能享受一次培训补贴，请核实",
				p.Name, other.Name, other.Start.Format(training.DateLayout), other.End.Format(training.DateLayout)))
		}
	}
	return warnings, nil
}

func (t *tx) indexTrainee(tr training.Trainee) error {
	if err := t.addToClass(tr.ClassID, tr.ID); err != nil {
		return err
	}
	return t.indexPerson(tr)
}

func (t *tx) indexPerson(tr training.Trainee) error {
	key := append(t.s.k.indexOf(tr.Person.IDNumber), tr.ID...)
	return t.index(ixPerson).Put(key, []byte(tr.ClassID))
}

func (t *tx) unindexTrainee(tr training.Trainee) error {
	if err := t.removeFromClass(tr.ClassID, tr.ID); err != nil {
		return err
	}
	return t.index(ixPerson).Delete(append(t.s.k.indexOf(tr.Person.IDNumber), tr.ID...))
}

// UpdateTrainee saves edited details of an enrolment.
func (s *Store) UpdateTrainee(tr training.Trainee) (training.Trainee, []string, error) {
	var warnings []string
	err := s.update(func(t *tx) error {
		old, err := t.trainee(tr.ID)
		if err != nil {
			return err
		}
		if warnings, err = enrolment.Check(&tr.Person); err != nil {
			return err
		}
		var class training.Class
		if _, err := t.get(training.KindClass, old.ClassID, &class); err != nil {
			return err
		}
		cats, err := t.categories()
		if err != nil {
			return err
		}
		if err := enrolment.CheckCodes(&tr.Person, &tr.Category, cats, class.Start); err != nil {
			return err
		}
		more, err := t.checkDuplicate(class, tr.Person, t.s.k.indexOf(tr.Person.IDNumber), tr.ID)
		if err != nil {
			return err
		}
		warnings = append(warnings, more...)
		if err := t.unindexTrainee(old); err != nil {
			return err
		}
		tr.ClassID, tr.Version, tr.UpdatedAt = old.ClassID, old.Version+1, t.now
		if err := t.indexTrainee(tr); err != nil {
			return err
		}
		return t.putTrainee("修改学员信息", tr)
	})
	return tr, warnings, err
}

// RemoveTrainee withdraws an enrolment that has no attendance, result or
// certificate yet (those are evidence and stay).
func (s *Store) RemoveTrainee(id string) error {
	return s.update(func(t *tx) error {
		tr, err := t.trainee(id)
		if err != nil {
			return err
		}
		if t.index(ixTraineeCert).Get([]byte(id)) != nil || t.records(training.KindResult).Get([]byte(id)) != nil || t.hasMarks(tr) || t.hasFollowUps(id) {
			return errs.Errorf(errs.Conflict, training.FieldTrainee, "%s 已有考勤、成绩、证书或就业跟踪记录，不能删除；中途离开的学员请办理退学", tr.Name())
		}
		if err := t.unindexTrainee(tr); err != nil {
			return err
		}
		return t.del("删除学员", training.KindTrainee, id, tr.Version+1)
	})
}

// Trainees lists a class's roster in enrolment order, identity numbers
// decrypted (mask them before showing).
func (s *Store) Trainees(classID string) ([]training.Trainee, error) {
	var out []training.Trainee
	err := s.view(func(t *tx) error {
		var err error
		out, err = t.classTrainees(classID)
		return err
	})
	return out, err
}

func (t *tx) classTrainees(classID string) ([]training.Trainee, error) {
	var out []training.Trainee
	prefix := []byte(classID + "|")
	c := t.index(ixClassTrainees).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		tr, err := t.trainee(string(k[len(prefix):]))
		if err != nil {
			return nil, err
		}
		out = append(out, tr)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Trainee returns one enrolment.
func (s *Store) Trainee(id string) (training.Trainee, error) {
	var tr training.Trainee
	err := s.view(func(t *tx) error {
		var err error
		tr, err = t.trainee(id)
		return err
	})
	return tr, err
}

// AllTrainees lists every enrolment of every class (for the search index).
func (s *Store) AllTrainees() ([]training.Trainee, error) {
	var out []training.Trainee
	err := s.view(func(t *tx) error {
		return t.each(training.KindTrainee, "", func(raw []byte) error {
			tr, err := t.decodeTrainee(raw)
			out = append(out, tr)
			return err
		})
	})
	return out, err
}

// FindTrainee finds a class's enrolment by identity number (any accepted form).
func (s *Store) FindTrainee(classID, idNumber string) (training.Trainee, error) {
	n, err := identity.Parse(idNumber)
	if err != nil {
		return training.Trainee{}, errs.Errorf(errs.Invalid, training.FieldIDNumber, "%v", err)
	}
	var tr training.Trainee
	err = s.view(func(t *tx) error {
		h := t.s.k.indexOf(n.Value)
		c := t.index(ixPerson).Cursor()
		for k, v := c.Seek(h); k != nil && hasPrefix(k, h); k, v = c.Next() {
			if string(v) == classID {
				var err error
				tr, err = t.trainee(string(k[len(h):]))
				return err
			}
		}
		return errs.Errorf(errs.NotFound, training.FieldIDNumber, "%s 不在本班名单中", identity.Mask(n.Value))
	})
	return tr, err
}
