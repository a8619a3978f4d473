import * as assert from 'node:assert/strict';
import { isValidResidentId, passesLuhn, personalInfoRule } from '../../../src/core/rules/personal-info';
import { post, testRule } from '../../support/ruleTester';

const fm = '---\ntitle: 活动报名\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: notice\n---\n';
// 11010519491231002X is the standard example of a valid ID; 6222021234567890128 passes Luhn.
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
});

testRule(personalInfoRule, {
  valid: [
    { name: 'numbers that are not personal data', ...post(`${fm}订单号 20261123，门店电话 021-12345678，奶粉 800 克。\n`) },
    { name: 'a mobile-like number inside a longer digit run', ...post(`${fm}编号 138123456789 和 9138123456780\n`) },
    { name: 'a phone number with a +86 prefix written as one run (13 digits)', ...post(`${fm}+8613812345678\n`) },
    { name: 'an 11-digit number not starting 13-19', ...post(`${fm}12812345678\n`) },
    { name: 'an 18-digit number with a wrong check digit that fails Luhn', ...post(`${fm}110105194912310021\n`) },
    { name: 'a 16-digit number failing Luhn', ...post(`${fm}4539578763621487\n`) },
    { name: 'a 15-digit Luhn number (too short for a card)', ...post(`${fm}378282246310005\n`) },
  ],
  invalid: [
    {
      name: 'a mobile number, masked in the message',
      ...post(`${fm}联系小李 13812345678 报名\n`),
      errors: [{ messageId: 'mobile', line: 7, column: 6, endColumn: 17, data: { masked: '138****5678' }, message: 'Mobile phone number 138****5678: remove personal information (PIPL)' }],
    },
    { name: 'a mobile number next to Chinese text', ...post(`${fm}电话13912345678。\n`), errors: [{ messageId: 'mobile', line: 7, column: 3 }] },
    { name: 'a mobile number in the title', ...post(fm.replace('活动报名', '报名请加19912345678')), errors: [{ messageId: 'mobile', line: 2, column: 12 }] },
    { name: 'an ID number ending in X', ...post(`${fm}身份证 ${ID}\n`), errors: [{ messageId: 'residentId', line: 7, column: 5, endColumn: 23 }] },
    { name: 'a bank card number', ...post(`${fm}卡号 ${CARD}\n`), errors: [{ messageId: 'bankCard', line: 7, column: 4, endColumn: 23, data: { masked: '622************0128' } }] },
    { name: 'a 16-digit Luhn number', ...post(`${fm}4539578763621486\n`), errors: [{ messageId: 'bankCard', line: 7, column: 1 }] },
    {
      name: 'several in one body, each reported',
      ...post(`${fm}A 13812345678\nB 15912345678\n`),
      errors: [
        { messageId: 'mobile', line: 7, column: 3 },
        { messageId: 'mobile', line: 8, column: 3 },
      ],
    },
  ],
});
