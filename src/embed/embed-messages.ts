// The height messages an embed sends to the page around it. Two formats, so hosts need nothing of
// ours: Pym.js (NPR's parent script, which many newsroom CMSs load) and AMP's amp-iframe.

/** Pym.js joins its fields with this token: "pym" xPYMx <childId> xPYMx <type> xPYMx <message>. */
export const PYM_DELIMITER = "xPYMx";

export function pymMessage(childId: string, type: string, message: string): string {
  return ["pym", childId, type, message].join(PYM_DELIMITER);
}

/** The type and message of a Pym.js message addressed to `childId`, or null. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== "string") return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(PYM_DELIMITER);
  if (at <= 0) return null;
  return { type: rest.slice(0, at), message: rest.slice(at + PYM_DELIMITER.length) };
}

/** AMP's amp-iframe resize request. */
export function ampEmbedSize(height: number): { sentinel: "amp"; type: "embed-size"; height: number } {
  return { sentinel: "amp", type: "embed-size", height };
}
