package jsonschema

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

type node struct {
	Name     string            `json:"name"`
	Note     string            `json:"note,omitempty"`
	When     time.Time         `json:"when"`
	Children []*node           `json:"children"`
	Tags     map[string]int    `json:"tags"`
	Parent   *node             `json:"parent"`
	Skip     func()            `json:"-"`
	Raw      []byte            `json:"raw,omitempty"`
	Any      any               `json:"any,omitempty"`
	Embedded                   // fields inlined
	Nested   struct{ X int }   `json:"nested"`
	Extra    map[string][]bool `json:"extra,omitempty"`
}

type Embedded struct {
	Level int `json:"level"`
}

// roundTrip makes the schema look as one read from a file.
func roundTrip(t *testing.T, s Schema) Schema {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out Schema
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateAndValidate(t *testing.T) {
	t.Parallel()
	s := roundTrip(t, (&Generator{}).Generate(node{}, "x", "node"))
	good := `{"name":"a","when":"2026-01-01T00:00:00Z","children":[{"name":"b","when":"2026-01-01T00:00:00Z","children":[],"tags":{},"parent":null,"level":1,"nested":{"X":1}}],"tags":{"k":1},"parent":null,"level":0,"nested":{"X":2}}`
	var v any
	if err := json.Unmarshal([]byte(good), &v); err != nil {
		t.Fatal(err)
	}
	if errs := Validate(s, v); len(errs) > 0 {
		t.Fatalf("valid document: %v", errs)
	}
	for _, tc := range []struct{ doc, want string }{
		{strings.Replace(good, `"children":[{`, `"children":null,"x":[{`, 1), "$.children: null, want array"},
		{strings.Replace(good, `"name":"a",`, ``, 1), `required "name" missing`},
		{strings.Replace(good, `"tags":{"k":1}`, `"tags":{"k":"one"}`, 1), "$.tags.k: string, want integer"},
		{strings.Replace(good, `"level":0`, `"level":0.5`, 1), "$.level: number, want integer"},
		{strings.Replace(good, `"nested":{"X":2}`, `"nested":{"X":2,"Y":1}`, 1), `property "Y" not in the schema`},
		{strings.Replace(good, `"parent":null,"level":1`, `"parent":{"name":5},"level":1`, 1), "$.children[0].parent.name: integer, want string"},
	} {
		var v any
		if err := json.Unmarshal([]byte(tc.doc), &v); err != nil {
			t.Fatal(err)
		}
		errs := strings.Join(Validate(s, v), "; ")
		if !strings.Contains(errs, tc.want) {
			t.Errorf("%s: errors %q, want %q", tc.doc, errs, tc.want)
		}
	}
}

type own struct{}

func (own) MarshalJSON() ([]byte, error) { return []byte("1"), nil }

// A type with its own MarshalJSON needs its schema given: reflection
// would describe the wrong JSON.
func TestCustomMarshalerNeedsSchema(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("no panic for a MarshalJSON type without a schema")
		}
	}()
	(&Generator{}).Generate(struct{ O own }{}, "x", "x")
}

// A stream whose lines have two shapes: each line must follow one of them.
func TestGenerateAnyOf(t *testing.T) {
	t.Parallel()
	type a struct {
		Name string `json:"name"`
	}
	type b struct {
		Count int `json:"count"`
	}
	s := roundTrip(t, (&Generator{}).GenerateAnyOf("x", "a or b", a{}, b{}))
	for doc, ok := range map[string]bool{`{"name":"x"}`: true, `{"count":2}`: true, `{"name":1}`: false, `{"other":true}`: false} {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		if errs := Validate(s, v); (len(errs) == 0) != ok {
			t.Errorf("%s: errors %v, want valid %v", doc, errs, ok)
		}
	}
}
