import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { at } from '../../support/defined';

function problems(text: string): string[] {
  const index = new WorkspaceIndex(createEnvironment(loadConfig('community.yaml', text), 0));
  return index
    .diagnosticsFor('community.yaml')
    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.severity} ${diagnostic.messageId}: ${diagnosticMessage(diagnostic, 'en')}`);
}

describe('community.yaml people', () => {
  it('reads the spec example, and groups\' admins may name person ids or plain names', () => {
    const text = `groups:
  - { id: mom-vip, admins: [xiaowang, 小张] }
people:
  - { id: xiaoli, name: 小李, roles: [writer] }
  - { id: xiaowang, name: 小王, roles: [lead, reviewer] }
  - { id: xiaozhao, roles: reviewer }
`;
    assert.deepEqual(problems(text), []);
    const config = loadConfig('community.yaml', text);
    assert.deepEqual(
      config.people.map(({ id, name, roles }) => ({ id, name, roles })),
      [
        { id: 'xiaoli', name: '小李', roles: ['writer'] },
        { id: 'xiaowang', name: '小王', roles: ['lead', 'reviewer'] },
        { id: 'xiaozhao', name: undefined, roles: ['reviewer'] },
      ],
    );
    assert.equal(config.peopleById.get('xiaowang')?.name, '小王');
  });

  it('has no people when the file names none', () => {
    assert.deepEqual(loadConfig('community.yaml', 'groups: []\n').people, []);
    assert.deepEqual(loadConfig('community.yaml', 'people:\n').people, []);
  });

  const cases: Array<[string, string, string[]]> = [
    ['a duplicate person id, at the second one', 'people:\n  - id: a\n  - id: b\n  - id: a\n', ['4:9 error duplicatePersonId: Duplicate person id "a" (first defined on line 2)']],
    ['a person id with capitals', 'people:\n  - id: XiaoLi\n', ['2:9 error badPersonId: Person id "XiaoLi" must use only a-z, 0-9 and "-"']],
    ['a person without id', 'people:\n  - name: 小李\n', ['2:5 error missingPersonId: Person has no "id"']],
    ['an unknown role, with a suggestion', 'people:\n  - { id: a, roles: [writer, reviwer] }\n', ['2:30 error badRole: Unknown role "reviwer" (writer, reviewer or lead) (did you mean "reviewer"?)']],
    ['roles that are not a list', 'people:\n  - { id: a, roles: { lead: true } }\n', ['2:21 error wrongType: "people[0].roles" must be a list of roles (writer, reviewer, lead)']],
    ['people that is not a list', 'people: xiaoli\n', ['1:9 error wrongType: "people" must be a list']],
    ['a person that is not a mapping', 'people:\n  - xiaoli\n', ['2:5 error wrongType: "people[0]" must be a mapping']],
    ['an unknown person key is a warning', 'people:\n  - { id: a, role: lead }\n', ['2:14 warning unknownKey: Unknown setting "role" (ignored) (did you mean "roles"?)']],
  ];
  for (const [name, text, expected] of cases) {
    it(`reports ${name}`, () => assert.deepEqual(problems(text), expected));
  }

  it('gives Chinese messages too', () => {
    const index = new WorkspaceIndex(createEnvironment(loadConfig('community.yaml', 'people:\n  - id: a\n  - id: a\n'), 0));
    assert.equal(diagnosticMessage(at(index.diagnosticsFor('community.yaml'), 0), 'zh-CN'), '成员 id“a”重复（首次定义于第 2 行）');
  });
});
