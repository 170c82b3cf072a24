// The data downloads are written a piece at a time (src/build/data-downloads.ts); a reader's file
// must be the same as if the whole table had been written at once.
import { describe, expect, it } from "vitest";
import { servedCsvLines } from "../../src/data/csv.ts";
import { jsonDownload } from "../../src/data/downloads.ts";

const whole = (pieces: Iterable<string>) => [...pieces].join("");

describe("the JSON download", () => {
  const rows = [
    { id: "evt-a", date: "2025-02-18", headline: 'Talks in Riyadh, "first" since 2022\nsecond line', actors: ["act-a", "act-b"], amount: 1.5, note: null },
    { id: "evt-b", date: "2025-04-30", headline: "Deal signed — Київ, Washington", actors: [], amount: 0, note: "" },
  ];

  it("reads back as the typed rows, in the indented form JSON.stringify gives the whole table", () => {
    const text = whole(jsonDownload(rows));
    expect(JSON.parse(text)).toEqual(rows);
    expect(text).toBe(JSON.stringify(rows, null, 1) + "\n");
    expect(text.split("\n")[1]).toBe(" {");
  });

  it("comes a row at a time, so no piece holds the whole table", () => {
    expect([...jsonDownload(rows)]).toHaveLength(3);
  });

  it("is an empty list for a table with no rows", () => {
    expect(whole(jsonDownload([]))).toBe("[]\n");
  });
});

describe("the CSV download", () => {
  it("is the maintained cells with formula cells neutralised, one line per piece", () => {
    const maintained = 'id,name,note\r\nact-a,"Ann, Jr.",=1+1\r\nact-b,Bob,"two\nlines"\r\n';
    const pieces = [...servedCsvLines(maintained)];
    expect(pieces).toEqual(["id,name,note\n", 'act-a,"Ann, Jr.",\'=1+1\n', 'act-b,Bob,"two\nlines"\n']);
  });

  it("quotes a first cell that starts with a byte-order mark character, so it is not read as one", () => {
    // A file's own byte-order mark is stripped as it is read; this one is part of the first cell.
    expect(whole(servedCsvLines("\uFEFF\uFEFFid,name\nx,y\n"))).toBe('"\uFEFFid",name\nx,y\n');
  });
});
