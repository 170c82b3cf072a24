// The environment settings that build today's data in the forms a hundred times as much takes
// (LIST_PAGE_ROWS, TIMELINE_MAX_MARKS, SEARCH_PART_RECORDS, SEARCH_ROW_PAGES_FROM_HTML), for tests
// and trials, all read one way: a whole number of at least `min`, else no setting. A blank or
// malformed value is no setting, never zero.

export function wholeSetting(value: string | undefined, min = 1): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min ? n : undefined;
}
