// DejaVu Sans for the data tier: downloads and share cards are rasterized in it (src/export/png.ts),
// and the word-wrap test measures lines as it draws them. A test that skipped without the font could
// not fail, so the font is installed here when it can be, and its absence is an error otherwise.
import { dejaVuFiles } from "../../src/export/png.ts";
import { aptInstall, canAptInstall } from "./apt.ts";

export const DEJAVU_MISSING =
  "DejaVu Sans is not installed: downloads and share cards are drawn in it. Install it " +
  "(Debian/Ubuntu: `sudo apt-get install fonts-dejavu-core`), then run the tests again.";

export function findOrInstallDejaVu(log: (line: string) => void = console.log): string[] {
  if (dejaVuFiles().length >= 2) return dejaVuFiles();
  if (!canAptInstall()) throw new Error(DEJAVU_MISSING);
  log("DejaVu Sans not found: installing Debian's fonts-dejavu-core with apt-get (one time)...");
  aptInstall(["fonts-dejavu-core"]);
  if (dejaVuFiles().length < 2) throw new Error(DEJAVU_MISSING);
  return dejaVuFiles();
}
