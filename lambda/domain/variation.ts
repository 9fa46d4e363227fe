import type { Exercise, Variation } from '../content/types';

const FILLER = new Set([
  ...['the', 'a', 'an', 'exercise', 'exercises', 'workout', 'move', 'form', 'for', 'of', 'do', 'to'],
  // "Those single leg deadlift things".
  ...['those', 'these', 'that', 'this', 'thing', 'one', 'ones'],
  // Hindi: "एक पैर वाला deadlift", "hip thrust की exercise".
  ...['वाला', 'वाली', 'वाले', 'wala', 'wali', 'wale', 'का', 'की', 'के', 'ka', 'ki', 'ke', 'एक्सरसाइज़', 'एक्सरसाइज'],
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    // Letters of any script, with their marks: Devanagari names ("हिप थ्रस्ट") are matched as the Latin ones are.
    .replace(/[^\p{L}\p{M}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    // "deadlifts" and "deadlift" are one word to the ear.
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** A variation's opening sentence: what it is ("Swimming is especially good."). */
export function openingOf(variation: Variation): string {
  return firstSentence(variation.text);
}

export function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? text;
}

/** What was said, less filler: the words that name something. */
function meaningful(text: string): string[] {
  return words(text).filter((word) => !FILLER.has(word));
}

/** The phrases that name a variation: its names, and for one taught on its own, its name and aliases. */
function phrasesOf(variation: Variation): string[][] {
  const { taught } = variation;
  return [...(variation.names ?? []), ...(taught ? [taught.name, ...(taught.aliases ?? [])] : [])].map(meaningful).filter((phrase) => phrase.length > 0);
}

/**
 * The variation a user named ("Romanian deadlifts", "hip thrust", "side jackknives", "swimming", "rdl", "हिप थ्रस्ट"):
 * one of its phrases said whole, the longest when two are ("single leg rdl" is not the Romanian "rdl"). A name of the
 * exercise itself said plainly ("dumbbell rows", "suitcase hold", "डेडलिफ्ट") names no variation: found in review,
 * matching the words of a variation's description taught the wrong move for those.
 */
export function namedVariation(exercise: Exercise, said: string | undefined): Variation | undefined {
  if (!said || !exercise.variations) return undefined;
  const heard = meaningful(said);
  if (heard.length === 0) return undefined;
  const key = heard.join(' ');
  const named = exercise.variations.map((variation) => ({ variation, phrases: phrasesOf(variation) }));
  const exact = named.find(({ phrases }) => phrases.some((phrase) => phrase.join(' ') === key));
  if (exact) return exact.variation;
  const own = [exercise.id.replace(/-/g, ' '), exercise.name, ...exercise.synonyms].map((name) => meaningful(name).join(' '));
  if (own.includes(key)) return undefined;
  const words = new Set(heard);
  let best: { variation: Variation; length: number } | undefined;
  for (const { variation, phrases } of named) {
    for (const phrase of phrases) {
      if (phrase.every((word) => words.has(word)) && (!best || phrase.length > best.length)) best = { variation, length: phrase.length };
    }
  }
  return best?.variation;
}
