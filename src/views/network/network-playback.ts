// Playback of the network through 2025: where it starts and how each tick moves the date. Pure, so
// the stepping (a week a tick, a month with reduced motion, stopping on the last day) is tested
// without timers.

import { addDays, addMonths } from "./network-state.ts";

export const PLAY_START = "2025-01-01";
export const PLAY_END = "2025-12-31";

/** Playback resumes from a date inside the year; from any other date (or none) it starts over. */
export function playFrom(date: string | null): string {
  return date && date >= PLAY_START && date < PLAY_END ? date : PLAY_START;
}

/**
 * The date after one tick, and whether playback ends there. With reduced motion the network changes
 * a month at a time instead of a week, so fewer, calmer changes.
 */
export function playTick(date: string | null, slow: boolean): { date: string; last: boolean } {
  const from = date ?? PLAY_START;
  const next = slow ? addMonths(from, 1) : addDays(from, 7);
  return next >= PLAY_END ? { date: PLAY_END, last: true } : { date: next, last: false };
}

/** Milliseconds between ticks. */
export const playInterval = (slow: boolean): number => (slow ? 1500 : 350);
