// Finds the Chromium the end-to-end suite drives: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags for a headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  throw new Error(
    [
      "No Chromium found for the end-to-end tests. Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install -y chromium   (then /usr/bin/chromium is used)",
      "  - Playwright's own browser: npx playwright install chromium",
      "  - or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
}
