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
