/**
 * Which Chromium to drive. Playwright cannot download its browsers on every machine, so:
 * CHROMIUM_PATH if set; else Debian's /usr/bin/chromium when present; else undefined, which lets
 * Playwright use its own downloaded browser.
 */
import { existsSync } from 'node:fs';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
