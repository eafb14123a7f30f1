import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { EssayKind } from '../model/essayKind.ts';
import { normalizeForMatch } from '../text/normalizeForMatch.ts';

/** Where a line sits: running text (a paragraph or heading), or inside a list, table, block quote or code. */
export type LineContext = 'text' | 'list' | 'table' | 'blockquote' | 'code';
const nestedContexts = ['list', 'table', 'blockquote', 'code'] as const;

/** The inputs a rule reads: scraped texts, saved web pages, or both. */
export type InputFormat = 'text' | 'html';

/** One debris rule from content/import-rules.yaml, compiled. */
export interface DebrisRule {
  name: string;
  /** "remove" drops the line; "flag" keeps it and reports it. */
  action: 'remove' | 'flag';
  test: RegExp;
  kinds: EssayKind[];
  untilEnd: boolean;
  endsPost: boolean;
  forum: boolean;
  /** Where the rule applies besides running text: a rule never touches a list, table, quote or code it does not name. */
  within: LineContext[];
  /** The inputs the rule reads. */
  from: InputFormat[];
}

/** A rule that matched a line, with the values its named groups captured. */
export interface RuleMatch {
  rule: DebrisRule;
  groups: Record<string, string>;
}

const knownKeys = new Set([
  'name',
  'line',
  'pattern',
  'kinds',
  'caseSensitive',
  'untilEnd',
  'endsPost',
  'forum',
  'within',
  'from',
]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns one YAML rule into a DebrisRule, or throws naming the file, the rule and the field. */
function compileRule(raw: unknown, where: string, action: DebrisRule['action']): DebrisRule {
  const fail = (field: string, expected: string, found: unknown) =>
    new Error(`${where}.${field}: expected ${expected}, found ${JSON.stringify(found)}`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw fail('', 'a rule with a name and a line or pattern', raw);
  const rule = raw as Record<string, unknown>;
  for (const key of Object.keys(rule)) if (!knownKeys.has(key)) throw fail(key, `one of ${[...knownKeys].join(', ')}`, key);
  if (typeof rule.name !== 'string' || !rule.name.trim()) throw fail('name', 'a non-empty string', rule.name);
  if ((rule.line === undefined) === (rule.pattern === undefined)) {
    throw fail('line', 'exactly one of line or pattern', { line: rule.line, pattern: rule.pattern });
  }
  let source: string;
  if (rule.line !== undefined) {
    if (typeof rule.line !== 'string' || !rule.line.trim()) throw fail('line', 'a non-empty string', rule.line);
    source = escapeRegExp(normalizeForMatch(rule.line));
  } else {
    if (typeof rule.pattern !== 'string' || !rule.pattern) throw fail('pattern', 'a regular expression', rule.pattern);
    source = rule.pattern;
  }
  let test: RegExp;
  try {
    test = new RegExp(`^(?:${source})$`, rule.caseSensitive === true ? 'u' : 'iu');
  } catch (error) {
    throw fail('pattern', `a valid regular expression (${(error as Error).message})`, rule.pattern);
  }
  const kinds = rule.kinds ?? ['article', 'forum-thread'];
  if (!Array.isArray(kinds) || !kinds.every((kind) => kind === 'article' || kind === 'forum-thread')) {
    throw fail('kinds', 'a list of "article" and/or "forum-thread"', rule.kinds);
  }
  const within = rule.within ?? [];
  if (!Array.isArray(within) || !within.every((context) => (nestedContexts as readonly unknown[]).includes(context))) {
    throw fail('within', `a list of ${nestedContexts.join(', ')}`, rule.within);
  }
  const from = rule.from ?? ['text', 'html'];
  if (!Array.isArray(from) || !from.length || !from.every((format) => format === 'text' || format === 'html')) {
    throw fail('from', 'a list of "text" and/or "html"', rule.from);
  }
  for (const flag of ['caseSensitive', 'untilEnd', 'endsPost', 'forum'] as const) {
    if (rule[flag] !== undefined && typeof rule[flag] !== 'boolean') throw fail(flag, 'true or false', rule[flag]);
  }
  return {
    name: rule.name,
    action,
    test,
    kinds,
    untilEnd: rule.untilEnd === true,
    endsPost: rule.endsPost === true,
    forum: rule.forum === true,
    within: within as LineContext[],
    from: from as InputFormat[],
  };
}

/** Compiles the `remove` and `flag` lists of a rules file's parsed YAML; `file` names it in errors. */
export function compileRules(data: unknown, file: string): DebrisRule[] {
  if (!data || typeof data !== 'object') throw new Error(`${file}: expected a mapping with remove: and flag: lists`);
  const lists = data as Record<string, unknown>;
  for (const key of Object.keys(lists)) {
    if (key !== 'remove' && key !== 'flag') throw new Error(`${file}: unknown key "${key}", expected remove or flag`);
  }
  return (['remove', 'flag'] as const).flatMap((action) => {
    const list = lists[action] ?? [];
    if (!Array.isArray(list)) throw new Error(`${file}: ${action} must be a list of rules`);
    return list.map((raw, i) =>
      compileRule(raw, `${file}: ${action}[${i}]${typeof raw?.name === 'string' ? ` ("${raw.name}")` : ''}`, action),
    );
  });
}

/** Reads and compiles the debris rules an editor keeps in content/import-rules.yaml. */
export async function loadRules(file = 'content/import-rules.yaml'): Promise<DebrisRule[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file}: the debris rules file could not be read`);
  }
  return compileRules(parse(text), file);
}

/** A line as the rules see it: no list bullet, no ** markers, quotes and spaces folded. */
export function ruleText(line: string): string {
  return normalizeForMatch(line.replace(/^\s*(?:[*•·‣◦▪–-]\s+|\d+\.\s+)/, '').replace(/\*\*/g, ''));
}

/** Where a line is read, for matchRule: its context and the input it came from. */
export interface LinePlace {
  context: LineContext;
  format: InputFormat;
}

/**
 * The first rule (removals before flags) that matches the whole line for this kind of text, in
 * this place: running text unless the rule names the line's context, and only from the inputs it reads.
 */
export function matchRule(
  line: string,
  rules: readonly DebrisRule[],
  kind: EssayKind | undefined,
  place: LinePlace = { context: 'text', format: 'text' },
): RuleMatch | undefined {
  const text = ruleText(line);
  if (!text) return undefined;
  for (const rule of rules) {
    if (kind && !rule.kinds.includes(kind)) continue;
    if (place.context !== 'text' && !rule.within.includes(place.context)) continue;
    if (!rule.from.includes(place.format)) continue;
    const match = rule.test.exec(text);
    if (match) {
      const groups = Object.fromEntries(Object.entries(match.groups ?? {}).filter(([, value]) => value !== undefined));
      return { rule, groups: groups as Record<string, string> };
    }
  }
  return undefined;
}

/** Debris is short: a line of more than this many words is running text, which a rule may flag but never remove. */
export const maxDebrisWords = 30;

/**
 * True when a removal rule's match on this line should only flag it: the line is long enough to be
 * an author's paragraph (a caption run into the first paragraph, a sentence that starts with ©).
 */
export function tooLongToRemove(line: string): boolean {
  return line.split(/\s+/).filter(Boolean).length > maxDebrisWords;
}
