import type { Catalogue } from './catalogue';
import { answerableTopics } from './catalogue';

/** Something the catalogue answers by name: a topic, a concern, an exercise. */
export interface Named {
  readonly id: string;
  readonly names: readonly string[];
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');

/** "beers" is "beer", "rows" is "row": the one plural people add to a name. */
const sameWord = (said: string, name: string): boolean => said === name || said === `${name}s` || `${said}s` === name;

function occursAt(said: readonly string[], name: readonly string[], at: number): boolean {
  return name.every((word, i) => said[at + i] !== undefined && sameWord(said[at + i]!, word));
}

/**
 * The value a longer phrase names somewhere inside it: an open slot can take more than the name ("a beer on weekends",
 * "protein shakes really", "the deadlift thing"), and entity resolution then matches nothing although the name was
 * said. The longest name said wins; a phrase naming two values equally long (and none longer) names neither.
 */
export function namedWithin<T extends Named>(values: readonly T[], spoken: string | undefined): T | undefined {
  if (!spoken) return undefined;
  const said = wordsOf(spoken);
  let best: { value: T; length: number } | undefined;
  let tied = false;
  for (const value of values) {
    for (const name of value.names) {
      const words = wordsOf(name);
      if (words.length === 0 || words.length < (best?.length ?? 0)) continue;
      if (!said.some((_, at) => occursAt(said, words, at))) continue;
      if (best && words.length === best.length && best.value.id !== value.id) tied = true;
      else if (!best || words.length > best.length) {
        best = { value, length: words.length };
        tied = false;
      }
    }
  }
  return tied ? undefined : best?.value;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'some', 'any']);

/** The value a phrase names and nothing more ("protein shakes", "the beers"): no other words than an article. */
export function namedExactly<T extends Named>(values: readonly T[], spoken: string | undefined): T | undefined {
  const said = wordsOf(spoken ?? '');
  while (said.length > 0 && DETERMINERS.has(said[0]!)) said.shift();
  if (said.length === 0) return undefined;
  return values.find((value) => value.names.some((name) => {
    const words = wordsOf(name);
    return words.length === said.length && occursAt(said, words, 0);
  }));
}

/** Exercises by every name people use for them ("the superman", "back extensions"). */
export function namedExercises(catalogue: Catalogue): readonly Named[] {
  return catalogue.exercises.map((exercise) => ({ id: exercise.id, names: [exercise.name.replace(/^the /i, ''), ...exercise.synonyms] }));
}

/** What a phrase the catalogue could not resolve names inside it, safety first: a concern, then a topic, then an exercise. */
export type NamedInside =
  | { readonly kind: 'concern'; readonly id: string }
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'exercise'; readonly id: string };

/**
 * Words that name a part of the body and nothing wrong with it: "is lifting good for my lower back" asks about
 * lifting, so inside a topic question a concern is only heard by a name that says what is wrong ("back pain").
 */
const BODY_WORDS = new Set(
  'my the lower upper back knee knees neck shoulder shoulders hip hips wrist wrists ankle ankles foot feet chest joints joint leg legs waist arm arms कमर घुटना घुटने गर्दन कंधा कंधे kamar ghutna ghutne gardan kandha'.split(' '),
);
const saysWhatIsWrong = (name: string): boolean => !wordsOf(name).every((word) => BODY_WORDS.has(word));

export function namedInside(catalogue: Catalogue, spoken: string | undefined): NamedInside | undefined {
  const concerns = catalogue.concerns.map((concern) => ({ ...concern, names: concern.names.filter(saysWhatIsWrong) }));
  const concern = namedWithin(concerns, spoken);
  if (concern) return { kind: 'concern', id: concern.id };
  const topic = namedWithin(answerableTopics(catalogue), spoken);
  if (topic) return { kind: 'topic', id: topic.id };
  const exercise = namedWithin(namedExercises(catalogue), spoken);
  return exercise ? { kind: 'exercise', id: exercise.id } : undefined;
}
