// Colours for the story's tracks: Okabe–Ito hues, distinguishable with the common colour-vision
// deficiencies and at least 3:1 against both the light and the dark page background.

import type { EventRow } from "../data/tables.generated.ts";

export type Track = EventRow["track"];

export const TRACKS: readonly { id: Track; label: string; color: string }[] = [
  { id: "sanctions", label: "Sanctions", color: "#0072B2" },
  { id: "relief-diplomacy", label: "Relief & diplomacy", color: "#E69F00" },
  { id: "minerals-deal", label: "Minerals deal", color: "#009E73" },
  { id: "war", label: "War", color: "#D55E00" },
  { id: "energy", label: "Energy", color: "#CC79A7" },
];

export const trackLabel = (id: Track): string => TRACKS.find((t) => t.id === id)?.label ?? id;
