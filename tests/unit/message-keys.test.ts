import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../lambda/content/en-US/messages';

const LAMBDA = fileURLToPath(new URL('../../lambda/', import.meta.url));

/** The skill's code: everything in lambda/ but the locale folders, which define messages rather than use them. */
const code = readdirSync(LAMBDA, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.ts') && !/^content\/[a-z]{2,3}-[A-Z]{2}\//.test(file))
  .map((file) => readFileSync(join(LAMBDA, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/[^\n]*/g, '$1'));

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every quoted string, and every template that starts like a key (`plan.kind.${kind}`) as a pattern of the keys it can build. */
function usesIn(source: string): { literals: Set<string>; templates: RegExp[] } {
  const literals = new Set<string>();
  const templates: RegExp[] = [];
  for (const [, single, double] of source.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)) literals.add(single ?? double ?? '');
  for (const [, body = ''] of source.matchAll(/`([^`]*)`/g)) {
    const parts = body.split(/\$\{[^}]*\}/);
    if (parts.length === 1) literals.add(body);
    else if (/^[a-zA-Z]+\./.test(parts[0] ?? '')) templates.push(new RegExp(`^${parts.map(escaped).join('.+')}$`));
  }
  return { literals, templates };
}

describe('message keys', () => {
  const uses = code.map(usesIn);
  const used = (key: string) => uses.some(({ literals, templates }) => literals.has(key) || templates.some((template) => template.test(key)));

  it('are each said somewhere: by name, or built from a template', () => {
    expect(Object.keys(MESSAGES).filter((key) => !used(key))).toEqual([]);
  });

  it('are found through templates too', () => {
    // Only built as `plan.kind.${...}`: if this fails, the search above no longer sees templates.
    expect(uses.some(({ literals }) => literals.has('plan.kind.rest'))).toBe(false);
    expect(used('plan.kind.rest')).toBe(true);
  });
});
