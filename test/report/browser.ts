import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Debian puts Chromium; `LEAD_CADENCE_CHROMIUM` points elsewhere. */
export const CHROMIUM = process.env["LEAD_CADENCE_CHROMIUM"] ?? "/usr/bin/chromium";
/** CI sets `LEAD_CADENCE_BROWSER=required`: a browser test that cannot start Chromium fails instead of skipping. */
export const BROWSER_REQUIRED = process.env["LEAD_CADENCE_BROWSER"] === "required";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium with a fresh profile; `close` also removes the profile. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium, or says why it cannot. */
export async function startBrowser(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM}`;
  const profile = mkdtempSync(join(tmpdir(), "lead-cadence-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 120_000 });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    return `Chromium at ${CHROMIUM} did not start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}
