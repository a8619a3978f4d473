import * as assert from 'node:assert/strict';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { ccal } from './run';
import { at } from '../support/defined';

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
  }>;
}

describe('ccal lint --format sarif', () => {
  // unicodeRegExp off: one pattern in the published schema is not valid with the u flag
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);

  it('is valid SARIF 2.1.0 and carries every result, info included', () => {
    const run = ccal(['lint', 'test/fixtures/basic', '-f', 'sarif', '--now', '2026-11-22T09:00']);
    assert.equal(run.status, 1);
    const raw: unknown = JSON.parse(run.stdout);
    assert.ok(validate(raw), JSON.stringify(validate.errors, null, 2));
    const log = raw as unknown as SarifLog;
    const results = at(log.runs, 0).results;
    assert.equal(results.length, 6);
    assert.deepEqual(
      results.map((result) => `${at(result.locations, 0).physicalLocation.artifactLocation.uri}:${at(result.locations, 0).physicalLocation.region.startLine}:${at(result.locations, 0).physicalLocation.region.startColumn} ${result.ruleId} ${result.level}`)[0],
      'posts/2026-11/2026-11-23-longjing.md:4:10 quiet-hours warning',
    );
    const rules = at(log.runs, 0).tool.driver.rules;
    assert.ok(rules.some((rule) => rule.id === 'ad-ratio' && rule.helpUri?.endsWith('/docs/rules/ad-ratio.md')));
  });

  it('is valid for a workspace with info diagnostics and no errors', () => {
    const run = ccal(['lint', 'test/fixtures/nested/community', '-f', 'sarif', '--now', '2026-11-22T09:00', '--config', 'test/fixtures/nested/community/community.yaml']);
    const raw: unknown = JSON.parse(run.stdout);
    assert.ok(validate(raw), JSON.stringify(validate.errors, null, 2));
  });
});
