import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { displayLocale } from './locale';

const CHINESE: Readonly<Record<string, string>> = chinese;

/**
 * The extension's texts in the language `displayLocale()` picks, from a bundle in VS Code's l10n format. VS Code's own
 * l10n API follows the display language fixed when the window starts; this follows the `communityCalendar.locale`
 * setting too, and a change of it takes effect without a reload. `{0}`, `{1}`… are filled from `args`; without
 * args the template comes back as it is (the calendar fills its own).
 */
export const l10n = {
  t(message: string, ...args: ReadonlyArray<string | number>): string {
    const template = displayLocale() === 'zh-CN' ? (CHINESE[message] ?? message) : message;
    if (args.length === 0) return template;
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
  },
};
