import type { Localized, MessageData, Span } from '../base/domain';
import type { YamlValue } from '../parse/yamlValue';
import type { OptionValue } from '../model/config';

interface SpecBase {
  description: Localized;
}
export interface NumberOption extends SpecBase {
  type: 'number';
  default: number;
  minimum?: number;
  maximum?: number;
  integer?: boolean;
}
/** A wall-clock time `HH:mm`. */
export interface TimeOption extends SpecBase {
  type: 'time';
  default: string;
}
export interface EnumOption extends SpecBase {
  type: 'enum';
  values: readonly string[];
  default: string;
}
export interface StringsOption extends SpecBase {
  type: 'strings';
  default: readonly string[];
  /** When set, the only strings allowed. */
  values?: readonly string[];
  /** Whether the lists of the cascade's levels add up (a group's list joins the top-level one) instead of replacing it. */
  accumulates?: boolean;
  /** Whether the strings name workspace files relative to community.yaml, which the host reads after loading it. */
  workspaceFiles?: boolean;
}
export interface NumberMapOption extends SpecBase {
  type: 'numberMap';
  /** When set, the only keys allowed. */
  keys?: readonly string[];
  minimum?: number;
  default: Readonly<Record<string, number>>;
}
export interface StringMapOption extends SpecBase {
  type: 'stringMap';
  default: Readonly<Record<string, string>>;
}
export interface BooleanOption extends SpecBase {
  type: 'boolean';
  default: boolean;
}
export type OptionSpec = NumberOption | TimeOption | EnumOption | StringsOption | NumberMapOption | StringMapOption | BooleanOption;
export type OptionSpecs<O> = { [K in keyof O]: OptionSpec & { default: O[K] } };

export interface OptionProblem {
  /** A message id from the configuration messages. */
  messageId: 'optionType' | 'optionTooLarge';
  data: MessageData;
  span: Span;
}

/**
 * The most characters one text option may hold, all its strings (and a mapping's keys) together. Rules build
 * matchers from these texts once per setting, in time and memory linear in their size; the bound keeps that size
 * far above any real list (ten thousand terms of ten characters, or one term of 10 000) and far below trouble.
 */
export const MAX_OPTION_TEXT = 100_000;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an `HH:mm` option already validated. */
export function minutesOfTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function describeExpected(spec: OptionSpec): Localized {
  switch (spec.type) {
    case 'number': {
      const range =
        spec.minimum !== undefined && spec.maximum !== undefined
          ? { en: ` from ${spec.minimum} to ${spec.maximum}`, 'zh-CN': `（${spec.minimum} 到 ${spec.maximum}）` }
          : spec.minimum !== undefined
            ? { en: ` ≥ ${spec.minimum}`, 'zh-CN': `（≥ ${spec.minimum}）` }
            : { en: '', 'zh-CN': '' };
      return spec.integer
        ? { en: `an integer${range.en}`, 'zh-CN': `整数${range['zh-CN']}` }
        : { en: `a number${range.en}`, 'zh-CN': `数字${range['zh-CN']}` };
    }
    case 'time':
      return { en: 'a time "HH:mm"', 'zh-CN': '时间 "HH:mm"' };
    case 'enum':
      return { en: `one of ${spec.values.join(', ')}`, 'zh-CN': `${spec.values.join('、')} 之一` };
    case 'strings':
      return spec.values
        ? { en: `a list of ${spec.values.join(', ')}`, 'zh-CN': `由 ${spec.values.join('、')} 组成的列表` }
        : { en: 'a list of strings', 'zh-CN': '字符串列表' };
    case 'numberMap':
      return spec.keys
        ? { en: `a mapping of ${spec.keys.join(' / ')} to numbers`, 'zh-CN': `${spec.keys.join(' / ')} 到数字的映射` }
        : { en: 'a mapping of names to numbers', 'zh-CN': '名称到数字的映射' };
    case 'stringMap':
      return { en: 'a mapping of strings to strings', 'zh-CN': '字符串到字符串的映射' };
    case 'boolean':
      return { en: 'true or false', 'zh-CN': 'true 或 false' };
  }
}

function problem(path: string, spec: OptionSpec, span: Span): { problem: OptionProblem } {
  return { problem: { messageId: 'optionType', data: { path, expected: describeExpected(spec) }, span } };
}

function numberFits(spec: { minimum?: number; maximum?: number; integer?: boolean }, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (spec.integer && !Number.isInteger(value)) return false;
  if (spec.minimum !== undefined && value < spec.minimum) return false;
  return spec.maximum === undefined || value <= spec.maximum;
}

function tooLarge(path: string, span: Span): { problem: OptionProblem } {
  return { problem: { messageId: 'optionTooLarge', data: { path, max: MAX_OPTION_TEXT }, span } };
}

/** Checks one option value from community.yaml against its spec; `path` names it in messages (`ad-ratio.max`). */
export function readOption(spec: OptionSpec, value: YamlValue, path: string): { value: OptionValue } | { problem: OptionProblem } {
  switch (spec.type) {
    case 'number':
      return value.kind === 'number' && numberFits(spec, value.value) ? { value: value.value } : problem(path, spec, value.span);
    case 'time':
      return value.kind === 'string' && TIME_PATTERN.test(value.value) ? { value: value.value } : problem(path, spec, value.span);
    case 'enum':
      return value.kind === 'string' && spec.values.includes(value.value) ? { value: value.value } : problem(path, spec, value.span);
    case 'boolean':
      return value.kind === 'boolean' ? { value: value.value } : problem(path, spec, value.span);
    case 'strings': {
      if (value.kind !== 'list') return problem(path, spec, value.span);
      const strings: string[] = [];
      let size = 0;
      for (const item of value.items) {
        if (item.kind !== 'string' || item.value === '' || (spec.values && !spec.values.includes(item.value))) return problem(path, spec, item.span);
        size += item.value.length;
        if (size > MAX_OPTION_TEXT) return tooLarge(path, item.span);
        strings.push(item.value);
      }
      return { value: strings };
    }
    case 'numberMap': {
      if (value.kind !== 'map') return problem(path, spec, value.span);
      const map: Record<string, number> = {};
      for (const entry of value.entries) {
        if (spec.keys && !spec.keys.includes(entry.key)) return problem(path, spec, entry.keySpan);
        const item = entry.value;
        if (item.kind !== 'number' || !numberFits({ minimum: spec.minimum }, item.value)) return problem(`${path}.${entry.key}`, spec, item.span);
        map[entry.key] = item.value;
      }
      return { value: map };
    }
    case 'stringMap': {
      if (value.kind !== 'map') return problem(path, spec, value.span);
      const map: Record<string, string> = {};
      let size = 0;
      for (const entry of value.entries) {
        if (entry.value.kind !== 'string') return problem(`${path}.${entry.key}`, spec, entry.value.span);
        size += entry.key.length + entry.value.value.length;
        if (size > MAX_OPTION_TEXT) return tooLarge(path, { start: entry.keySpan.start, end: entry.value.span.end });
        map[entry.key] = entry.value.value;
      }
      return { value: map };
    }
  }
}

/** The option's JSON Schema, for the shipped community.yaml schema. */
export function optionJsonSchema(spec: OptionSpec): Record<string, unknown> {
  const description = spec.description.en;
  switch (spec.type) {
    case 'number':
      return {
        type: spec.integer ? 'integer' : 'number',
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
        default: spec.default,
        description,
      };
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN.source, default: spec.default, description };
    case 'enum':
      return { enum: [...spec.values], default: spec.default, description };
    case 'strings':
      return { type: 'array', items: spec.values ? { enum: [...spec.values] } : { type: 'string', minLength: 1 }, default: [...spec.default], description };
    case 'numberMap': {
      const valueSchema = { type: 'number', ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}) };
      return spec.keys
        ? { type: 'object', properties: Object.fromEntries(spec.keys.map((key) => [key, valueSchema])), additionalProperties: false, default: spec.default, description }
        : { type: 'object', additionalProperties: valueSchema, default: spec.default, description };
    }
    case 'stringMap':
      return { type: 'object', additionalProperties: { type: 'string' }, default: spec.default, description };
    case 'boolean':
      return { type: 'boolean', default: spec.default, description };
  }
}
