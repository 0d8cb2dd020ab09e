//! The JSON Schema (draft-07) of the programme format, generated from the loader's own key
//! table, so an editor (taplo, Even Better TOML) checks and completes exactly the keys the
//! loader reads, with a description on every one. Must never name a key or describe one
//! itself: everything comes from `keys`.

use serde_json::{Map, Value, json};

use super::keys::{self, Key, Shape};

/// The JSON Schema of a programme file, for `liftpace schema` and editors.
pub fn schema() -> Value {
    let mut root = object(keys::TOP.iter());
    root["$schema"] = json!("http://json-schema.org/draft-07/schema#");
    root["title"] = json!("liftpace programme");
    root["description"] = json!(
        "A liftpace training programme: days of exercises, each paced rep by rep. Written by \
         hand in TOML; `liftpace check FILE` explains any problem."
    );
    root
}

/// A table whose keys are fixed: any other key is a typo.
pub(crate) fn object<'k>(keys: impl Iterator<Item = &'k Key>) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for key in keys {
        let mut property = shape(&key.shape);
        property["description"] = json!(key.about);
        properties.insert(key.name.to_string(), property);
        if key.required {
            required.push(json!(key.name));
        }
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn shape(of: &Shape) -> Value {
    match of {
        Shape::Text => json!({ "type": "string" }),
        Shape::Pattern(pattern) => json!({ "type": "string", "pattern": pattern }),
        Shape::Word(word) => json!({
            "type": "string",
            "pattern": any_case(word),
            "examples": [word],
        }),
        Shape::Choice(choices) => json!({ "type": "string", "enum": choices }),
        Shape::Whole { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
        Shape::Number { min, above, max, below, step } => {
            let mut n = json!({ "type": "number" });
            n[if *above { "exclusiveMinimum" } else { "minimum" }] = json!(min);
            if let Some(max) = max {
                n[if *below { "exclusiveMaximum" } else { "maximum" }] = json!(max);
            }
            if let Some(step) = step {
                n["multipleOf"] = json!(step);
            }
            n
        }
        Shape::Flag => json!({ "type": "boolean" }),
        Shape::AnyOf(shapes) => json!({ "anyOf": shapes.iter().map(shape).collect::<Vec<_>>() }),
        Shape::List { item, max } => {
            let mut list = json!({ "type": "array", "items": shape(item) });
            if let Some(max) = max {
                list["maxItems"] = json!(max);
            }
            list
        }
        Shape::Table(keys) => object(keys.iter()),
        // The loader refuses an empty list of days or exercises.
        Shape::Tables(keys) => {
            json!({ "type": "array", "minItems": 1, "items": object(keys.iter()) })
        }
        Shape::Map(value) => json!({ "type": "object", "additionalProperties": shape(value) }),
        Shape::Defaults => object(keys::defaults()),
    }
}

/// A pattern matching `word` in any letter case with spaces around, as the loader reads it.
fn any_case(word: &str) -> String {
    let letters: String = word
        .chars()
        .map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase()))
        .collect();
    format!(r"^\s*{letters}\s*$")
}
