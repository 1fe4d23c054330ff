// Package jsonschema writes JSON Schemas (draft 2020-12) of Go types as
// encoding/json marshals them, and validates decoded JSON against the
// subset of JSON Schema it writes: type, properties, required,
// additionalProperties, items and $ref to $defs. smtpgw keeps one schema
// per --json document in docs/schema and checks real output against it.
package jsonschema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// Schema is a JSON Schema as a JSON object.
type Schema = map[string]any

// Generator writes schemas; Custom gives the schema of types whose JSON
// reflection cannot see (a MarshalJSON that writes a number, say), and
// Fields names types whose MarshalJSON writes their own fields (normalizing
// values only, such as null to []).
type Generator struct {
	Custom map[reflect.Type]Schema
	Fields map[reflect.Type]bool
	defs   map[string]Schema
	names  map[reflect.Type]string
}

// Generate returns the schema of v's type, with id and title, its named
// struct types in $defs.
func (g *Generator) Generate(v any, id, title string) Schema {
	g.defs, g.names = map[string]Schema{}, map[reflect.Type]string{}
	root := g.schema(reflect.TypeOf(v))
	s := Schema{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": id, "title": title}
	for k, v := range root {
		s[k] = v
	}
	if len(g.defs) > 0 {
		s["$defs"] = g.defs
	}
	return s
}

// GenerateAnyOf returns the schema of a document that is one of the
// types of vs (a JSON Lines stream whose lines have two shapes, say): an
// anyOf of their schemas, sharing $defs.
func (g *Generator) GenerateAnyOf(id, title string, vs ...any) Schema {
	g.defs, g.names = map[string]Schema{}, map[reflect.Type]string{}
	var alts []any
	for _, v := range vs {
		alts = append(alts, g.schema(reflect.TypeOf(v)))
	}
	s := Schema{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": id, "title": title, "anyOf": alts}
	if len(g.defs) > 0 {
		s["$defs"] = g.defs
	}
	return s
}

var (
	timeType      = reflect.TypeOf(time.Time{})
	marshalerType = reflect.TypeOf((*json.Marshaler)(nil)).Elem()
	textType      = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

func (g *Generator) schema(t reflect.Type) Schema {
	if s, ok := g.Custom[t]; ok {
		return s
	}
	switch {
	case t == timeType:
		return Schema{"type": "string", "format": "date-time"}
	case t.Kind() == reflect.Pointer:
		s := g.schema(t.Elem())
		return Schema{"anyOf": []any{s, Schema{"type": "null"}}}
	case g.Fields[t]:
		return g.structRef(t)
	case t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType):
		panic(fmt.Sprintf("jsonschema: %v has its own MarshalJSON: give its schema in Generator.Custom", t))
	case t.Implements(textType):
		return Schema{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Bool:
		return Schema{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Schema{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return Schema{"type": "number"}
	case reflect.String:
		return Schema{"type": "string"}
	case reflect.Interface:
		return Schema{}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return Schema{"type": "string", "contentEncoding": "base64"}
		}
		// A nil slice marshals as null: the schema says array, so output
		// must give [] for "none" (one absent value, not two).
		return Schema{"type": "array", "items": g.schema(t.Elem())}
	case reflect.Map:
		return Schema{"type": "object", "additionalProperties": g.schema(t.Elem())}
	case reflect.Struct:
		return g.structRef(t)
	}
	panic(fmt.Sprintf("jsonschema: no schema for %v", t))
}

// structRef puts a named struct in $defs and refers to it; anonymous ones
// are inlined.
func (g *Generator) structRef(t reflect.Type) Schema {
	if t.Name() == "" {
		return g.structSchema(t)
	}
	name, ok := g.names[t]
	if !ok {
		name = t.Name()
		for i := 2; g.taken(name); i++ {
			name = fmt.Sprintf("%s%d", t.Name(), i)
		}
		g.names[t] = name
		g.defs[name] = Schema{} // reserve (recursive types)
		g.defs[name] = g.structSchema(t)
	}
	return Schema{"$ref": "#/$defs/" + name}
}

func (g *Generator) taken(name string) bool {
	for _, n := range g.names {
		if n == name {
			return true
		}
	}
	return false
}

func (g *Generator) structSchema(t reflect.Type) Schema {
	props := Schema{}
	var required []string
	g.fields(t, props, &required)
	sort.Strings(required)
	s := Schema{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

func (g *Generator) fields(t reflect.Type, props Schema, required *[]string) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				g.fields(ft, props, required)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		s := g.schema(f.Type)
		if strings.Contains(opts, "string") {
			s = Schema{"type": "string"}
		}
		props[name] = s
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			*required = append(*required, name)
		}
	}
}

// Validate checks v (decoded by encoding/json into any) against schema
// and returns every violation, each with its JSON path.
func Validate(schema Schema, v any) []string {
	var errs []string
	validate(schema, schema, v, "$", &errs)
	return errs
}

func validate(root, s Schema, v any, path string, errs *[]string) {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		defs, _ := root["$defs"].(map[string]any)
		d, ok := defs[name].(map[string]any)
		if !ok {
			*errs = append(*errs, path+": unknown $ref "+ref)
			return
		}
		s = d
	}
	if alts, ok := s["anyOf"].([]any); ok {
		var first []string
		for i, alt := range alts {
			var sub []string
			validate(root, alt.(map[string]any), v, path, &sub)
			if len(sub) == 0 {
				return
			}
			if i == 0 {
				first = sub
			}
		}
		// Say why the first (the non-null) alternative failed.
		*errs = append(*errs, first...)
		return
	}
	if t, ok := s["type"].(string); ok && !isType(v, t) {
		*errs = append(*errs, fmt.Sprintf("%s: %s, want %s", path, kind(v), t))
		return
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := x[r]; !ok {
				*errs = append(*errs, fmt.Sprintf("%s: required %q missing", path, r))
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k].(map[string]any); ok {
				validate(root, ps, x[k], path+"."+k, errs)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					*errs = append(*errs, fmt.Sprintf("%s: property %q not in the schema", path, k))
				}
			case map[string]any:
				validate(root, ap, x[k], path+"."+k, errs)
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				validate(root, items, e, fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	}
}

func asStrings(v any) []string {
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func isType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == float64(int64(f))
	}
	return false
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	}
	return fmt.Sprintf("%T", v)
}
