// What the as-of texts and drawings share: a value and the days it held, so the date bar can show
// the one in force on the chosen day.

/** A value and the days it held: [from, until), both first days; "" = the record's start / still so. */
export interface Version<T> {
  from: string;
  until: string;
  value: T;
}
