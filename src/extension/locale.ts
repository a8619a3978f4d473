import * as vscode from 'vscode';
import { localeFromTag } from '../core/messages';
import type { Locale } from '../core/model';

/** The engine's message language, following VS Code's display language. */
export function engineLocale(): Locale {
  return localeFromTag(vscode.env.language);
}

/** "Now" for the rules: the clock, or CCAL_NOW when the extension host was started with it (tests, demos). */
export function clock(): number {
  const fixed = typeof process === 'undefined' ? undefined : process.env.CCAL_NOW;
  if (fixed) {
    const instant = Date.parse(fixed);
    if (!Number.isNaN(instant)) return instant;
  }
  return Date.now();
}
