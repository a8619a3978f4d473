/**
 * Finders for the personal data `personal-info` reports. Each works on prose already masked by `proseLines` (code,
 * URLs, link targets and images gone) and normalised by {@link halfWidth}, and trades recall for precision where a
 * real article's numbers look alike: on 418 Chinese tech articles every hit of a plain digit-run check was a tweet id,
 * a link parameter, a file name or maths.
 *
 * No finder matches across a line break or looks past one for context, so they find the same in a text and in each of
 * its lines.
 */
export type PersonalDataKind = 'mobile' | 'idCard' | 'bankCard' | 'email' | 'wechat';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** The value with separators removed (digits of a phone or card), for the masked message. */
  value: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
// The province-level codes (GB/T 2260) an ID number starts with; 81–83: residence permits of Hong Kong, Macao, Taiwan.
const ID_REGIONS = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

/** GB 11643 (ISO 7064 MOD 11-2) check character of an 18-character resident ID number. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  ID_WEIGHTS.forEach((weight, index) => (sum += Number(id.charAt(index)) * weight));
  return ID_CHECK_CHARS[sum % 11] === id.charAt(17).toUpperCase();
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether `yyyymmdd` is a real date from 1900-01-01 to `today` (`YYYY-MM-DD`). */
export function isPlausibleBirthDate(yyyymmdd: string, today: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` <= today;
}

/** Full-width digits, letters, `＋`, `－`, `：` and the ideographic space as their ASCII forms; the length is kept. */
export function halfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  // Chinese prose has a full-width comma every few characters: the text is copied run by run, without a callback
  // per character
  let result = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x3000 && (code < 0xff01 || code > 0xff5e)) continue;
    result += text.slice(copied, index) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
    copied = index + 1;
  }
  return result + text.slice(copied);
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

const ALNUM = /[0-9A-Za-z_]/;
// Characters that glue a number to a path, a file name, a parameter or a longer token: `a/138…`, `id=…`, `….png`.
const GLUE = /[./\\=&?#%@+\-_~]/;
// Latin words a phone number may directly follow: `vx13812345678`, `Tel:…` is covered by the colon.
const PHONE_WORDS = new Set(['vx', 'wx', 'v', 'tel', 'phone', 'mobile', 'mob', 'qq', 'whatsapp', 'wechat', 'weixin']);

/** No letter, digit or gluing character right before `start`, except a contact word (`vx138…`). */
function freeBefore(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || (!ALNUM.test(before) && !GLUE.test(before))) return true;
  if (!/[A-Za-z]/.test(before)) return false;
  const word = /[A-Za-z]+$/.exec(text.slice(Math.max(0, start - 10), start))?.[0] ?? '';
  return PHONE_WORDS.has(word.toLowerCase()) && !ALNUM.test(text[start - word.length - 1] ?? ' ');
}

/** No letter or digit right after `end`, nor a gluing character followed by one (`….png`, `…@qq.com`, `…-2`). */
function freeAfter(text: string, end: number): boolean {
  const after = text[end];
  if (after === undefined) return true;
  if (ALNUM.test(after)) return false;
  return !(GLUE.test(after) && ALNUM.test(text[end + 1] ?? ' '));
}

/** The same line's text up to `window` characters before `start`, lower-cased, for context words. */
function lineBefore(text: string, start: number, window: number): string {
  const from = Math.max(0, start - window, text.lastIndexOf('\n', start - 1) + 1);
  return text.slice(from, start).toLowerCase();
}

const CARD_WORDS = /卡号|银行卡|储蓄卡|信用卡|借记卡|尾号|账号|帐号|账户|帐户|收款|汇款|转账|打款|开户|card|account|acct/;
const NOT_CARD_WORDS = /订单|单号|运单|快递|物流|编号|流水|交易号|序列号|工单|条码|order|tracking|invoice|serial|isbn|imei|no\.|id/;
const ID_WORDS = /身份证|证件|身份号码|id card|id no|id number/;
const CONTEXT_WINDOW = 16;

/** A card number: Luhn, then a card word just before it, or else (no order/tracking word) an issuer's prefix and length. */
function isCardNumber(digits: string, text: string, start: number): boolean {
  if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) return false;
  const before = lineBefore(text, start, CONTEXT_WINDOW);
  if (CARD_WORDS.test(before)) return true;
  if (NOT_CARD_WORDS.test(before)) return false;
  // UnionPay 62 (16–19 digits); Visa 4, Mastercard 51–55 and 2221–2720, JCB 3528–3589 (16 digits)
  if (digits.startsWith('62')) return true;
  if (digits.length !== 16) return false;
  const four = Number(digits.slice(0, 4));
  return digits[0] === '4' || /^5[1-5]/.test(digits) || (four >= 2221 && four <= 2720) || (four >= 3528 && four <= 3589);
}

function isIdNumber(run: string, text: string, start: number, today: string): boolean {
  if (!ID_REGIONS.has(Number(run.slice(0, 2)))) return false;
  if (run.length === 18) return isPlausibleBirthDate(run.slice(6, 14), today) && isValidResidentId(run);
  // 15-digit numbers issued before 1999 have no check digit: region and birth date alone are too weak, so a word too
  return run.length === 15 && /^\d+$/.test(run) && isPlausibleBirthDate(`19${run.slice(6, 12)}`, today) && ID_WORDS.test(lineBefore(text, start, CONTEXT_WINDOW));
}

// Only runs that can be 15 characters long with their X: the short ones (dates, prices) are most of a text's digits.
const DIGIT_RUN = /\d{14,}[Xx]?/g;
const MOBILE = /(?:(?:\+|00)86[ -]?|\(\+?86\)[ -]?)?1[3-9]\d([ -]?)\d{4}\1\d{4}/g;
const SPACED_CARD = /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?/g;
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
// File extensions after `@`: `logo@2x.png` is an image, not an address.
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'bmp', 'ico', 'avif', 'heic', 'tif', 'tiff', 'pdf', 'mp3', 'mp4', 'mov', 'css', 'js', 'ts', 'json', 'md', 'txt', 'zip', 'html']);
// Mailboxes of a role or a service, not a person (PIPL protects natural persons), and the reserved example domains.
const ROLE_MAILBOXES = /^(?:git|noreply|no-reply|donotreply|support|service|info|contact|admin|webmaster|postmaster|help|sales|marketing|press|feedback|hr|jobs|careers|hello|team|security|abuse)$/i;
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|test|localhost|invalid)$/i;
// Placeholders that tutorials and forms write in place of an address (`xxx@xxx.com`, `yourname@domain.com`).
const PLACEHOLDER_LOCAL = /^(?:x+|your[-_.]?name|your|you|name|user|username|email|test|demo|abc|foo|someone)$/i;
const PLACEHOLDER_DOMAIN = /^(?:x+|domain|your[-_]?domain|company|your[-_]?company)\.[a-z]+$/i;
// A WeChat id after its label: with a colon or 号 any id; with only a space or nothing it needs a digit or `_`,
// so that prose such as `微信 Android 版` passes.
const WECHAT = /(微信号?|V信|薇信|(?<![A-Za-z])(?:VX|vx|Vx|WX|wx|Wx|WeChat|Wechat|wechat|weixin)(?![A-Za-z]))( ?[:：] ?| ?号[:：]? ?| ?)([a-zA-Z][-_a-zA-Z0-9]{5,19})(?![-_a-zA-Z0-9])/g;

/** Something every label of WECHAT holds: most texts have none, and one search says so. */
const MAY_BE_WECHAT_LABEL = /信|[VvWw][Xx]|e[Cc]hat|weixin/;

function* digitRuns(text: string, today: string): Generator<PersonalDataHit> {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0];
    const start = match.index ?? 0;
    const end = start + run.length;
    if (run.length < 15 || !freeBefore(text, start) || !freeAfter(text, end)) continue;
    if ((run.length === 15 || run.length === 18) && isIdNumber(run, text, start, today)) yield { kind: 'idCard', start, end, value: run };
    else if (/^\d+$/.test(run) && isCardNumber(run, text, start)) yield { kind: 'bankCard', start, end, value: run };
  }
}

function* mobiles(text: string): Generator<PersonalDataHit> {
  for (const match of text.matchAll(MOBILE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!freeBefore(text, start) || !freeAfter(text, end)) continue;
    // a 3-4-4 group inside a longer grouped number (`6222 1381 2345 6789`) is not a phone number
    const separated = match[1] !== '';
    if (separated && (/\d[ -]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ -]\d/.test(text.slice(end, end + 2)))) continue;
    yield { kind: 'mobile', start, end, value: match[0].replace(/\D/g, '').slice(-11) };
  }
}

function* spacedCards(text: string): Generator<PersonalDataHit> {
  for (const match of text.matchAll(SPACED_CARD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '');
    if (freeBefore(text, start) && freeAfter(text, end) && isCardNumber(digits, text, start)) yield { kind: 'bankCard', start, end, value: digits };
  }
}

function* emails(text: string): Generator<PersonalDataHit> {
  if (!text.includes('@')) return;
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index ?? 0;
    // EMAIL matches one @ between a local part and a domain
    const [local = '', domain = ''] = match[0].split('@');
    if (/[A-Za-z0-9._%+\-/:]/.test(text[start - 1] ?? ' ') || local.endsWith('.')) continue;
    if (FILE_TLDS.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase()) || ROLE_MAILBOXES.test(local) || EXAMPLE_DOMAIN.test(domain)) continue;
    if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain)) continue;
    yield { kind: 'email', start, end: start + match[0].length, value: match[0] };
  }
}

function* wechatIds(text: string): Generator<PersonalDataHit> {
  if (!MAY_BE_WECHAT_LABEL.test(text)) return;
  for (const match of text.matchAll(WECHAT)) {
    const [whole, label = '', separator = '', id = ''] = match;
    if (!/[:：号]/.test(label + separator) && !/[\d_]/.test(id)) continue;
    const start = (match.index ?? 0) + whole.length - id.length;
    yield { kind: 'wechat', start, end: start + id.length, value: id };
  }
}

/**
 * What every piece of personal data holds in its line's source, before masking and {@link halfWidth}: four digits in a
 * row (phone, ID and card numbers all have a group of four), an `@` (e-mail) or a WeChat label, in ASCII or full
 * width. A line without any cannot hold one: masking only hides characters and halfWidth only narrows them, so what
 * the finders match was there in the source, at the same places. Most lines with a digit have a date or a price.
 */
const HOLDS_PERSONAL_DATA_AT = /[0-9０-９]{4}|[@＠]|[微薇VＶ]信|[VvＶｖWwＷｗ][XxＸｘ]|[eｅ][cCｃＣ][hｈ][aａ][tｔ]|[wｗ][eｅ][iｉ][xｘ][iｉ][nｎ]/y;
/** The characters HOLDS_PERSONAL_DATA_AT can start with, by code unit. */
const MAY_START_PERSONAL_DATA = new Uint8Array(0x10000);
for (const char of '0123456789０１２３４５６７８９@＠微薇VＶvｖWwＷｗeｅ') MAY_START_PERSONAL_DATA[char.charCodeAt(0)] = 1;

/**
 * Where the first HOLDS_PERSONAL_DATA_AT starts from `from` up to `end`, or -1 (a proseLines search). A loop over a
 * table of first characters, the regex tried only where one stands: irregexp alone spent some 5 ns a character of
 * Chinese text on a search that, in most lines, finds nothing.
 */
export function mayHoldPersonalData(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    if (MAY_START_PERSONAL_DATA[text.charCodeAt(at)] !== 1) continue;
    HOLDS_PERSONAL_DATA_AT.lastIndex = at;
    if (HOLDS_PERSONAL_DATA_AT.test(text)) return at;
  }
  return -1;
}

/** Every piece of personal data in masked, half-width prose, in text order; `today` bounds birth dates. */
export function findPersonalData(text: string, today: string): PersonalDataHit[] {
  const hits = [...mobiles(text), ...digitRuns(text, today), ...spacedCards(text), ...emails(text), ...wechatIds(text)];
  return hits.sort((a, b) => a.start - b.start);
}
