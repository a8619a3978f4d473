import { launchChromium } from './chromium';

/**
 * Root hooks of the webview suites (mocha --require): Chromium must start before any test runs, so a machine
 * without it fails once, in seconds, with one line saying why, instead of once per test.
 */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    const browser = await launchChromium();
    await browser.close();
  },
};
