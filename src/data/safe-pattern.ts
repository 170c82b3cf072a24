// Patterns in datapackage.json are code that runs on every cell, so they are held to a vetted subset
// of regular expressions and run under a time limit:
// - the subset (literals, classes, groups, alternation, counted repeats, \d \w \s and Unicode
//   property escapes) leaves out lookaround, backreferences and anchors, which Table Schema
//   patterns do not need (they are anchored already) and which make matching unpredictable;
// - a pattern that still backtracks badly (such as (a+)+ on "aaaa…!") is stopped after a second
//   and reported at the cell it stalled on, instead of hanging the build.
// A pattern that fails to compile is a message at its place in datapackage.json, never a crash.

import vm from "node:vm";

export const PATTERN_TIME_LIMIT_MS = 1000;
const MAX_PATTERN_LENGTH = 500;
const MAX_REPEAT = 1000;

/** Why a pattern is outside the supported subset, or null when it is fine. */
export function patternProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is ${pattern.length} characters long (at most ${MAX_PATTERN_LENGTH})`;
  let i = 0;
  let depth = 0;
  let canRepeat = false; // whether the previous token is something a quantifier may follow
  const ESCAPES = new Set(["d", "D", "w", "W", "s", "S"]);
  const LITERAL_ESCAPES = new Set([..."^$\\.*+?()[]{}|/-"]);

  const escape = (inClass: boolean): string | null => {
    const next = pattern[i + 1];
    if (next === undefined) return "ends with a lone \\";
    if (/[1-9]/.test(next) || next === "k") return "uses a backreference (\\1, \\k<name>), which the pattern subset leaves out";
    if (next === "b" || next === "B") return inClass ? "uses \\b inside a class" : "uses a word boundary (\\b), which the pattern subset leaves out";
    if (next === "u") {
      const m = /^\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(pattern.slice(i));
      if (!m) return "has a \\u escape that is not \\uXXXX or \\u{X…}";
      i += m[0].length;
      return null;
    }
    if (next === "p" || next === "P") {
      const m = /^\\[pP]\{[A-Za-z_=]+\}/.exec(pattern.slice(i));
      if (!m) return "has a \\p escape without {Property}";
      i += m[0].length;
      return null;
    }
    if (ESCAPES.has(next) || LITERAL_ESCAPES.has(next)) {
      i += 2;
      return null;
    }
    return `uses the escape \\${next}, which the pattern subset leaves out (allowed: \\d \\w \\s, their capitals, \\p{…}, \\uXXXX and escaped punctuation)`;
  };

  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const problem = escape(false);
      if (problem) return problem;
      canRepeat = true;
    } else if (ch === "[") {
      i += pattern[i + 1] === "^" ? 2 : 1;
      if (pattern[i] === "]") return "has an empty character class []";
      while (i < pattern.length && pattern[i] !== "]") {
        if (pattern[i] === "\\") {
          const problem = escape(true);
          if (problem) return problem;
        } else if (pattern[i] === "[") {
          return "has [ inside a character class (write \\[)";
        } else {
          i++;
        }
      }
      if (pattern[i] !== "]") return "has a character class that is never closed with ]";
      i++;
      canRepeat = true;
    } else if (ch === "(") {
      if (pattern[i + 1] === "?") {
        if (pattern[i + 2] !== ":") return "uses a lookaround or named group ((?=, (?!, (?<), which the pattern subset leaves out; (?: is allowed";
        i += 3;
      } else {
        i++;
      }
      depth++;
      canRepeat = false;
    } else if (ch === ")") {
      if (depth === 0) return "closes a group that was never opened";
      depth--;
      i++;
      canRepeat = true;
    } else if (ch === "|") {
      i++;
      canRepeat = false;
    } else if (ch === "^" || ch === "$") {
      return `uses the anchor ${ch}; patterns must match the whole value already, so leave it out`;
    } else if (ch === "*" || ch === "+" || ch === "?" || ch === "{") {
      if (!canRepeat) return `has ${ch} with nothing before it to repeat`;
      if (ch === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m) return "has a { that is not a repeat count such as {2} or {1,3} (write \\{ for the character)";
        const low = Number(m[1]);
        const high = m[3] ? Number(m[3]) : low;
        if (low > MAX_REPEAT || high > MAX_REPEAT) return `repeats something more than ${MAX_REPEAT} times`;
        if (m[3] && high < low) return `has the repeat count ${m[0]}, whose maximum is below its minimum`;
        i += m[0].length;
      } else {
        i++;
      }
      if (pattern[i] === "?") i++; // lazy repeat
      canRepeat = false;
    } else if (ch === "}" || ch === "]") {
      return `has an unmatched ${ch} (write \\${ch} for the character)`;
    } else {
      i++;
      canRepeat = true;
    }
  }
  if (depth > 0) return "opens a group with ( that is never closed";
  try {
    compilePattern(pattern);
  } catch (error) {
    return `does not compile: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "")}`;
  }
  return null;
}

/** Table Schema patterns match the whole value. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

export type PatternResult = boolean | "timeout";

const BATCH = 2000;
/** One sandbox for every batch: creating a context costs about half a millisecond. */
let sandbox: vm.Context | undefined;
const matcher = new vm.Script("for (; i < values.length; i++) results[i] = patterns[i].test(values[i]);");
const compiled = new Map<string, RegExp>();

function runOne(pattern: RegExp, value: string, limitMs: number): PatternResult {
  const context = (sandbox ??= vm.createContext({}));
  Object.assign(context, { patterns: [pattern], values: [value], results: [] as boolean[], i: 0 });
  try {
    matcher.runInContext(context, { timeout: limitMs });
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    if ((context.i as number) < 1) return "timeout";
  }
  return (context.results as boolean[])[0]!;
}

/**
 * Test each value against its pattern, giving up on a value that takes longer than the time limit
 * ("timeout"). After a timeout, later values of the same pattern are not tested (the pattern needs
 * fixing first) and come back as undefined. Runs in few batches: each timed run starts a watchdog.
 */
export function matchPatterns(items: readonly { pattern: string; value: string }[], limitMs = PATTERN_TIME_LIMIT_MS): (PatternResult | undefined)[] {
  const results: (PatternResult | undefined)[] = new Array(items.length).fill(undefined);
  const stalled = new Set<string>();
  const regex = (p: string) => compiled.get(p) ?? compiled.set(p, compilePattern(p)).get(p)!;
  let start = 0;
  while (start < items.length) {
    const batch: number[] = [];
    for (let k = start; k < items.length && batch.length < BATCH; k++) if (!stalled.has(items[k]!.pattern)) batch.push(k);
    if (batch.length === 0) break;
    const context = (sandbox ??= vm.createContext({}));
    Object.assign(context, {
      patterns: batch.map((k) => regex(items[k]!.pattern)),
      values: batch.map((k) => items[k]!.value),
      results: [] as boolean[],
      i: 0,
    });
    let done = batch.length;
    try {
      matcher.runInContext(context, { timeout: limitMs });
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
      // On a busy machine the limit can strike just after the last value was tested: then nothing
      // timed out (indexing past the batch here once crashed the build).
      done = Math.min(context.i as number, batch.length);
    }
    (context.results as boolean[]).slice(0, done).forEach((r, n) => (results[batch[n]!] = r));
    if (done < batch.length) {
      // The limit is wall time for the whole batch, so a long garbage collection or a loaded
      // machine can make it strike on a value that is quick to match (at a hundred times today's
      // data, a date, with the machine's load at 22). That value gets a run of its own: only a
      // value that stalls alone is reported.
      const k = batch[done]!;
      results[k] = runOne(regex(items[k]!.pattern), items[k]!.value, limitMs);
      if (results[k] === "timeout") stalled.add(items[k]!.pattern);
    }
    start = done < batch.length ? batch[done]! + 1 : batch[batch.length - 1]! + 1;
  }
  return results;
}
