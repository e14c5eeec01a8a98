package sync

import (
	"encoding/json"

	"trainingdesk/training"
)

// parentFields maps the data field naming a parent to the parent's kind.
var parentFields = map[string]training.Kind{
	"class_id":   training.KindClass,
	"lesson_id":  training.KindLesson,
	"trainee_id": training.KindTrainee,
	"teacher_id": training.KindTeacher,
}

// parentKey returns "kind/id" of the parent a record names in field, or ""
// when field names no parent or the data does not carry it.
func parentKey(r Record, field string) string {
	kind, ok := parentFields[field]
	if !ok || len(r.Data) == 0 {
		return ""
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(r.Data, &m) != nil {
		return ""
	}
	var id string
	if json.Unmarshal(m[field], &id) != nil || id == "" {
		return ""
	}
	return string(kind) + "/" + id
}
