import * as assert from 'node:assert/strict';
import { personalInfoRule } from '../../../src/core/rules/personal-info';
import { isPlausibleBirthDate, isValidResidentId, mayHoldPersonalData, passesLuhn } from '../../../src/core/rules/personal-data';
import { post, testRule } from '../../support/ruleTester';

const fm = '---\ntitle: 活动报名\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
const body = (text: string) => post(`${fm}${text}\n`);
// 11010519491231002X is the standard example of a valid ID; the card numbers below pass Luhn.
const ID = '11010519491231002X';
const CARD = '6222021234567890128';

describe('personal-info helpers', () => {
  it('checks the ID check character (MOD 11-2)', () => {
    assert.equal(isValidResidentId(ID), true);
    assert.equal(isValidResidentId('110105194912310021'), false);
  });
  it('checks Luhn', () => {
    assert.equal(passesLuhn('4539578763621486'), true);
    assert.equal(passesLuhn('4539578763621487'), false);
    assert.equal(passesLuhn(CARD), true);
  });
  it('finds where personal data may start: four digits in a row, an @ or a WeChat label, ASCII or full width', () => {
    const search = (text: string) => mayHoldPersonalData(text, 0, text.length);
    for (const digit of [...'0123456789０１２３４５６７８９']) assert.equal(search(`价格 ${digit.repeat(4)}`), 3, digit);
    for (const start of ['@', '＠', '微信', '薇信', 'V信', 'Ｖ信', 'vx', 'ｖｘ', 'VX', 'Wx', 'ＷＸ', 'ｗｘ', 'eChat', 'ｅｃｈａｔ', 'weixin', 'ｗｅｉｘｉｎ']) assert.equal(search(`加 ${start}`), 2, start);
    for (const text of ['11月23日', '价格 199 元', '12:30', '信息', '相信', 'x', 'hat', 'chat', '']) assert.equal(search(text), -1, text);
    assert.equal(mayHoldPersonalData('电话 13812345678', 0, 4), 3, 'a start before the end counts');
    assert.equal(mayHoldPersonalData('电话 13812345678', 0, 3), -1, 'nothing is looked for past the end');
  });
  it('takes real birth dates from 1900 to today only', () => {
    assert.equal(isPlausibleBirthDate('19491231', '2026-11-20'), true);
    assert.equal(isPlausibleBirthDate('20000229', '2026-11-20'), true);
    assert.equal(isPlausibleBirthDate('19000229', '2026-11-20'), false);
    assert.equal(isPlausibleBirthDate('18991231', '2026-11-20'), false);
    assert.equal(isPlausibleBirthDate('20261121', '2026-11-20'), false);
    assert.equal(isPlausibleBirthDate('19901301', '2026-11-20'), false);
  });
});

// Must pass: numbers of everyday posts and of tech articles that look like phone numbers.
const mobileMustPass = [
  ['an order number holding a phone-like run', '订单号 20261123138123456 已发货'],
  ['a SF tracking number', '顺丰 SF1381234567890 已揽收'],
  ['dates', '活动日期 20261123，报名截止 2026-11-23'],
  ['prices', '原价 ¥13812.00，现价 1380 元，合计 13,812,345,678 元'],
  ['a tweet id in a link target', '见[这条推文](https://twitter.com/ccal/status/13812345678)'],
  ['a phone-like link parameter in a bare URL', '报名 https://example.cn/join?phone=13812345678&src=wx'],
  ['an image with a phone-like file name', '![13812345678](img/13812345678.png)'],
  ['an image file name in prose', '截图 13812345678.png 已上传'],
  ['timestamps of 10 and 13 digits', '时间戳 1381234567 与 1738123456789'],
  ['a version number', '升级到 v2.13812345678 或 1.13812345678.2'],
  ['an ISBN', 'ISBN 978-7-111-38123-4，9787111381234'],
  ['inline code', '调用 `sendSms("13812345678")` 即可'],
  ['a fenced code block', '```js\nconst phone = "13812345678";\n```'],
  ['a long digit run', '编号 913812345678012 和 138123456789'],
  ['an 11-digit number not starting 13–19', '12812345678'],
  ['a badly grouped number', '138-1234-56789 与 1381-234-5678'],
  ['a 3-4-4 group inside a longer grouped number', '批次 2024 138 1234 5678'],
  ['a landline', '门店电话 021-12345678'],
  ['an HTML comment', '<!-- 联系人 13812345678 -->报名请私聊'],
  ['an HTML attribute', '<img src="a/13812345678.png" alt="海报">'],
  ['a path segment', '存放在 uploads/13812345678/ 目录'],
  ['a link reference definition', '[报名]\n\n[报名]: https://x.cn/u/13812345678'],
] as const;

// Must pass: long numbers that are not ID or card numbers.
const numbersMustPass = [
  ['an order number that passes Luhn and has a Visa prefix', '订单号 4539578763621486'],
  ['an order number that passes Luhn without an issuer prefix', '2026112300001236'],
  ['a tracking number', '快递单号 SF6217001234567890122，圆通 YT6217001234567890122'],
  ['a tweet id in a link target', '[原文](https://x.com/ccal/status/1712345678901234563)'],
  ['a tweet id in a bare URL', 'https://twitter.com/ccal/status/1712345678901234563'],
  ['a tweet id in prose (no issuer prefix)', '推文 1712345678901234563'],
  ['an ID-shaped number with an impossible birth date', '110105202613241236'],
  ['an ID-shaped number born before 1900', '110105188010101236'],
  ['an ID-shaped number with no such region', '990105199001011236'],
  ['an 18-digit order number', '订单 202611230000123452'],
  ['a card-shaped image file name', '附件 6217001234567890122.jpg'],
  ['a 15-digit legacy ID shape without an ID word', '流水 110105900101123'],
  ['a 17-digit Luhn number without an issuer prefix', '71234567890123455'],
  ['a microsecond timestamp', '1700000000000000'],
  ['a 20-digit run', '62170012345678901220'],
  ['a card number in inline code', '`6217001234567890122`'],
  ['a 16-digit number with a prefix of no listed issuer', '3000123456789019'],
  ['grouped digits without an issuer prefix', '2026 1123 0000 1236'],
  ['a 16-digit number failing Luhn', '4539578763621487'],
  ['a 15-digit Luhn number (too short for a card)', '378282246310005'],
  ['an 18-digit number with a wrong check digit that fails Luhn', '110105194912310021'],
] as const;

const otherMustPass = [
  ['an image at 2x', '图标 logo@2x.png 与 icon@3x.webp'],
  ['an address in code', '`git config user.email me@163.com`'],
  ['an address inside a URL', 'https://user@git.example.cn/repo 与 [邮件](mailto:zhang@163.com)'],
  ['role mailboxes and example domains', '投稿请发 support@brand.cn，示例 someone@example.com，git@github.com'],
  ['placeholder addresses', '格式如 xxx@xxx.com、yourname@domain.com、user@163.com'],
  ['package versions and mentions', 'lodash@4.17.21，@小李 好'],
  ['WeChat in prose', '微信 Android 版、微信 JS-SDK、关注微信公众号、WeChat Pay'],
  ['the wx API', 'wx.login() 与 wxParse'],
  ['an id too short', '微信：abc'],
] as const;

testRule(personalInfoRule, {
  valid: [
    ...[...mobileMustPass, ...numbersMustPass, ...otherMustPass].map(([name, text]) => ({ name, ...body(text) })),
    { name: 'each kind switched off', ...body(`13812345678 ${ID} 卡号 ${CARD} zhang@163.com 微信：lily_2026`), options: { mobile: false, idCard: false, bankCard: false, email: false, wechat: false } },
  ],
  invalid: [
    {
      name: 'a mobile number, masked in the message',
      ...body('联系小李 13812345678 报名'),
      errors: [{ messageId: 'mobile', line: 7, column: 6, endColumn: 17, data: { masked: '138****5678' }, message: 'Mobile phone number 138****5678: remove personal information (PIPL)' }],
    },
    { name: 'a mobile number next to Chinese text', ...body('电话13912345678。'), errors: [{ messageId: 'mobile', line: 7, column: 3 }] },
    { name: 'a mobile number in the title', ...post(fm.replace('活动报名', '报名请加19912345678')), errors: [{ messageId: 'mobile', line: 2, column: 12 }] },
    { name: 'a mobile number written 3-4-4 with spaces', ...body('电话 138 1234 5678'), errors: [{ messageId: 'mobile', line: 7, column: 4, endColumn: 17, data: { masked: '138****5678' } }] },
    { name: 'a mobile number written 3-4-4 with hyphens', ...body('电话：138-1234-5678'), errors: [{ messageId: 'mobile', line: 7, column: 4, endColumn: 17 }] },
    { name: 'a mobile number with +86', ...body('+8613812345678'), errors: [{ messageId: 'mobile', line: 7, column: 1, endColumn: 15, data: { masked: '138****5678' } }] },
    { name: 'a mobile number with +86 and a space', ...body('Tel: +86 138 1234 5678'), errors: [{ messageId: 'mobile', line: 7, column: 6, endColumn: 23 }] },
    { name: 'a mobile number with +86-', ...body('+86-13812345678'), errors: [{ messageId: 'mobile', line: 7, column: 1, endColumn: 16 }] },
    { name: 'a mobile number with 0086', ...body('008613812345678'), errors: [{ messageId: 'mobile', line: 7, column: 1, endColumn: 16 }] },
    { name: 'a mobile number in full-width digits', ...body('电话１３８１２３４５６７８'), errors: [{ messageId: 'mobile', line: 7, column: 3, endColumn: 14, data: { masked: '138****5678' } }] },
    { name: 'a mobile number right after a contact word', ...body('加vx13812345678'), errors: [{ messageId: 'mobile', line: 7, column: 4 }] },
    { name: 'a mobile number after a link', ...body('[报名](https://x.cn/a) 13812345678'), errors: [{ messageId: 'mobile', line: 7, column: 22 }] },
    { name: 'an ID number ending in X', ...body(`身份证 ${ID}`), errors: [{ messageId: 'idCard', line: 7, column: 5, endColumn: 23, data: { masked: '110***********002X' } }] },
    { name: 'an ID number ending in a lower-case x, without a word', ...body('44030419900307123x'), errors: [{ messageId: 'idCard', line: 7, column: 1 }] },
    { name: 'an ID number in full-width digits', ...body('３２０１０２１９８５１１１１０４２０'), errors: [{ messageId: 'idCard', line: 7, column: 1, endColumn: 19 }] },
    { name: 'a 15-digit legacy ID number after an ID word', ...body('身份证号：110105900101123'), errors: [{ messageId: 'idCard', line: 7, column: 6, endColumn: 21 }] },
    { name: 'a bank card number after a card word', ...body(`卡号 ${CARD}`), errors: [{ messageId: 'bankCard', line: 7, column: 4, endColumn: 23, data: { masked: '622************0128' } }] },
    { name: 'a card word wins over a missing issuer prefix', ...body('收款账号：2026112300001236'), errors: [{ messageId: 'bankCard', line: 7, column: 6 }] },
    { name: 'a UnionPay number without a word', ...body('6228480012345671'), errors: [{ messageId: 'bankCard', line: 7, column: 1 }] },
    { name: 'a Visa number without a word', ...body('4539578763621486'), errors: [{ messageId: 'bankCard', line: 7, column: 1 }] },
    { name: 'a Mastercard number without a word', ...body('5200001234567894'), errors: [{ messageId: 'bankCard', line: 7, column: 1 }] },
    { name: 'a card number in groups of four', ...body('银行卡：6217 0012 3456 7890 122'), errors: [{ messageId: 'bankCard', line: 7, column: 5, endColumn: 28, data: { masked: '621************0122' } }] },
    { name: 'an e-mail address', ...body('简历发 zhangsan@163.com 谢谢'), errors: [{ messageId: 'email', line: 7, column: 5, endColumn: 21, data: { masked: 'z***@163.com' } }] },
    { name: 'an e-mail address with dots and plus', ...body('Zhang.San+vip@gmail.com'), errors: [{ messageId: 'email', line: 7, column: 1, endColumn: 24 }] },
    { name: 'an e-mail address as link text', ...body('[zhangsan@163.com](mailto:zhangsan@163.com)'), errors: [{ messageId: 'email', line: 7, column: 2, endColumn: 18 }] },
    { name: 'a QQ mailbox is an e-mail address, not a phone number', ...body('13812345678@qq.com'), errors: [{ messageId: 'email', line: 7, column: 1 }] },
    { name: 'a WeChat id after 微信 and a colon', ...body('微信：zhangsan1990'), errors: [{ messageId: 'wechat', line: 7, column: 4, endColumn: 16, data: { masked: 'zh**********' } }] },
    { name: 'a WeChat id after 微信号', ...body('微信号 lilymom'), errors: [{ messageId: 'wechat', line: 7, column: 5 }] },
    { name: 'a WeChat id after VX with a space', ...body('加 VX abc_123'), errors: [{ messageId: 'wechat', line: 7, column: 6 }] },
    { name: 'a WeChat id right after vx and a full-width colon', ...body('加vx：Lily2024'), errors: [{ messageId: 'wechat', line: 7, column: 5 }] },
    { name: 'a WeChat id after wx', ...body('wx: mama_2026'), errors: [{ messageId: 'wechat', line: 7, column: 5 }] },
    { name: 'a WeChat id after WeChat, with no other label in the post', ...body('WeChat: mama_2026'), errors: [{ messageId: 'wechat', line: 7, column: 9 }] },
    // each label alone on its line, with an id that has no four digits in a row: the line filter must let it through
    { name: 'a WeChat id after weixin', ...body('weixin：mama_bao'), errors: [{ messageId: 'wechat', line: 7, column: 8 }] },
    { name: 'a WeChat id after a full-width WeChat', ...body('ＷｅＣｈａｔ：mamabao'), errors: [{ messageId: 'wechat', line: 7, column: 8 }] },
    { name: 'a WeChat id after a full-width V信', ...body('Ｖ信：mamabao'), errors: [{ messageId: 'wechat', line: 7, column: 4 }] },
    { name: 'a WeChat id after 薇信号', ...body('薇信号：mamabao'), errors: [{ messageId: 'wechat', line: 7, column: 5 }] },
    { name: 'a WeChat id after a full-width ＷＸ', ...body('ＷＸ：mama_bao'), errors: [{ messageId: 'wechat', line: 7, column: 4 }] },
    { name: 'a mobile number in full-width digits, alone on its line', ...body('１３８ １２３４ ５６７８'), errors: [{ messageId: 'mobile', line: 7, column: 1 }] },
    {
      name: 'only the kinds switched on',
      ...body(`13812345678 zhang@163.com`),
      options: { mobile: false },
      errors: [{ messageId: 'email', line: 7, column: 13 }],
    },
    {
      name: 'several in one body, each reported',
      ...body('A 13812345678\nB 15912345678'),
      errors: [
        { messageId: 'mobile', line: 7, column: 3 },
        { messageId: 'mobile', line: 8, column: 3 },
      ],
    },
  ],
});
