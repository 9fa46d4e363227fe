import { readFileSync } from 'node:fs';
import type { LocaleId } from '../../lambda/locales';
import { modelPath } from '../../scripts/model/build';
import { type InteractionModel, type Matcher, createMatcher } from '../../scripts/sim/nlu';

const matchers = new Map<LocaleId, Matcher>();

/**
 * The console's matcher over a locale's committed model (what a model build surely understands), read once. Its "today"
 * is the harness's (Tuesday 24 November 2026), so date slots resolve as the skill under test sees them.
 */
export function committedMatcher(locale: LocaleId): Matcher {
  let matcher = matchers.get(locale);
  if (!matcher) {
    const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel;
    matcher = createMatcher(model, { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/New_York' });
    matchers.set(locale, matcher);
  }
  return matcher;
}
