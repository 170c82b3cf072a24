// A JSON parser that remembers where every value and key starts, so that a problem in
// datapackage.json can be reported as file:line:column like a problem in a table. JSON.parse gives
// no positions, and it silently keeps the last of two equal keys; this parser reports both.

export interface Position {
  line: number;
  column: number;
}

export type JsonNode =
  | { kind: "object"; at: Position; entries: Map<string, { keyAt: Position; node: JsonNode }> }
  | { kind: "array"; at: Position; items: JsonNode[] }
  | { kind: "string"; at: Position; value: string }
  | { kind: "number"; at: Position; value: number }
  | { kind: "boolean"; at: Position; value: boolean }
  | { kind: "null"; at: Position; value: null };

export interface JsonIssue extends Position {
  message: string;
  expected: string;
}

export type ParsedJson = { node: JsonNode; issues: JsonIssue[] } | { node: null; issues: JsonIssue[] };

/** The plain value of a node, as JSON.parse would give it. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case "object":
      return Object.fromEntries([...node.entries].map(([k, e]) => [k, toValue(e.node)]));
    case "array":
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

class SyntaxProblem extends Error {
  readonly at: Position;
  readonly expected: string;
  constructor(at: Position, message: string, expected: string) {
    super(message);
    this.at = at;
    this.expected = expected;
  }
}

const DEPTH_LIMIT = 64;

/** Parse JSON text. Syntax errors stop parsing (one issue); repeated keys are issues too. */
export function parseJson(text: string): ParsedJson {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const issues: JsonIssue[] = [];
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (message: string, expected: string): never => {
    throw new SyntaxProblem(here(), message, expected);
  };
  const describe = (ch: string | undefined) =>
    ch === undefined ? "the end of the file" : /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? JSON.stringify(ch) : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

  const skipSpace = () => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === "\n" || ch === "\r") {
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        lineStart = i;
      } else if (ch === " " || ch === "\t") {
        i++;
      } else {
        break;
      }
    }
  };

  const parseString = (): string => {
    i++; // opening quote
    let out = "";
    while (true) {
      const ch = text[i];
      if (ch === undefined) fail("string is never closed", 'a closing " on the same line');
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === "\n" || ch === "\r" || ch! < " ") fail(`${describe(ch)} inside a string`, "\\n, \\t or \\uXXXX for control characters in a string");
      if (ch === "\\") {
        const esc = text[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (esc !== undefined && esc in simple) {
          out += simple[esc];
          i += 2;
          continue;
        }
        if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail(`unknown escape \\${esc ?? ""} in a string`, '\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX');
      }
      out += ch;
      i++;
    }
  };

  const parseValue = (depth: number): JsonNode => {
    skipSpace();
    const at = here();
    const ch = text[i];
    if (depth > DEPTH_LIMIT) fail(`nested more than ${DEPTH_LIMIT} levels deep`, "a data package descriptor, which nests a few levels");
    if (ch === "{") {
      i++;
      const entries = new Map<string, { keyAt: Position; node: JsonNode }>();
      skipSpace();
      if (text[i] === "}") {
        i++;
        return { kind: "object", at, entries };
      }
      while (true) {
        skipSpace();
        const keyAt = here();
        if (text[i] !== '"') fail(`${describe(text[i])} where a key should start`, 'a key in double quotes, such as "name"');
        const key = parseString();
        skipSpace();
        if (text[i] !== ":") fail(`${describe(text[i])} after the key ${JSON.stringify(key)}`, '":" between a key and its value');
        i++;
        const node = parseValue(depth + 1);
        const first = entries.get(key);
        if (first) {
          issues.push({ ...keyAt, message: `key ${JSON.stringify(key)} appears twice in this object, first at ${first.keyAt.line}:${first.keyAt.column}`, expected: "each key once; JSON readers keep only one of the two" });
        } else {
          entries.set(key, { keyAt, node });
        }
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { kind: "object", at, entries };
        }
        fail(`${describe(text[i])} after a value in an object`, '"," before the next key, or "}" to close the object');
      }
    }
    if (ch === "[") {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === "]") {
        i++;
        return { kind: "array", at, items };
      }
      while (true) {
        items.push(parseValue(depth + 1));
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { kind: "array", at, items };
        }
        fail(`${describe(text[i])} after an item in a list`, '"," before the next item, or "]" to close the list');
      }
    }
    if (ch === '"') return { kind: "string", at, value: parseString() };
    const literal = /^(?:true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) {
      i += literal[0].length;
      if (literal[0] === "null") return { kind: "null", at, value: null };
      return { kind: "boolean", at, value: literal[0] === "true" };
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) fail(`number ${number[0]} is too large`, "a finite number");
      i += number[0].length;
      return { kind: "number", at, value };
    }
    return fail(`${describe(ch)} where a value should start`, 'a value: "text", a number, true, false, null, [ a list ] or { an object }');
  };

  try {
    const node = parseValue(0);
    skipSpace();
    if (i < text.length) fail(`${describe(text[i])} after the end of the JSON value`, "nothing after the closing }");
    return { node, issues };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { node: null, issues: [{ ...error.at, message: `not valid JSON: ${error.message}`, expected: error.expected }] };
  }
}
