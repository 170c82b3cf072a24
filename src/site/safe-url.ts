// Only http(s) URLs from data become links; anything else (javascript:, data:, relative paths) is
// shown as text. The validator already rejects them, this is the second lock on the door.

export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    // A user name before the host (https://trusted.example@evil.example/) reads like one site and
    // goes to another; the validator refuses it, and no link is made of it here either.
    if (url.username || url.password) return null;
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The host name a reader recognises ("kyivindependent.com"), for link labels. */
export function hostOf(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, "");
  } catch {
    return value;
  }
}
