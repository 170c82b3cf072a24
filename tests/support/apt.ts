// On a fresh Debian machine where the tests run as root, what they need from the system (Chromium,
// the DejaVu fonts downloads are drawn in) is installed with apt-get once, rather than skipped.
import { execFileSync, spawnSync } from "node:child_process";

export function canAptInstall(): boolean {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return root && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

export function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
}
