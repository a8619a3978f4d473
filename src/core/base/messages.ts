import type { Locale, Localized, MessageData } from './domain';

/** Fills `{{name}}` placeholders; Localized values are taken in the same locale. */
export function formatMessage(template: Localized, data: MessageData, locale: Locale): string {
  return template[locale].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

/** Picks the product language from a locale tag such as `zh-CN`, `zh_CN.UTF-8` or `en-US`. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag !== undefined && /^zh/i.test(tag) ? 'zh-CN' : 'en';
}
