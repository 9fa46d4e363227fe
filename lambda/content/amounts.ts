/**
 * Amounts said inside a phrase an open slot took whole: "I {activity}" hears "walked forty minutes this morning", and the
 * forty minutes are in it. English number words and digits; a phrase with two amounts of a kind, or none, gives none.
 */
export interface AmountsSaid {
  readonly minutes?: number;
  /** Steps said as extra ("3000 extra steps", "2000 more steps"). */
  readonly extraSteps?: number;
  /** Steps said without "extra": maybe the day's whole count ("walked 4,000 steps"). */
  readonly daySteps?: number;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000 };
// With Hindi's own ("ek ghanta", "20 मिनट": found by a helper trying the console in Hindi, the hour was lost).
const MINUTE_WORDS = new Set(['minute', 'minutes', 'min', 'mins', 'minat', 'मिनट'].map((word) => word.normalize('NFC')));
const HOUR_WORDS = new Set(['hour', 'hours', 'hr', 'hrs', 'ghanta', 'ghante', 'ghanton', 'घंटा', 'घंटे', 'घंटों'].map((word) => word.normalize('NFC')));
/** How many words "and a half" or "and half" take at `at` (the "and" itself); 0 when they are not said there. */
function halfAfter(words: readonly string[], at: number): number {
  if (words[at] !== 'and') return 0;
  return words[at + 1] === 'a' && words[at + 2] === 'half' ? 3 : words[at + 1] === 'half' ? 2 : 0;
}
const STEP_WORDS = new Set(['step', 'steps']);
/** Every word an amount is said in: numbers and their units, for telling a log said plainly from one that says more. */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  ...MINUTE_WORDS,
  ...HOUR_WORDS,
  ...STEP_WORDS,
  'half',
  'quarter',
  'quarters',
  'extra',
]);
/** What a number after an hour may count instead of minutes. */
const OTHER_MEASURES = new Set(
  'k km kms kilometre kilometres kilometer kilometers mile miles lap laps set sets rep reps round rounds day days week weeks hour hours hr hrs times x'.split(' '),
);

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    // "4,000 steps" is one number; "forty-five" two words.
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    // Hindi's own words too ("1 घंटा", "20 मिनट").
    .normalize('NFC')
    .replace(/[^a-z0-9.\p{Script=Devanagari}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== '.');

/** The number that starts at `at` ("40", "forty five", "ten thousand", "a hundred"), and where it ends. */
function numberAt(words: readonly string[], at: number): { value: number; end: number } | undefined {
  const first = words[at];
  if (first === undefined) return undefined;
  // "10k steps", "10 k steps": thousands, only of steps ("a 5k run" is a distance).
  const ofSteps = (from: number) => STEP_WORDS.has(words[from] ?? '') || (EXTRA_WORDS.has(words[from] ?? '') && STEP_WORDS.has(words[from + 1] ?? ''));
  const thousands = /^(\d+(?:\.\d+)?)k$/.exec(first);
  if (thousands && ofSteps(at + 1)) return { value: Number(thousands[1]) * 1_000, end: at + 1 };
  if (/^\d+(\.\d+)?$/.test(first) && words[at + 1] === 'k' && ofSteps(at + 2)) return { value: Number(first) * 1_000, end: at + 2 };
  if (/^\d+(\.\d+)?$/.test(first)) {
    const value = Number(first);
    // "4 thousand steps"
    const scale = SCALES[words[at + 1] ?? ''];
    return scale ? { value: value * scale, end: at + 2 } : { value, end: at + 1 };
  }
  let total = 0;
  let current = 0;
  let end = at;
  let seen = false;
  for (let i = at; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (word in UNITS && !(seen && current % 10 !== 0)) current += UNITS[word] ?? 0;
    else if (word in TENS && current % 100 === 0) current += TENS[word] ?? 0;
    else if (word in SCALES && (seen || ((word === 'hundred' || word === 'thousand') && (words[i - 1] === 'a' || words[i - 1] === 'one')))) {
      const scale = SCALES[word] ?? 1;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (word === 'and' && seen && (UNITS[words[i + 1] ?? ''] !== undefined || TENS[words[i + 1] ?? ''] !== undefined)) continue;
    else if ((word === 'a' || word === 'an') && !seen && (words[i + 1] === 'hundred' || words[i + 1] === 'thousand')) continue;
    else break;
    seen = true;
    end = i + 1;
  }
  return seen ? { value: total + current, end } : undefined;
}

/** Ages said about oneself ("I'm seventy two, is this safe"); outside them, a number is not an age. */
const MIN_AGE = 13;
const MAX_AGE = 120;
export const isAge = (value: number | undefined): value is number => value !== undefined && Number.isInteger(value) && value >= MIN_AGE && value <= MAX_AGE;
/** Words an age is said after as a threshold ("over 60", "at 55"): from 40 to 99 only; lower is a time or a count, higher a heart rate or a weight. */
const OLDER_THAN = new Set(['over', 'above', 'past', 'nearly', 'almost', 'at']);
const THRESHOLD_AGES = { from: 40, to: 99 } as const;
/** Words near a threshold that make its number something else ("heart rate over 100", "I weigh over 90"). */
const NOT_AGE_MEASURES = new Set(['heart', 'rate', 'bpm', 'pulse', 'weigh', 'weight', 'kg', 'kgs', 'kilo', 'kilos', 'pounds', 'lbs']);
/** Words an age is said after, any age ("at age 60", "aged 70", "turning 35"). */
const AGE_WORDS_BEFORE = new Set(['age', 'aged', 'turning', 'turned']);
/** Words that may follow an age ("i'm 70 and", "65 is it okay"): any other word after a number makes it an amount ("100 squats"). */
const AFTER_AGE = new Set('is can and so should will would does do am are now too but with already next this still i it how what yet any my'.split(' '));
/** How a question goes on after an age said first, the slot having taken what followed "I'm" ("65 is it okay"). */
// "62 and haven't exercised in years": "haven't" is read as "haven t" here (found by a helper trying the console).
const AFTER_AGE_SAID_FIRST = new Set(['is it', 'can i', 'should i', 'am i', 'and i', 'is this', 'and haven', 'and havent', 'and have', 'and never', 'and not']);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);

/** Hindi and Hinglish words an age is said with: years, of (का, की, के), age, "I", and more than. */
const YEARS_HI = '(?:साल|वर्ष|बरस|saal|sal|varsh|baras)';
const OF_HI = '(?:का|की|के|ka|ki|ke)';
const AGE_HI = '(?:उम्र|उमर|आयु|umar|umra|umr|umer|aayu|ayu)';
/** Written as typed, matched as normalised: a nukta letter (ज़) may come composed or not. */
const hindiPattern = (source: string): RegExp => new RegExp(source.normalize('NFC'), 'u');
/** Words after an age that make it another time's ("20 साल की उम्र से": since; "25 साल का था": was) or a measure ("उम्र 60 किलो"). */
const MORE_THAN_HI = '(?:ऊपर|ज़्यादा|ज्यादा|अधिक|upar|zyada|jyada)';
const NOT_NOW_HI = `(?:(?:से|se)(?!\\s+${MORE_THAN_HI})|था|थी|थे|tha|thi|the|किलो|kilo|kg|kgs)`;
const HINDI_AGES: readonly { readonly pattern: RegExp; readonly threshold?: true }[] = [
  // "60 साल की उम्र में", "70 वर्ष की आयु", "60 saal ki umar" (not "20 साल की उम्र से", since then)
  { pattern: hindiPattern(`(?:^|\\s)(\\d{1,3})\\s+${YEARS_HI}\\s+${OF_HI}\\s+${AGE_HI}(?=\\s|$)(?!\\s+${NOT_NOW_HI}(?:\\s|$))`) },
  // "मैं 65 साल का हूँ", "main 65 saal ka hoon" (not "मैं 2 साल से", how long, nor "मैं 25 साल का था", once)
  { pattern: hindiPattern(`(?:^|\\s)(?:मैं|main|mai)\\s+(\\d{1,3})\\s+${YEARS_HI}\\s+${OF_HI}(?=\\s|$)(?!\\s+${NOT_NOW_HI}(?:\\s|$))`) },
  // "मेरी उम्र 62 है", "meri umar 62 hai" (not "umar 25 kg", a weight)
  { pattern: hindiPattern(`(?:^|\\s)${AGE_HI}\\s+(\\d{1,3})(?=\\s|$)(?!\\s+${NOT_NOW_HI}(?:\\s|$))`) },
  // "60 साल से ऊपर": a threshold, from 40 to 99 only, as in English
  { pattern: hindiPattern(`(?:^|\\s)(\\d{1,3})\\s+${YEARS_HI}\\s+(?:से|se)\\s+${MORE_THAN_HI}(?=\\s|$)`), threshold: true },
];

/**
 * An age said in Hindi or Hinglish, the number in digits as Alexa writes it: "60 साल की उम्र में", "मैं 65 साल का
 * हूँ", "मेरी उम्र 62 है", "60 साल से ऊपर". Years said with से are how long ("मैं 2 साल से workout कर रहा हूँ"), an age
 * followed by से or था is another time's ("20 साल की उम्र से", "25 साल का था"), and a number with no word of age, or
 * with a weight, is none ("60 किलो", "umar 25 kg").
 */
function hindiAgeSaid(spoken: string): number | undefined {
  const said = spoken.normalize('NFC').toLowerCase();
  for (const { pattern, threshold } of HINDI_AGES) {
    const value = Number(pattern.exec(said)?.[1]);
    if (!isAge(value)) continue;
    if (!threshold || (value >= THRESHOLD_AGES.from && value <= THRESHOLD_AGES.to)) return value;
  }
  return undefined;
}

/**
 * An age said about oneself inside a phrase an open slot took whole: "I'm 65", "i am seventy two", "a 70 year old",
 * "at age 60", "at the age of 60", "my age is 65", "aged 70", "turning 35", "over 60", "at 55", and a number said first
 * that goes on as a question about oneself ("65 is it okay": the slot took what followed "I'm"). A number followed by a
 * unit or a noun ("over 100 squats", "at 6 in the morning"), a count said first ("15 is that enough"), and a heart rate
 * or a weight ("heart rate over 100") are none. A phrase in Devanagari is read only for an age said the Hindi way
 * (hindiAgeSaid), so its other numbers ("क्या 30 मिनट ठीक है") are never taken for an age.
 */
export function ageSaid(spoken: string | undefined): number | undefined {
  if (spoken === undefined) return undefined;
  const hindi = hindiAgeSaid(spoken);
  if (hindi !== undefined || /\p{Script=Devanagari}/u.test(spoken)) return hindi;
  const words = wordsOf(spoken).map((word) => word.replace(/\.+$/, ''));
  for (let at = 0; at < words.length; at += 1) {
    const number = numberAt(words, at);
    if (!number) continue;
    const { value, end } = number;
    const [next, afterNext] = [words[end], words[end + 1]];
    const [before, beforeThat] = [words[at - 1] ?? '', words[at - 2] ?? ''];
    if (YEAR_WORDS.has(next ?? '') && afterNext === 'old') return isAge(value) ? value : undefined;
    if (!isAge(value)) continue;
    const goesOn = next === undefined || AFTER_AGE.has(next) || YEAR_WORDS.has(next);
    const aboutMe = before === 'im' || ((before === 'm' || before === 'am') && beforeThat === 'i');
    const named = AGE_WORDS_BEFORE.has(before) || (before === 'of' && beforeThat === 'age') || (before === 'is' && beforeThat === 'age');
    if ((aboutMe || named) && goesOn) return value;
    // "65 is it okay", and "68 is hiit ok for me", "68 is hiit safe": a question of safety for oneself.
    const asksForMe = next === 'is' && (words.includes('safe') || words.slice(-2).join(' ') === 'for me');
    if (at === 0 && value >= THRESHOLD_AGES.from && value <= THRESHOLD_AGES.to && (AFTER_AGE_SAID_FIRST.has(`${next} ${afterNext}`) || asksForMe)) return value;
    const threshold = OLDER_THAN.has(before) && value >= THRESHOLD_AGES.from && value <= THRESHOLD_AGES.to;
    if (threshold && goesOn && !words.some((word) => NOT_AGE_MEASURES.has(word))) return value;
  }
  return undefined;
}

/** Words that make an amount no one amount: a range ("20 to 30 minutes"), a count of times, a minus. */
const NOT_ONE_AMOUNT = new Set(['times', 'minus', 'negative']);

/**
 * Minutes and steps (extra, or maybe the day's) said in a phrase; each only when said once, as one amount above zero ("twenty to thirty
 * minutes", "40 minutes 3 times", "minus 40" give none).
 */
export function amountsSaidIn(spoken: string | undefined): AmountsSaid {
  if (/(^|\s)-\s*\d/.test(spoken ?? '')) return {};
  const words = wordsOf(spoken ?? '');
  if (words.some((word) => NOT_ONE_AMOUNT.has(word))) return {};
  const minutes: number[] = [];
  const steps: number[] = [];
  let extra = false;
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at] ?? '';
    // "a quarter of an hour", "three quarters of an hour", "quarter hour"
    const quarters = word === 'quarter' || word === 'quarters' ? (words[at - 1] === 'three' ? 45 : 15) : undefined;
    if (quarters !== undefined) {
      const hourAt = words.slice(at + 1, at + 4).findIndex((next) => HOUR_WORDS.has(next));
      if (hourAt >= 0) {
        minutes.push(quarters);
        at += hourAt + 1;
        continue;
      }
    }
    // "half an hour", "half a hour"
    if (word === 'half' && (words[at + 1] === 'an' || words[at + 1] === 'a') && HOUR_WORDS.has(words[at + 2] ?? '')) {
      minutes.push(30);
      at += 2;
      continue;
    }
    // "an hour", "an hour and a half", "an hour and ten minutes"
    const opensHour = (word === 'an' || word === 'a') && HOUR_WORDS.has(words[at + 1] ?? '');
    const number = opensHour ? { value: 1, end: at + 1 } : numberAt(words, at);
    if (!number) continue;
    // "20 30 minutes" (said "20-30"), "20 to 30 minutes", "20 or 30 minutes": a range, not an amount.
    const before = words[at - 1] ?? '';
    if (/^\d/.test(before) || ((before === 'to' || before === 'or') && numberAt(words, at - 2) !== undefined)) return {};
    const unit = words[number.end] ?? '';
    if (MINUTE_WORDS.has(unit)) {
      minutes.push(number.value);
      at = number.end;
    } else if (HOUR_WORDS.has(unit) || (unit === 'and' && halfAfter(words, number.end) > 0 && HOUR_WORDS.has(words[number.end + halfAfter(words, number.end)] ?? ''))) {
      // "one and a half hours", "one and half hour" (Indian English: found by a helper trying the console, 30 minutes
      // were logged)
      if (unit === 'and') {
        minutes.push(number.value * 60 + 30);
        at = number.end + halfAfter(words, number.end);
        continue;
      }
      let total = number.value * 60;
      let next = number.end + 1;
      if (words[next] === 'and' && words[next + 1] === 'a' && (words[next + 2] === 'half' || words[next + 2] === 'quarter')) {
        total += words[next + 2] === 'half' ? 30 : 15;
        next += 3;
      } else if (words[next] === 'and' && words[next + 1] === 'half') {
        total += 30;
        next += 2;
      } else {
        // "an hour and ten minutes", "1 hour 20", "an hour and fifteen"
        const from = words[next] === 'and' ? next + 1 : next;
        const more = numberAt(words, from);
        // A bare number counts as minutes only said last or before a word of no other measure ("1 hour 20 today"):
        // "1 hour 10 k", "an hour 3 sets", "an hour 2 days ago" are not.
        const after = words[more?.end ?? 0] ?? '';
        if (more && more.value < 60 && (MINUTE_WORDS.has(after) || (!STEP_WORDS.has(after) && !OTHER_MEASURES.has(after)))) {
          total += more.value;
          next = MINUTE_WORDS.has(words[more.end] ?? '') ? more.end + 1 : more.end;
        }
      }
      minutes.push(total);
      at = next - 1;
    } else if (STEP_WORDS.has(unit) || (EXTRA_WORDS.has(unit) && STEP_WORDS.has(words[number.end + 1] ?? ''))) {
      steps.push(number.value);
      extra = EXTRA_WORDS.has(unit);
      at = number.end;
    } else at = number.end - 1;
  }
  const whole = (values: readonly number[]) => (values.length === 1 && Number.isInteger(values[0]) && (values[0] ?? 0) > 0 ? values[0] : undefined);
  const [m, s] = [whole(minutes.map((value) => Math.round(value * 100) / 100)), whole(steps)];
  return { ...(m !== undefined && { minutes: m }), ...(s !== undefined && (extra ? { extraSteps: s } : { daySteps: s })) };
}

const EXTRA_WORDS = new Set(['extra', 'more', 'additional']);

/** Words a count of repetitions is said with, between it and the move: "ten reps of deadlifts", "twelve x rows". */
const REP_WORDS = new Set(['rep', 'reps', 'repetition', 'repetitions', 'x', 'times']);

/**
 * The move a count opens ("ten deadlifts", "12 reps of bent over rows"), said after its sets ("three sets of ten
 * deadlifts"): an open slot takes the reps with the move, since a slot for them would sit beside the move's. The move
 * alone, and undefined when nothing opens with a count, or only a count was said.
 */
export function moveAfterReps(spoken: string | undefined): string | undefined {
  const words = wordsOf(spoken ?? '');
  const count = numberAt(words, 0);
  if (!count) return undefined;
  let at = count.end;
  if (REP_WORDS.has(words[at] ?? '')) at += 1;
  if (words[at] === 'of' || words[at] === 'each') at += 1;
  const rest = words.slice(at);
  return rest.length > 0 && !MINUTE_WORDS.has(rest[0] ?? '') && !HOUR_WORDS.has(rest[0] ?? '') && !STEP_WORDS.has(rest[0] ?? '') ? rest.join(' ') : undefined;
}

/** Words a weight is said with after the move ("deadlifts at 80 kilos", "rows with 10 kg"): the move ends there. */
const WEIGHT_WORDS = new Set(['at', 'with']);

/**
 * Sets said inside a phrase ("an extra gym session, 4 sets of 8 deadlifts at 80 kilos"): how many, and the move, its
 * reps and weight left out. Undefined when no count of sets is said.
 */
export function setsSaidIn(spoken: string | undefined): { readonly sets: number; readonly move?: string } | undefined {
  const words = wordsOf(spoken ?? '');
  for (let at = 0; at < words.length; at += 1) {
    const count = numberAt(words, at);
    if (!count || (words[count.end] !== 'sets' && words[count.end] !== 'set')) continue;
    const after = words.slice(words[count.end + 1] === 'of' ? count.end + 2 : count.end + 1);
    const weight = after.findIndex((word) => WEIGHT_WORDS.has(word));
    const said = (weight === -1 ? after : after.slice(0, weight)).join(' ');
    const move = moveAfterReps(said) ?? (said === '' ? undefined : said);
    return { sets: count.value, ...(move !== undefined && { move }) };
  }
  return undefined;
}

