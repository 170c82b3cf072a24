// What /data/<table>.json holds, a piece at a time (the CSV's pieces are csv.ts servedCsvLines): a
// build writes them to files as they are made (src/build/data-downloads.ts) rather than holding a
// whole table's text, and the dev server joins the pieces (src/pages/data/). At a hundred times
// today's data the sources table alone is 31 MB of CSV and 46 MB of JSON.

/**
 * The JSON download: the typed rows, in exactly the text `JSON.stringify(rows, null, 1)` makes,
 * with a final newline, one row at a time. A row's own lines move in by one space, as they are one
 * level deeper in the array (JSON text has no raw newline inside a string, so every newline in a
 * row's text starts a line).
 */
export function* jsonDownload(rows: readonly unknown[]): Generator<string> {
  if (rows.length === 0) {
    yield "[]\n";
    return;
  }
  for (let i = 0; i < rows.length; i++) {
    yield (i === 0 ? "[\n " : ",\n ") + JSON.stringify(rows[i], null, 1).replaceAll("\n", "\n ");
  }
  yield "\n]\n";
}
