// Before the data tier: the fonts its export checks draw with (tests/support/fonts.ts).
import { findOrInstallDejaVu } from "./fonts.ts";

export default function setup(): void {
  findOrInstallDejaVu();
}
