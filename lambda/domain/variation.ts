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

function openingSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? text;
}

/**
 * The variation a user named ("Romanian deadlifts", "hip thrust", "side jackknife", "swimming", "rdl"): what they said,
 * less the exercise's own words and filler, found in the variation's opening sentence, or in its taught name and
 * aliases. Undefined when none is.
 */
export function namedVariation(exercise: Exercise, said: string | undefined): Variation | undefined {
  if (!said || !exercise.variations) return undefined;
  const own = new Set(words(exercise.id.replace(/-/g, ' ')));
  const distinctive = words(said).filter((word) => !own.has(word) && !FILLER.has(word));
  if (distinctive.length === 0) return undefined;
  return exercise.variations.find((variation) => {
    const { taught } = variation;
    const heard = new Set([openingSentence(variation.text), taught?.name ?? '', ...(taught?.aliases ?? [])].flatMap(words));
    return distinctive.every((word) => heard.has(word));
  });
}
