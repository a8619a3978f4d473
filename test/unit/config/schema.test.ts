import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { buildConfigSchema } from '../../../src/core/config/schema';

const REPO = path.resolve(__dirname, '../../../..');
const SCHEMA_FILE = path.join(REPO, 'schemas/community.schema.json');

describe('community.yaml JSON Schema', () => {
  const shipped = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(shipped);

  it('is the one generated from the rules (run `npm run schema` after changing a rule\'s options)', () => {
    assert.deepEqual(shipped, buildConfigSchema());
  });

  for (const fixture of ['test/fixtures/basic', 'test/fixtures/clean', 'test/fixtures/nested/community', 'examples/mom-and-baby']) {
    it(`accepts ${fixture}/community.yaml`, () => {
      const config: unknown = parse(fs.readFileSync(path.join(REPO, fixture, 'community.yaml'), 'utf8'));
      assert.ok(validate(config), JSON.stringify(validate.errors));
    });
  }

  const rejected: Array<[string, string]> = [
    ['an unknown rule', 'rules: { ad-ratoi: warning }'],
    ['a wrong option type', 'rules: { ad-ratio: { max: "20%" } }'],
    ['an option out of range', 'rules: { ad-ratio: { max: 2 } }'],
    ['an unknown option', 'rules: { min-gap: { minutes: 30, hours: 1 } }'],
    ['a bad group id', 'groups: [{ id: Mom }]'],
    ['an unknown platform', 'groups: [{ id: a, platform: weixin }]'],
    ['an unknown tier', 'tiers: { vip: {} }'],
    ['an unknown role', 'people: [{ id: a, roles: [editor] }]'],
    ['a bad person id', 'people: [{ id: XiaoLi }]'],
    ['a person without id', 'people: [{ name: 小李 }]'],
  ];
  it('accepts people with one role or a list of roles', () => {
    assert.ok(validate(parse('people: [{ id: xiaoli, name: 小李, roles: [writer] }, { id: xiaowang, roles: lead }]')), JSON.stringify(validate.errors));
  });

  for (const [name, text] of rejected) {
    it(`rejects ${name}`, () => assert.equal(validate(parse(text)), false));
  }
});
