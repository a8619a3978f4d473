import * as vscode from 'vscode';
import { localeFromTag } from '../core/base/messages';
import type { Locale } from '../core/base/domain';
import { SETTINGS } from './ids';

export type LocaleSetting = 'auto' | Locale;

/**
 * The language of everything the extension shows (diagnostics, views, the calendar): the `communityCalendar.locale`
 * setting, or VS Code's display language when it is `auto`. Code-server without Microsoft's language pack can only
 * show Chinese this way.
 */
export function displayLocale(): Locale {
  const setting = vscode.workspace.getConfiguration(SETTINGS.section).get<LocaleSetting>(SETTINGS.locale, 'auto');
  return setting === 'en' || setting === 'zh-CN' ? setting : localeFromTag(vscode.env.language);
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
