// The one form every table is kept in, so that a diff shows only real edits: UTF-8 without a
// byte-order mark, LF line endings with a final one, commas between cells, quotes only where a
// cell needs them (a comma, a quote or a line break), no empty rows or empty columns after the
// last. `npm run format-data` writes it; it also undoes what a spreadsheet did that can be undone
// without guessing: ";" between cells and TRUE/FALSE in boolean columns. Reformatted dates are left
// alone: "3/1/2025" may have been "2025-03" or "2025-03-01", and only the maintainer knows.

import { parseCsv } from "./csv.ts";
import type { Resource } from "./descriptor.ts";
import { plural } from "./words.ts";

/** A cell as the canonical form writes it: quoted only when it must be. Never neutralised (see csv.ts). */
export function canonicalCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function canonicalRow(cells: readonly string[]): string {
  return cells.map(canonicalCell).join(",");
}

export type Canonical = { text: string; changes: string[] } | { error: string };


/** The canonical text of a table, and in words what differs from `input`; or why it cannot be made. */
export function canonicalCsv(input: string, resource?: Resource): Canonical {
  const changes: string[] = [];
  const bom = input.startsWith("\uFEFF");
  const text = bom ? input.slice(1) : input;
  if (bom) changes.push("removed the byte-order mark");

  // A header with no comma whose ";"- or tab-separated parts are column names: that is the separator.
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const names = new Set(resource?.schema.fields.map((f) => f.name) ?? []);
  let delimiter = ",";
  for (const candidate of [";", "\t"]) {
    const parts = firstLine.split(candidate);
    if (!firstLine.includes(",") && parts.length > 1 && (names.size === 0 || parts.filter((p) => names.has(p.replace(/^"|"$/g, ""))).length >= 2)) {
      delimiter = candidate;
      changes.push(`cells separated by ${candidate === ";" ? '";"' : "tabs"} now separated by commas`);
      break;
    }
  }
  const parsed = parseCsv(text, delimiter);
  const error = parsed.errors[0];
  if (error) return { error: `line ${error.line}, column ${error.column}: ${error.message} (expected ${error.expected})` };

  const [header, ...records] = parsed.records;
  if (!header) return { text: "", changes };
  let width = header.cells.length;
  while (width > 1 && header.cells[width - 1]!.value === "" && !header.cells[width - 1]!.quoted) width--;
  if (width < header.cells.length) changes.push(`removed ${plural(header.cells.length - width, "empty column")} after the last`);
  const booleans = new Set(
    header.cells.slice(0, width).flatMap((c, i) => (resource?.schema.fields.find((f) => f.name === c.value)?.type === "boolean" ? [i] : [])),
  );

  let emptyRows = 0;
  let trailing = 0;
  let lowered = 0;
  const rows: string[][] = [header.cells.slice(0, width).map((c) => c.value)];
  for (const record of records) {
    let cells = record.cells.map((c) => c.value);
    if (cells.length > 1 && cells.every((v, i) => v === "" && !record.cells[i]!.quoted)) {
      emptyRows++;
      continue;
    }
    // Only empty cells past the header are dropped; a row with text there is left for the validator.
    if (cells.length > width && cells.slice(width).every((v) => v === "")) {
      trailing++;
      cells = cells.slice(0, width);
    }
    cells = cells.map((v, i) => {
      if (booleans.has(i) && /^(?:true|false)$/i.test(v) && v !== v.toLowerCase()) {
        lowered++;
        return v.toLowerCase();
      }
      return v;
    });
    rows.push(cells);
  }
  if (emptyRows > 0) changes.push(`removed ${plural(emptyRows, "empty row")}`);
  if (trailing > 0) changes.push(`removed empty cells after the last column in ${plural(trailing, "row")}`);
  if (lowered > 0) changes.push(`wrote ${plural(lowered, "TRUE or FALSE", "TRUEs and FALSEs")} as true or false`);

  const out = rows.map(canonicalRow).join("\n") + "\n";
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.replace(/\r\n/g, "").match(/\r/g) ?? []).length;
  if (crlf > 0) changes.push(`${plural(crlf, "Windows line ending")} (CRLF) now LF`);
  if (cr > 0) changes.push(`${plural(cr, "old Mac line ending")} (CR) now LF`);
  const needless = parsed.records.reduce((n, r) => n + r.cells.filter((c) => c.quoted && !/[",\r\n]/.test(c.value)).length, 0);
  if (needless > 0) changes.push(`${plural(needless, "cell")} no longer in quotes that need none`);
  if (!/[\r\n]$/.test(text) && text !== "") changes.push("added the final line break");
  if (/\n{2,}$/.test(text.replace(/\r\n?/g, "\n"))) changes.push("removed empty lines at the end");
  if (out === input) return { text: out, changes: [] };
  if (changes.length === 0) changes.push("rewrote the file in canonical form");
  return { text: out, changes };
}
