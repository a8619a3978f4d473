import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (playwright's own browser download is out of reach here), or the one CHROMIUM names. */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
/** A healthy headless Chromium starts in about a second; playwright's own default waits three minutes. */
const LAUNCH_TIMEOUT_MS = 30_000;

/** Starts headless Chromium, or fails at once with the one thing to do about it. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run "bash scripts/setup-chromium.sh" (npm run test:webview does)`);
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM_PATH} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
}
