// Colours for the story's tracks: Okabe–Ito hues, distinguishable with the common colour-vision
// deficiencies and at least 3:1 against both the light and the dark page background.

import { LABELS, type EventRow } from "../data/tables.generated.ts";

export type Track = EventRow["track"];

const TRACK_COLORS: Record<Track, string> = {
  sanctions: "#0072B2",
  "relief-diplomacy": "#E69F00",
  "minerals-deal": "#009E73",
  war: "#D55E00",
  energy: "#CC79A7",
};

/** In the schema's order, named as the schema's categories name them. */
export const TRACKS: readonly { id: Track; label: string; color: string }[] = (Object.keys(LABELS.events.track) as Track[]).map((id) => ({ id, label: LABELS.events.track[id], color: TRACK_COLORS[id] }));

export const trackLabel = (id: Track): string => TRACKS.find((t) => t.id === id)?.label ?? id;
