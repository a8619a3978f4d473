import { PERSON_ROLES, PLATFORMS, POST_TYPES, SEVERITIES, STAGES, TIERS } from '../base/domain';
import { optionJsonSchema, type OptionSpec } from '../rules/options';
import { docsUrl, RULES } from '../rules/registry';
import { DEFAULT_PLAN_HORIZON } from '../model/rhythm';
import { DEFAULT_SLOT_WINDOW, MAX_PLAN_HORIZON, MAX_SLOT_WINDOW, MAX_SLOTS, WEEKDAYS } from './rhythm';
import { DEFAULT_MAX_POST_MB, DEFAULT_POST_GLOBS, DEFAULT_TIMEZONE, MAX_POST_MB_CEILING } from '../model/config';

type JsonSchema = Record<string, unknown>;

function ruleSettingSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const rule of RULES) {
    const options = Object.fromEntries(Object.entries(rule.meta.options as Record<string, OptionSpec>).map(([name, spec]) => [name, optionJsonSchema(spec)]));
    const description = `${rule.meta.description.en} (default: ${rule.meta.defaultSeverity}) ${docsUrl(rule.meta.id)}`;
    properties[rule.meta.id] = {
      description,
      oneOf: [
        { $ref: '#/definitions/severity' },
        { type: 'object', properties: { severity: { $ref: '#/definitions/severity' }, ...options }, additionalProperties: false },
      ],
    };
  }
  return { type: 'object', description: 'Rule id → "off" | "info" | "warning" | "error" | { severity?, ...options }.', properties, additionalProperties: false };
}

function rhythmSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'The times a group\'s posts usually go out (top level, tiers.<tier>.rhythm, groups[].rhythm; the nearest level replaces the others whole). See docs/plan.md.',
    required: ['slots'],
    additionalProperties: false,
    properties: {
      slots: {
        type: 'array',
        maxItems: MAX_SLOTS,
        items: {
          type: 'object',
          required: ['time'],
          additionalProperties: false,
          properties: {
            time: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Wall-clock time HH:MM in the workspace time zone.' },
            type: { enum: [...POST_TYPES], description: 'Only posts of this type fill the slot (any type when left out).' },
            days: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...WEEKDAYS] }, description: 'Weekdays the slot exists on (default every day).' },
          },
        },
      },
      window: { type: 'integer', minimum: 0, maximum: MAX_SLOT_WINDOW, default: DEFAULT_SLOT_WINDOW, description: 'Minutes either side of a slot within which a post fills it (both ends included).' },
      horizonDays: { type: 'integer', minimum: 1, maximum: MAX_PLAN_HORIZON, default: DEFAULT_PLAN_HORIZON, description: 'Days from today (today included) whose unfilled slots are open.' },
    },
  };
}

/** The JSON Schema of community.yaml, generated from the rules' own metadata so the two cannot drift apart. */
export function buildConfigSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/community-calendar/community-calendar/raw/main/schemas/community.schema.json',
    title: 'Community Calendar workspace (community.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      timezone: { type: 'string', default: DEFAULT_TIMEZONE, description: 'IANA time zone that posts\' local times are read in.' },
      posts: {
        description: 'Globs of post files, relative to community.yaml and inside its folder: *, **, ?, [a-z], {a,b}; a leading ! excludes.',
        default: DEFAULT_POST_GLOBS,
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
      },
      maxPostSizeMB: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: MAX_POST_MB_CEILING,
        default: DEFAULT_MAX_POST_MB,
        description: 'Post files larger than this many megabytes are skipped (with a stated reason), never read.',
      },
      groups: { type: 'array', description: 'The chat groups the posts go to.', items: { $ref: '#/definitions/group' } },
      tiers: {
        type: 'object',
        description: 'Rule settings per group tier.',
        properties: Object.fromEntries(TIERS.map((tier) => [tier, { type: 'object', properties: { rules: { $ref: '#/definitions/rules' }, rhythm: { $ref: '#/definitions/rhythm' } }, additionalProperties: false }])),
        additionalProperties: false,
      },
      rules: { $ref: '#/definitions/rules' },
      rhythm: { $ref: '#/definitions/rhythm' },
      people: { type: 'array', description: 'The team: who owns and who reviews posts (owner / reviewer in a post).', items: { $ref: '#/definitions/person' } },
      dates: {
        type: 'array',
        description: 'Key dates of this community, shown on the calendar and used by holiday-plan.',
        items: {
          type: 'object',
          required: ['date', 'name'],
          properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, name: { type: 'string', minLength: 1 } },
          additionalProperties: false,
        },
      },
      holidays: {
        type: 'array',
        description: 'Days off (off: true, the default) and make-up working days (off: false) that add to or correct the official holiday schedule.',
        items: {
          type: 'object',
          required: ['date', 'name'],
          properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, name: { type: 'string', minLength: 1 }, off: { type: 'boolean', default: true } },
          additionalProperties: false,
        },
      },
    },
    definitions: {
      severity: { enum: [...SEVERITIES] },
      person: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Unique id that posts use in owner / reviewer.' },
          name: { type: 'string' },
          roles: {
            description: 'writer drafts; reviewer and lead may approve posts.',
            oneOf: [{ enum: [...PERSON_ROLES] }, { type: 'array', items: { enum: [...PERSON_ROLES] } }],
          },
        },
      },
      rules: ruleSettingSchema(),
      rhythm: rhythmSchema(),
      group: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Unique id that posts use in group / groups.' },
          name: { type: 'string' },
          platform: { enum: [...PLATFORMS] },
          tier: { enum: [...TIERS] },
          stage: { enum: [...STAGES] },
          members: { type: 'integer', minimum: 0 },
          admins: { type: 'array', items: { type: 'string' }, description: 'Person ids from people, or plain names.' },
          parent: { type: 'string', description: 'Id of the group this one belongs under.' },
          rules: { $ref: '#/definitions/rules' },
          rhythm: { $ref: '#/definitions/rhythm' },
        },
      },
    },
  };
}
