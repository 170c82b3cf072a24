// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the usual system paths. On a fresh
// machine where we are root with apt-get, installs Debian's chromium (playwright's own browser
// download cannot work without internet). Otherwise fails with instructions; it never skips.

import { existsSync } from "node:fs";
import { aptInstall, canAptInstall } from "./apt.ts";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function found(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function findOrInstallChromium(log: (line: string) => void = console.log): string {
  const existing = found();
  if (existing) return existing;
  if (!canAptInstall()) {
    throw new Error(
      "Browser tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) " +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.",
    );
  }
  log("Chromium not found: installing Debian's chromium with apt-get (one time, a few minutes)...");
  aptInstall(["chromium", "fonts-liberation", "fonts-dejavu-core"]);
  const installed = found();
  if (!installed) throw new Error("apt-get installed chromium, but no binary was found at " + CANDIDATES.join(", "));
  return installed;
}
