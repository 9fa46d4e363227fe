/**
 * Phrase patterns for sample utterances: `(a|b)` is one of the choices, `[a|b]` is one of them or nothing; groups
 * nest. "[um|so] what's (my|the) workout [for] {date}" is every way those words combine. Spaces are tidied, so an
 * empty choice leaves no gap.
 */
export function expand(pattern: string): string[] {
  const [choices, end] = parseChoices(pattern, 0, undefined);
  if (end !== pattern.length) throw new Error(`unbalanced pattern: ${pattern}`);
  return [...new Set(choices.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== ''))];
}

/** Every pattern's expansions, in order, without repeats. */
export function expandAll(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expand))];
}

/** Reads alternatives separated by `|` until `close` (or the end); returns every expansion and where it stopped. */
function parseChoices(pattern: string, start: number, close: string | undefined): [string[], number] {
  const alternatives: string[] = [];
  let current: string[] = [''];
  let i = start;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === close) break;
    if (char === '|' && close !== undefined) {
      for (const text of current) alternatives.push(text);
      current = [''];
      i += 1;
      continue;
    }
    if (char === '(' || char === '[') {
      const [inner, end] = parseChoices(pattern, i + 1, char === '(' ? ')' : ']');
      if (pattern[end] !== (char === '(' ? ')' : ']')) throw new Error(`unclosed group in pattern: ${pattern}`);
      const options = char === '[' ? [...inner, ''] : inner;
      current = current.flatMap((prefix) => options.map((option) => `${prefix} ${option} `));
      i = end + 1;
      continue;
    }
    if (char === ')' || char === ']') throw new Error(`unbalanced pattern: ${pattern}`);
    current = current.map((prefix) => prefix + char);
    i += 1;
  }
  for (const text of current) alternatives.push(text);
  return [alternatives, i];
}

/** Words spoken with a vowel sound after a consonant letter, or a consonant sound after a vowel letter. */
const SOUNDS_LIKE_VOWEL = /^(hour|honest)/i;
const SOUNDS_LIKE_CONSONANT = /^(one|once|use|user|usual|uni|eu|you)/i;

/** Words people do say twice: "what's on on Monday", "bye bye", "night night", "yes yes", "wait wait", "bas bas", "ow ow". */
const SAID_TWICE = new Set(['on', 'that', 'had', 'bye', 'night', 'yes', 'no', 'ok', 'okay', 'bas', 'haan', 'very', 'really', 'wait', 'ow']);

/**
 * Why an English expansion is not something a person would say, or undefined: "a" or "an" against the next word's
 * sound ("a exercise reminder", "an bad knee"), a word said twice ("on for for today", "the the don'ts"; "on on" is
 * English: "what's on on Monday"), a modal or "do" before an -ing verb ("what'll I doing"), or
 * "did" before a past form or "have" before a plain one ("how many workouts did I done", "how many days have I do"). Patterns combine
 * choices freely, so a test holds every English pattern to this.
 */
export function malformed(sample: string): string | undefined {
  const words = sample.split(' ');
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [word, next] = [words[i]!.toLowerCase(), words[i + 1]!];
    if (next.startsWith('{')) continue;
    const vowelSound = (/^[aeiou]/i.test(next) && !SOUNDS_LIKE_CONSONANT.test(next)) || SOUNDS_LIKE_VOWEL.test(next);
    if (word === 'a' && vowelSound) return `"a ${next}"`;
    if (word === 'an' && !vowelSound) return `"an ${next}"`;
    if (word === next.toLowerCase() && !SAID_TWICE.has(word)) return `"${word}" twice`;
  }
  const agreement = sample.match(/\b(workout|session|exercise|move|one|it|this|that) are\b/i);
  if (agreement) return `"${agreement[0]}"`;
  // "Is it okay to do this workouts", "can I still do these exercise".
  const number = sample.match(/\b((this|that) (workouts|exercises|moves|sessions|stretches)|(these|those) (workout|exercise|move|session|stretch))\b/i);
  if (number) return `"${number[0]}"`;
  const modalIng = sample.match(/\b(will|'ll|do|does|did|should|can|could|would|must|to) (I|we|you) (\w+ing)\b/i);
  if (modalIng && !/^(thing|something|nothing|anything|everything|bring|sing|ring)$/i.test(modalIng[3]!)) return `"${modalIng[0]}"`;
  // "How many workouts did I done", "how many days have I do": "do" takes the plain verb, "have" the past participle.
  const didDone = sample.match(/\b(do|does|did) (I|we|you) (done|logged|trained|completed|worked|did|finished)\b/i);
  if (didDone) return `"${didDone[0]}"`;
  const haveDo = sample.match(/\b(have|has) (I|we|you) (do|log|train|complete|work|finish)\b/i);
  if (haveDo) return `"${haveDo[0]}"`;
  return undefined;
}
