import type { Slot, slu } from 'ask-sdk-model';
import { HINGLISH_WEEKDAYS } from '../../lambda/content/hi-IN/weekdays';
import { saysPain } from '../../lambda/content/named';

// ---------------------------------------------------------------------------------------------
// Model shape (the parts of an ASK interaction model this resolver reads)
// ---------------------------------------------------------------------------------------------

export interface ModelSlot {
  readonly name: string;
  readonly type: string;
}

export interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}

export interface ModelSlotTypeValue {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface ModelSlotType {
  readonly name: string;
  readonly values?: readonly ModelSlotTypeValue[];
}

export interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly ModelIntent[];
      readonly types?: readonly ModelSlotType[];
    };
  };
}

export interface ResolverOptions {
  /** Used in entity-resolution authorities, as Alexa does. */
  readonly skillId?: string;
  /** "Today" for AMAZON.DATE; a function for long-running consoles. Defaults to the real clock. */
  readonly now?: Date | (() => Date);
  /** IANA zone of the simulated device. Defaults to the host's zone. */
  readonly timeZone?: string;
}

/** How the utterance was understood: samples matched word for word, nearly, or not at all. */
export type MatchKind = 'exact' | 'fuzzy' | 'fallback';

export interface Resolution {
  readonly intent: string;
  /** Every slot of the intent, keyed by name; unfilled ones carry only name and status, as on Alexa. */
  readonly slots: Record<string, Slot>;
  /** 1 for exact, the similarity score for fuzzy, 0 for fallback. */
  readonly confidence: number;
  readonly match: MatchKind;
}

export type LaunchPhrase = { readonly kind: 'launch' } | { readonly kind: 'one-shot'; readonly utterance: string };

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** Fuzzy matches must score at least this (1 = identical) ... */
export const FUZZY_MIN_SCORE = 0.65;
/** ... and beat the best sample of any other intent by this much, or Alexa "didn't get that". */
export const FUZZY_MARGIN = 0.1;

/** Alexa utterances are short; anything longer is not something it would route to an intent. */
const MAX_INPUT_CHARS = 2000;
const MAX_TOKENS = 64;
/** Longest slot capture considered, in tokens. */
const MAX_CAPTURE = 12;

// ---------------------------------------------------------------------------------------------
// Built-in intents: Alexa trains these itself, so models usually declare them without samples.
// ---------------------------------------------------------------------------------------------

const BUILT_IN_SAMPLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['AMAZON.HelpIntent', ['help', 'help me', 'what can i say', 'what can you do']],
  ['AMAZON.StopIntent', ['stop', 'quit', 'exit', 'bye', 'goodbye', 'shut up', "that's all"]],
  ['AMAZON.CancelIntent', ['cancel', 'never mind', 'forget it']],
  ['AMAZON.NextIntent', ['next', 'next one', 'continue', 'go on', 'keep going']],
  ['AMAZON.PreviousIntent', ['previous', 'back', 'go back', 'last one']],
  ['AMAZON.RepeatIntent', ['repeat', 'repeat that', 'say that again', 'again', 'what']],
  ['AMAZON.YesIntent', ['yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'please do']],
  ['AMAZON.NoIntent', ['no', 'nope', 'no thanks', 'not now']],
  ['AMAZON.PauseIntent', ['pause']],
  ['AMAZON.ResumeIntent', ['resume', 'continue where i left off']],
  ['AMAZON.StartOverIntent', ['start over', 'restart']],
  ['AMAZON.NavigateHomeIntent', ['go home', 'home']],
]);

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

interface Token {
  /** Lowercase spoken form, apostrophes kept: what Alexa puts in a slot value. */
  readonly text: string;
  /** Comparison form: no apostrophes ("what's" = "whats"), numbers as digits ("two thousand" = "2000"). */
  readonly key: string;
  readonly num?: number;
}

const UNITS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, i + 1]),
);
const TEENS: ReadonlyMap<string, number> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (w, i) => [w, i + 10],
  ),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10]),
);

function words(text: string): string[] {
  return String(text ?? '')
    .slice(0, MAX_INPUT_CHARS)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1') // "1,500" is one number
    .replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ')
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0)
    // "5k" is said "five k": the number and the letter, as the model's samples write them.
    .flatMap((word) => /^\d+k$/.test(word) ? [word.slice(0, -1), 'k'] : [word])
    .map((word) => TYPED.get(word) ?? word)
    .flatMap(hindiAmount);
}

/** Hindi number words, in Devanagari and in Latin, as Alexa's hi-IN model hears a time or a count ("बीस मिनट"). */
const HINDI_NUMBERS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'एक ek'], [2, 'दो'], [3, 'तीन'], [4, 'चार'], [5, 'पाँच पांच paanch panch'], [6, 'छह छः chhah chhe'], [7, 'सात saat'],
      [8, 'आठ aath'], [9, 'नौ nau'], [10, 'दस das'], [11, 'ग्यारह gyarah'], [12, 'बारह barah'], [13, 'तेरह terah'], [14, 'चौदह chaudah'],
      [15, 'पंद्रह pandrah pandra'], [16, 'सोलह solah'], [17, 'सत्रह satrah'], [18, 'अठारह atharah'], [19, 'उन्नीस unnees'], [20, 'बीस bees'],
      [21, 'इक्कीस ikkees'], [22, 'बाईस baees'], [23, 'तेईस teis'], [24, 'चौबीस chaubees'], [28, 'अट्ठाईस atthais'],
      [25, 'पच्चीस pachchees pachees'], [30, 'तीस tees'], [35, 'पैंतीस paintees'], [40, 'चालीस chalees chalis'],
      [45, 'पैंतालीस paintalees paintalis'], [50, 'पचास pachaas pachas'], [60, 'साठ'], [90, 'नब्बे nabbe'], [100, 'सौ sau'],
    ] as const
  ).flatMap(([value, names]) => names.split(' ').map((name): [string, number] => [name, value])),
);
/** A quarter past, half past and a quarter to, said before an hour ("साढ़े छह बजे"): minutes past it, or -1 for a quarter to. */
const CLOCK_PARTS: ReadonlyMap<string, number> = new Map([
  ['साढ़े', 30], ['साढे', 30], ['saadhe', 30], ['sadhe', 30], ['सवा', 15], ['sawa', 15], ['पौने', -1], ['paune', -1],
]);
/** Parts of an hour said as a word ("आधा घंटा", "dedh ghanta"): minutes, as Alexa resolves them. */
const HINDI_PARTS: ReadonlyMap<string, number> = new Map([
  ['आधा', 30], ['aadha', 30], ['adha', 30], ['डेढ़', 90], ['डेढ', 90], ['dedh', 90], ['ढाई', 150], ['dhai', 150], ['सवा', 75], ['sawa', 75],
]);
const HINDI_UNITS = new Set(['मिनट', 'मिनिट', 'minute', 'minat', 'minutes', 'घंटा', 'घंटे', 'ghanta', 'ghante', 'सेकंड', 'second', 'कदम', 'kadam', 'steps']);
const HOURS = new Set(['घंटा', 'घंटे', 'ghanta', 'ghante']);

/**
 * A Hindi amount, made the digits the comparison reads: a number word only before a unit ("do" and "char" are words of
 * their own elsewhere), and a part of an hour ("आधा घंटा") its minutes. Reads each word with the one after it, so the
 * unit stays a word of its own; a part of an hour takes the place of "घंटा" as "मिनट".
 */
function hindiAmount(word: string, index: number, all: readonly string[]): string[] {
  const next = all[index + 1] ?? '';
  // A clock time said in words ("पाँच बजे", "साढ़े छह बजे", "sawa saat baje"), as Alexa's hi-IN AMAZON.TIME hears it:
  // the hour in digits, and a quarter, a half or three quarters its minutes (found by a helper trying the console: a
  // reminder "साढ़े छह बजे" reached the fallback).
  const hourOf = (said: string): number | undefined => (/^\d{1,2}$/.test(said) ? Number(said) : HINDI_NUMBERS.get(said));
  if (CLOCK_PARTS.has(word) && hourOf(next) !== undefined && HINDI_OCLOCK.has(all[index + 2] ?? '')) return [];
  const hour = hourOf(word);
  if (hour !== undefined && hour >= 1 && hour <= 12 && HINDI_OCLOCK.has(next)) {
    const part = CLOCK_PARTS.get(all[index - 1] ?? '');
    if (part === undefined) return [String(hour)];
    return part < 0 ? [String(hour === 1 ? 12 : hour - 1), '45'] : [String(hour), String(part)];
  }
  if (HINDI_PARTS.has(word) && HOURS.has(next)) return [String(HINDI_PARTS.get(word))];
  if (HOURS.has(word) && HINDI_PARTS.has(all[index - 1] ?? '')) return ['मिनट'];
  const value = HINDI_NUMBERS.get(word);
  return value !== undefined && HINDI_UNITS.has(next) ? [String(value)] : [word];
}

/**
 * Shorthand people type into the console, as speech recognition writes the word said: no one says "ok" to a speaker
 * and has the skill receive "ok"; it receives "okay".
 */
const TYPED: ReadonlyMap<string, string> = new Map([
  ['ok', 'okay'],
  ['min', 'minutes'],
  ['mins', 'minutes'],
  ['hr', 'hour'],
  ['hrs', 'hours'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['tho', 'though'],
]);

type NumberState = 'start' | 'digits' | 'small' | 'tens' | 'hundred' | 'thousand' | 'and';

/** Longest spoken or written number starting at `start` ("a thousand five hundred", "150"). */
function readNumber(ws: readonly string[], start: number): { value: number; end: number } | undefined {
  let total = 0;
  let group = 0;
  let hundredInGroup = false;
  let state: NumberState = 'start';
  let i = start;
  for (; i < ws.length; i++) {
    const word = ws[i] ?? '';
    const next = ws[i + 1] ?? '';
    const afterScale = state === 'start' || state === 'hundred' || state === 'thousand' || state === 'and';
    const small = UNITS.get(word) ?? TEENS.get(word);
    const tens = TENS.get(word);
    if (state === 'start' && word === 'zero') return { value: 0, end: i + 1 };
    if (state === 'start' && word === 'a' && (next === 'hundred' || next === 'thousand')) {
      group = 1;
      state = 'small';
    } else if (state === 'start' && /^\d{1,9}$/.test(word)) {
      group = Number(word);
      state = 'digits';
    } else if (small !== undefined && (afterScale || (state === 'tens' && small < 10))) {
      group += small;
      state = 'small';
    } else if (tens !== undefined && afterScale) {
      group += tens;
      state = 'tens';
    } else if (word === 'hundred' && !hundredInGroup && group >= 1 && group <= 99 && state !== 'start') {
      group *= 100;
      hundredInGroup = true;
      state = 'hundred';
    } else if (word === 'thousand' && total === 0 && group >= 1 && group <= 999 && state !== 'and') {
      total = group * 1000;
      group = 0;
      hundredInGroup = false;
      state = 'thousand';
    } else if (
      word === 'and' &&
      (state === 'hundred' || state === 'thousand') &&
      (UNITS.has(next) || TEENS.has(next) || TENS.has(next))
    ) {
      state = 'and';
    } else {
      break;
    }
  }
  return state === 'start' ? undefined : { value: total + group, end: i };
}

/**
 * Contractions that lose their apostrophe as another word ("I'll" as "ill", "we'll" as "well"): kept apart, as Alexa
 * writes them apart. Found by a helper trying the console: "reckon I'll use a jerry can instead" was heard as being ill,
 * and the workout paused. Every other apostrophe is dropped from a word's key, so "whats" is "what's".
 */
const CONTRACTIONS_OF_OTHER_WORDS: ReadonlySet<string> = new Set(["i'll", "we'll", "he'll", "she'll", "we're", "i'd", "we'd", "he'd", "she'd"]);

function tokenize(text: string): Token[] {
  const ws = words(text);
  const tokens: Token[] = [];
  for (let i = 0; i < ws.length && tokens.length <= MAX_TOKENS; ) {
    const number = readNumber(ws, i);
    if (number) {
      tokens.push({ text: ws.slice(i, number.end).join(' '), key: String(number.value), num: number.value });
      i = number.end;
    } else {
      const word = ws[i] ?? '';
      tokens.push({ text: word, key: CONTRACTIONS_OF_OTHER_WORDS.has(word) ? word : word.replace(/'/g, '') });
      i += 1;
    }
  }
  return tokens;
}

/** Lowercase words without punctuation, as Alexa would transcribe typed text. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((token) => token.text)
    .join(' ');
}

const dropWakeWord = (tokens: Token[]): Token[] => (tokens[0]?.key === 'alexa' ? tokens.slice(1) : tokens);
/** Hesitations Alexa's speech recognition does not transcribe: "um, what's my workout" reaches a skill without the "um". */
const HESITATIONS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'hm', 'mm', 'ah']);
const heard = (text: string): Token[] => dropWakeWord(tokenize(text).filter((token) => !HESITATIONS.has(token.key)));
/**
 * Words said twice over ("hang on hang on give me a second", "help help"), heard once: a run of one to three words
 * said again at once is a stumble. Only the lenient reading hears so; word for word is what was said.
 */
function unrepeated(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    out.push(token);
    for (let size = 1; size <= 3 && out.length >= 2 * size; size++) {
      const tail = out.length - size;
      if (out.slice(tail).every((word, at) => word.key === out[tail - size + at]!.key)) {
        out.length = tail;
        break;
      }
    }
  }
  return out;
}
const spoken = (tokens: readonly Token[]): string => tokens.map((token) => token.text).join(' ');
const keyOf = (tokens: readonly Token[]): string => tokens.map((token) => token.key).join(' ');

// ---------------------------------------------------------------------------------------------
// Built-in slot types
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The same days in Hindi, as Alexa writes them for hi-IN (Hinglish speakers say the English names). */
const HINDI_WEEKDAYS = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];
/** A weekday's index; said as a possessive ("friday's workout", key "fridays") it is still that day. */
const weekdayIndex = (key: string): number => {
  const day = WEEKDAYS.includes(key) ? key : key.endsWith('s') && WEEKDAYS.includes(key.slice(0, -1)) ? key.slice(0, -1) : undefined;
  if (day) return WEEKDAYS.indexOf(day);
  const hindi = HINDI_WEEKDAYS.indexOf(key);
  // The Hinglish list starts on Monday; these indexes on Sunday.
  const hinglish = HINGLISH_WEEKDAYS.findIndex((names) => names.includes(key));
  return hindi >= 0 ? hindi : hinglish >= 0 ? (hinglish + 1) % 7 : -1;
};
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun',
    'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec',
  ].flatMap((names, i) => names.split(' ').map((name): [string, number] => [name, i + 1])),
);
const ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
    'twentieth',
  ].map((w, i) => [w, i + 1]),
).set('thirtieth', 30);

/**
 * Hindi ordinals, as AMAZON.Ordinal hears them in hi-IN ("दूसरा step", "teesra step"), in each form the noun takes; never
 * पहले or pehle, which also mean "before". Only the ordinal slot reads them: a date in Hindi is said with a number.
 */
const HINDI_ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    'पहला पहली pehla pahla pehli pahli',
    'दूसरा दूसरी दूसरे doosra dusra doosri dusri doosre dusre',
    'तीसरा तीसरी तीसरे teesra tisra teesri tisri teesre tisre',
    'चौथा चौथी चौथे chautha chauthi chauthe',
    'पाँचवाँ पांचवां पाँचवीं पांचवीं पाँचवें पांचवें paanchva panchva paanchvi panchvi paanchve panchve',
    'छठा छठी छठे chhatha chhathi chhathe',
    'सातवाँ सातवां सातवीं सातवें saatva satva saatvi saatve',
    'आठवाँ आठवां आठवीं आठवें aathva athva aathvi aathve',
  ].flatMap((forms, i) => forms.split(' ').map((form): [string, number] => [form.normalize('NFC'), i + 1])),
);

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDate = (dayMs: number): string => new Date(dayMs).toISOString().slice(0, 10);

function isoWeek(dayMs: number): string {
  const date = new Date(dayMs);
  const weekday = date.getUTCDay() || 7;
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(dayMs + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad2(week)}`;
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['tomorrow', 1],
  ['tomorrow morning', 1],
  ['tomorrow night', 1],
  ['yesterday', -1],
  ['last night', -1],
  ['yesterday morning', -1],
  ['yesterday evening', -1],
  ['day after tomorrow', 2],
  ['the day after tomorrow', 2],
  // Hindi and Hinglish: कल is tomorrow or yesterday by the verb's tense; asked about a plan, it is tomorrow.
  ['आज', 0],
  ['aaj', 0],
  ['कल', 1],
  ['kal', 1],
  ['परसों', 2],
  ['parso', 2],
  ['parson', 2],
]);
/** This month and the last, in English, Hindi and Hinglish, as Alexa's models resolve them ("इस महीने" is "2026-12"). */
const THIS_MONTH: ReadonlySet<string> = new Set(['this month', 'इस महीने', 'is mahine', 'is mahiney']);
const LAST_MONTH: ReadonlySet<string> = new Set(['last month', 'पिछले महीने', 'pichle mahine', 'pichhle mahine']);
/** Days to shift today by, and whether the phrase means the weekend of that ISO week. */
const RELATIVE_WEEKS: ReadonlyMap<string, readonly [number, boolean]> = new Map([
  ['this week', [0, false]],
  ['next week', [7, false]],
  ['last week', [-7, false]],
  ['weekend', [0, true]],
  ['the weekend', [0, true]],
  ['this weekend', [0, true]],
  ['next weekend', [7, true]],
  ['last weekend', [-7, true]],
  // Hindi and Hinglish, as Alexa's hi-IN model resolves them (found by a helper trying the console: "पिछले हफ़्ते कैसा
  // रहा" was never a week).
  ['इस हफ़्ते', [0, false]],
  ['इस हफ्ते', [0, false]],
  ['is hafte', [0, false]],
  ['अगले हफ़्ते', [7, false]],
  ['अगले हफ्ते', [7, false]],
  ['agle hafte', [7, false]],
  ['पिछले हफ़्ते', [-7, false]],
  ['पिछले हफ्ते', [-7, false]],
  ['pichle hafte', [-7, false]],
  ['pichhle hafte', [-7, false]],
]);

function readDayOfMonth(tokens: readonly Token[], i: number): { day: number; end: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const next = tokens[i + 1];
  if (token.num !== undefined) {
    const unit = next ? ORDINALS.get(next.key) : undefined;
    // "twenty first" arrives as the number 20 followed by an ordinal.
    if ((token.num === 20 || token.num === 30) && unit !== undefined && unit < 10) return { day: token.num + unit, end: i + 2 };
    return { day: token.num, end: i + 1 };
  }
  const suffixed = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(token.key);
  if (suffixed) return { day: Number(suffixed[1]), end: i + 1 };
  const ordinal = ORDINALS.get(token.key);
  return ordinal === undefined ? undefined : { day: ordinal, end: i + 1 };
}

function calendarDate(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && day >= 1 ? ms : undefined;
}

/** "The 10th" said without a month: the next such day to come, today included (a 31st may be two months off). */
function nextDayOfMonth(day: number, today: number): string | undefined {
  const now = new Date(today);
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const months = now.getUTCMonth() + ahead;
    const ms = calendarDate(now.getUTCFullYear() + Math.floor(months / 12), (months % 12) + 1, day);
    if (ms !== undefined && ms >= today - (today % DAY_MS)) return isoDate(ms);
  }
  return undefined;
}

/** "december fifth", "the 5th of december 2027", "5 dec"; without a year, the next such date. */

function monthDayDate(tokens: readonly Token[], today: number): string | undefined {
  const parts = tokens.filter((token) => token.key !== 'the' && token.key !== 'of');
  let month: number | undefined;
  let dayOf: { day: number; end: number } | undefined;
  const first = parts[0];
  if (first && MONTHS.has(first.key)) {
    month = MONTHS.get(first.key);
    dayOf = readDayOfMonth(parts, 1);
  } else {
    dayOf = readDayOfMonth(parts, 0);
    const monthToken = dayOf ? parts[dayOf.end] : undefined;
    month = monthToken ? MONTHS.get(monthToken.key) : undefined;
    if (dayOf && month !== undefined) dayOf = { day: dayOf.day, end: dayOf.end + 1 };
  }
  // "The 10th": the next 10th to come, this month or the next.
  if (month === undefined && dayOf && tokens[0]?.key === 'the' && dayOf.end === parts.length) return nextDayOfMonth(dayOf.day, today);
  if (month === undefined || !dayOf) return undefined;
  const rest = parts.slice(dayOf.end);
  const thisYear = new Date(today).getUTCFullYear();
  if (rest.length === 1 && rest[0]?.num !== undefined && rest[0].num >= 1900 && rest[0].num < 2200) {
    const ms = calendarDate(rest[0].num, month, dayOf.day);
    return ms === undefined ? undefined : isoDate(ms);
  }
  if (rest.length > 0) return undefined;
  const thisYearMs = calendarDate(thisYear, month, dayOf.day);
  const ms = thisYearMs !== undefined && thisYearMs >= today ? thisYearMs : calendarDate(thisYear + 1, month, dayOf.day);
  return ms === undefined ? undefined : isoDate(ms);
}

function parseDate(span: readonly Token[], today: number): string | undefined {
  const tokens = span[0]?.key === 'on' ? span.slice(1) : span;
  const phrase = keyOf(tokens);
  if (phrase === 'now' || phrase === 'right now') return 'PRESENT_REF';
  // "Tomorrow's workout": the possessive names the same day.
  const offset = RELATIVE_DAYS.get(phrase) ?? (phrase.endsWith('s') ? RELATIVE_DAYS.get(phrase.slice(0, -1)) : undefined);
  if (offset !== undefined) return isoDate(today + offset * DAY_MS);
  // A month as Alexa gives one: "this month" is "2026-11".
  const months = THIS_MONTH.has(phrase) ? 0 : LAST_MONTH.has(phrase) ? -1 : undefined;
  if (months !== undefined) {
    const now = new Date(today);
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
    return `${month.getUTCFullYear()}-${pad2(month.getUTCMonth() + 1)}`;
  }
  const week = RELATIVE_WEEKS.get(phrase);
  if (week !== undefined) {
    const [days, weekend] = week;
    return isoWeek(today + days * DAY_MS) + (weekend ? '-WE' : '');
  }
  const last = tokens[tokens.length - 1];
  const weekday = last ? weekdayIndex(last.key) : -1;
  const qualifier = tokens.length === 2 ? tokens[0]?.key : undefined;
  if (weekday >= 0 && (tokens.length === 1 || qualifier === 'this' || qualifier === 'next')) {
    // A bare weekday means the next one on or after today; "next friday" means strictly after.
    let ahead = (weekday - new Date(today).getUTCDay() + 7) % 7;
    if (ahead === 0 && qualifier === 'next') ahead = 7;
    return isoDate(today + ahead * DAY_MS);
  }
  if (tokens.length === 1 && last && MONTHS.has(last.key)) {
    const month = MONTHS.get(last.key) ?? 1;
    const now = new Date(today);
    const year = month >= now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
    return `${year}-${pad2(month)}`;
  }
  const [y, m, d] = tokens;
  if (tokens.length === 3 && y?.num !== undefined && m?.num !== undefined && d?.num !== undefined && y.num >= 1900) {
    const ms = calendarDate(y.num, m.num, d.num);
    return ms === undefined ? undefined : isoDate(ms);
  }
  return monthDayDate(tokens, today);
}

const NAMED_TIMES: ReadonlyMap<string, string> = new Map([
  ['noon', '12:00'],
  ['midday', '12:00'],
  ['midnight', '00:00'],
  ['morning', 'MO'],
  ['this morning', 'MO'],
  ['in the morning', 'MO'],
  ['afternoon', 'AF'],
  ['this afternoon', 'AF'],
  ['in the afternoon', 'AF'],
  ['evening', 'EV'],
  ['this evening', 'EV'],
  ['in the evening', 'EV'],
  ['night', 'NI'],
  ['tonight', 'NI'],
  ['at night', 'NI'],
]);
const MERIDIEMS: ReadonlyMap<string, 'am' | 'pm' | undefined> = new Map([
  ['', undefined],
  ['oclock', undefined],
  ['am', 'am'],
  ['a m', 'am'],
  ['in the morning', 'am'],
  ['pm', 'pm'],
  ['p m', 'pm'],
  ['in the afternoon', 'pm'],
  ['in the evening', 'pm'],
  ['at night', 'pm'],
  ['tonight', 'pm'],
]);

/**
 * Hindi says the part of the day first and "बजे" (o'clock) last: "सुबह 7 बजे", "shaam 6 30 baje". Said alone ("हर
 * शाम"), a part of the day is what AMAZON.TIME gives in English ("EV").
 */
const HINDI_PARTS_OF_DAY: ReadonlyMap<string, { readonly half: 'am' | 'pm' | 'night'; readonly alone: string }> = new Map([
  ['सुबह', { half: 'am', alone: 'MO' }],
  ['subah', { half: 'am', alone: 'MO' }],
  ['दोपहर', { half: 'pm', alone: 'AF' }],
  ['dopahar', { half: 'pm', alone: 'AF' }],
  ['शाम', { half: 'pm', alone: 'EV' }],
  ['shaam', { half: 'pm', alone: 'EV' }],
  ['sham', { half: 'pm', alone: 'EV' }],
  ['रात', { half: 'night', alone: 'NI' }],
  ['raat', { half: 'night', alone: 'NI' }],
] as const);
const HINDI_OCLOCK = new Set(['बजे', 'baje']);

function parseHindiTime(tokens: readonly Token[]): string | undefined {
  const said = HINDI_PARTS_OF_DAY.get(tokens[0]?.key ?? '');
  if (said && tokens.length === 1) return said.alone;
  const part = said?.half;
  const rest = part ? tokens.slice(1) : tokens;
  if (!HINDI_OCLOCK.has(rest[rest.length - 1]?.key ?? '')) return undefined;
  const [hourToken, minuteToken, ...more] = rest.slice(0, -1);
  const hour = hourToken?.num;
  const minute = minuteToken === undefined ? 0 : minuteToken.num;
  if (more.length > 0 || hour === undefined || minute === undefined || hour < 1 || hour > 12 || minute > 59) return undefined;
  // Night runs past midnight: "रात 9 बजे" is 21:00, "रात 2 बजे" is 02:00.
  const evening = part === 'pm' || (part === 'night' && hour >= 5 && hour !== 12);
  const hour24 = part === undefined ? hour : (hour % 12) + (evening ? 12 : 0);
  return `${pad2(hour24)}:${pad2(minute)}`;
}

/** AMAZON.TIME: "seven thirty pm" → "19:30"; "noon"; "this evening" → "EV"; in Hindi, "सुबह 7 बजे" → "07:00". */
/** "Half seven", "half past seven", "quarter past six", "quarter to eight", with or without "pm" or "in the evening". */
function parseBritishTime(tokens: readonly Token[]): string | undefined {
  const [first, second, third] = tokens.map((token) => token.key);
  const offsets: ReadonlyArray<readonly [readonly string[], number]> = [
    [['half', 'past'], 30],
    [['quarter', 'past'], 15],
    [['quarter', 'to'], -15],
    [['half'], 30],
  ];
  const form = offsets.find(([words]) => words.every((word, i) => [first, second, third][i] === word));
  if (!form) return undefined;
  const [words, offset] = form;
  const hourToken = tokens[words.length];
  const rest = keyOf(tokens.slice(words.length + 1));
  let hour = hourToken?.num;
  if (hour === undefined || hour < 1 || hour > 12 || !MERIDIEMS.has(rest)) return undefined;
  if (MERIDIEMS.get(rest) === 'pm') hour = (hour % 12) + 12;
  const minutes = (hour * 60 + offset + 1440) % 1440;
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function parseTime(span: readonly Token[]): string | undefined {
  const hindi = parseHindiTime(span);
  if (hindi !== undefined) return hindi;
  const tokens = span[0]?.key === 'at' ? span.slice(1) : span;
  const named = NAMED_TIMES.get(keyOf(tokens));
  if (named !== undefined) return named;
  const british = parseBritishTime(tokens);
  if (british !== undefined) return british;
  let hour = tokens[0]?.num;
  if (hour === undefined || hour > 23) return undefined;
  const minuteToken = tokens[1]?.num;
  const minute = minuteToken ?? 0;
  if (minute > 59) return undefined;
  const rest = keyOf(tokens.slice(minuteToken === undefined ? 1 : 2));
  if (!MERIDIEMS.has(rest)) return undefined;
  const meridiem = MERIDIEMS.get(rest);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return `${pad2(hour)}:${pad2(minute)}`;
}

type DurationUnit = 'Y' | 'MO' | 'W' | 'D' | 'H' | 'M' | 'S';
const DURATION_ORDER: readonly DurationUnit[] = ['Y', 'MO', 'W', 'D', 'H', 'M', 'S'];
/** How many of the next smaller unit make one of this; fractions cascade down ("1.5 hours" → 1H30M). */
const DURATION_SPLIT: ReadonlyMap<DurationUnit, [DurationUnit, number]> = new Map([
  ['W', ['D', 7]],
  ['D', ['H', 24]],
  ['H', ['M', 60]],
  ['M', ['S', 60]],
]);
const DURATION_UNITS: ReadonlyMap<string, DurationUnit> = new Map(
  (
    [
      ['second seconds sec secs', 'S'],
      ['minute minutes min mins', 'M'],
      ['hour hours hr hrs', 'H'],
      ['day days', 'D'],
      ['week weeks', 'W'],
      ['month months', 'MO'],
      ['year years', 'Y'],
      ['सेकंड', 'S'],
      ['मिनट', 'M'],
      ['घंटा घंटे ghanta ghante', 'H'],
    ] as const
  ).flatMap(([names, unit]) => names.split(' ').map((name): [string, DurationUnit] => [name, unit])),
);

function formatDuration(amounts: Map<DurationUnit, number>, said: DurationUnit): string {
  for (const unit of DURATION_ORDER) {
    const amount = amounts.get(unit) ?? 0;
    const split = DURATION_SPLIT.get(unit);
    if (split && !Number.isInteger(amount)) {
      const [smaller, factor] = split;
      amounts.set(unit, Math.floor(amount));
      amounts.set(smaller, (amounts.get(smaller) ?? 0) + (amount - Math.floor(amount)) * factor);
    }
  }
  const part = (units: readonly DurationUnit[]): string =>
    units
      .filter((unit) => (amounts.get(unit) ?? 0) > 0)
      .map((unit) => `${amounts.get(unit)}${unit === 'MO' ? 'M' : unit}`)
      .join('');
  const date = part(['Y', 'MO', 'W', 'D']);
  const time = part(['H', 'M', 'S']);
  if (!date && !time) return said === 'H' || said === 'M' || said === 'S' ? `PT0${said}` : `P0${said === 'MO' ? 'M' : said}`;
  return `P${date}${time ? `T${time}` : ''}`;
}

/** AMAZON.DURATION: "an hour and a half" → "PT1H30M", "ninety minutes" → "PT90M". */
function parseDuration(span: readonly Token[]): string | undefined {
  const keys = span.map((token) => token.key);
  const at = (i: number): string => keys[i] ?? '';
  // "And a half", or "and half" as Indian English says it ("one and half hour").
  const halfAt = (i: number): number => (at(i) !== 'and' ? 0 : at(i + 1) === 'a' && at(i + 2) === 'half' ? 3 : at(i + 1) === 'half' ? 2 : 0);
  const andAHalf = (i: number): boolean => halfAt(i) > 0;
  const amounts = new Map<DurationUnit, number>();
  let last: DurationUnit | undefined;
  let i = at(0) === 'for' ? 1 : 0;
  while (i < keys.length) {
    if (last && andAHalf(i) && (i + halfAt(i) === keys.length || at(i + halfAt(i)) === 'and')) {
      const halfOf: DurationUnit = last;
      amounts.set(halfOf, (amounts.get(halfOf) ?? 0) + 0.5);
      i += halfAt(i);
      continue;
    }
    if (last && at(i) === 'and') i += 1;
    let quantity: number;
    const num = span[i]?.num;
    if (num !== undefined) {
      quantity = num;
      i += 1;
    } else if ((at(i) === 'a' || at(i) === 'an') && at(i + 1) === 'half') {
      quantity = 0.5;
      i += 2;
    } else if (at(i) === 'a' || at(i) === 'an') {
      quantity = 1;
      i += 1;
    } else if (at(i) === 'half') {
      quantity = 0.5;
      i += at(i + 1) === 'a' || at(i + 1) === 'an' ? 2 : 1;
    } else {
      return undefined;
    }
    if (num !== undefined && andAHalf(i)) {
      quantity += 0.5;
      i += halfAt(i);
    }
    const unit = DURATION_UNITS.get(at(i));
    if (!unit) return undefined;
    amounts.set(unit, (amounts.get(unit) ?? 0) + quantity);
    last = unit;
    i += 1;
  }
  return last ? formatDuration(amounts, last) : undefined;
}

/** Parsers for built-in types; a capture that does not parse cannot fill the slot. */
const BUILT_IN_PARSERS: ReadonlyMap<string, (span: readonly Token[], today: number) => string | undefined> = new Map([
  ['AMAZON.NUMBER', (span) => (span.length === 1 && span[0]?.num !== undefined ? String(span[0].num) : undefined)],
  // "The second", "the 3rd": the number, as Alexa gives it.
  ['AMAZON.Ordinal', (span) => {
    const hindi = span.length === 1 ? HINDI_ORDINALS.get(span[0]?.key ?? '') : undefined;
    if (hindi !== undefined) return String(hindi);
    const read = readDayOfMonth(span, 0);
    return read && read.end === span.length && (span.length > 1 || span[0]?.num === undefined) ? String(read.day) : undefined;
  }],
  ['AMAZON.DATE', parseDate],
  ['AMAZON.TIME', parseTime],
  ['AMAZON.DURATION', parseDuration],
  // "saturdays" and "saturday's" are Saturday, as Alexa gives it.
  ['AMAZON.DayOfWeek', (span) => (span.length === 1 && weekdayIndex(span[0]?.key ?? '') >= 0 ? (WEEKDAYS.find((day) => span[0]!.key.startsWith(day)) ?? span[0]?.text) : undefined)],
]);

// ---------------------------------------------------------------------------------------------
// Custom slot types: entity resolution
// ---------------------------------------------------------------------------------------------

interface ValueRef {
  readonly id: string;
  readonly name: string;
}

interface TypeIndex {
  readonly exact: ReadonlyMap<string, readonly ValueRef[]>;
  /** Same keys with the last word singularised, so "planks" finds "plank". */
  readonly stemmed: ReadonlyMap<string, readonly ValueRef[]>;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'some', 'this', 'that', 'your']);

function singular(word: string): string {
  if (word.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function stemKey(tokens: readonly Token[]): string {
  const keys = tokens.map((token) => token.key);
  const last = keys.length - 1;
  keys[last] = singular(keys[last] ?? '');
  return keys.join(' ');
}

function indexType(type: ModelSlotType): TypeIndex {
  const exact = new Map<string, ValueRef[]>();
  const stemmed = new Map<string, ValueRef[]>();
  const add = (map: Map<string, ValueRef[]>, key: string, ref: ValueRef): void => {
    const refs = map.get(key) ?? [];
    if (!refs.includes(ref)) map.set(key, [...refs, ref]);
  };
  for (const value of type.values ?? []) {
    // Without an id in the model, the value name stands in for it.
    const ref: ValueRef = { id: value.id ?? value.name.value, name: value.name.value };
    for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const tokens = tokenize(phrase);
      if (tokens.length === 0) continue;
      add(exact, keyOf(tokens), ref);
      add(stemmed, stemKey(tokens), ref);
    }
  }
  return { exact, stemmed };
}

function lookupValues(index: TypeIndex, span: readonly Token[]): readonly ValueRef[] | undefined {
  let start = 0;
  while (start < span.length - 1 && DETERMINERS.has(span[start]?.key ?? '')) start += 1;
  for (const tokens of start > 0 ? [span, span.slice(start)] : [span]) {
    const found = index.exact.get(keyOf(tokens)) ?? index.stemmed.get(stemKey(tokens));
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Compiled model
// ---------------------------------------------------------------------------------------------

interface CompiledSlot {
  readonly name: string;
  readonly type: string;
  readonly index?: TypeIndex;
  readonly parse?: (span: readonly Token[], today: number) => string | undefined;
}

interface CompiledIntent {
  readonly name: string;
  readonly slots: readonly CompiledSlot[];
}

type Part =
  | { readonly kind: 'word'; readonly key: string; readonly weight: number }
  | { readonly kind: 'slot'; readonly slot: CompiledSlot };

interface CompiledSample {
  readonly intent: CompiledIntent;
  readonly parts: readonly Part[];
  readonly literalCount: number;
  /** Fuzzy length: word weights plus one per slot. */
  readonly weight: number;
  readonly literalKeys: readonly string[];
}

/** Words that carry little meaning: cheap to add or drop in a fuzzy match. */
const FILLERS = new Set(['um', 'uh', 'er', 'erm', 'hmm', 'ugh', 'please', 'thanks', 'cheers', 'alexa', 'oh', 'well', 'so', 'okay', 'ok', 'alright', 'just', 'the', 'a', 'an']);
const FILLER_WEIGHT = 0.25;
const SLOT_WEIGHT = 1;
const TYPO_COST = 0.3;
/** Per captured token, when a custom value resolves to nothing (or a free-form type captures). */
const OPEN_CAPTURE_COST = 0.5;

/**
 * A sample said word for word inside longer speech counts when nothing else matched: it must have at least this many
 * words of its own, and cover at least this share of the meaningful (non-filler) words said. On the development sets
 * this routes about one utterance in a hundred more, and sends no out-of-scope speech to an intent.
 */
const CONTAINED_MIN_WORDS = 3;
/** An open capture this long, and longer than its sample's words, is a catch-all match (see isCatchAll). */
const CATCH_ALL_MIN_WORDS = 4;
/** A sample with this few words of its own is short (see isCatchAll). */
const SHORT_SAMPLE_WORDS = 2;
/** A nearly-said phrase scoring at least this goes ahead of a catch-all match. */
const CATCH_ALL_BEATEN_BY = 0.85;
const CONTAINED_MIN_SHARE = 0.5;
/** Words that make speech a question, in the languages the skill speaks (see namedValueResolution). */
const QUESTION_WORDS = new Set(
  'what whats how is are does do can should will why when which could would tell any about explain क्या kya कैसे kaise क्यों kyun kyon कितना kitna कितनी kitni बताओ batao bataiye बताइए'.split(' '),
);
/** The longest name a value has, in words. */
const NAMED_VALUE_MAX_WORDS = 5;
/** Longer speech naming one thing is more likely a story than a question about it. */
const NAMED_VALUE_MAX_SAID = 12;

const wordWeight = (key: string): number => (FILLERS.has(key) ? FILLER_WEIGHT : 1);

function compileSample(intent: CompiledIntent, sample: string, slotFor: (name: string) => CompiledSlot): CompiledSample | undefined {
  const parts: Part[] = [];
  for (const piece of String(sample).split(/(\{[^{}]*\})/)) {
    const ref = /^\{\s*([^{}]*?)\s*\}$/.exec(piece);
    if (ref) {
      parts.push({ kind: 'slot', slot: slotFor(ref[1] ?? '') });
    } else {
      for (const token of tokenize(piece)) parts.push({ kind: 'word', key: token.key, weight: wordWeight(token.key) });
    }
  }
  if (parts.length === 0) return undefined;
  const literalKeys = parts.flatMap((part) => (part.kind === 'word' ? [part.key] : []));
  return {
    intent,
    parts,
    literalCount: literalKeys.length,
    weight: parts.reduce((sum, part) => sum + (part.kind === 'word' ? part.weight : SLOT_WEIGHT), 0),
    literalKeys,
  };
}

function compileModel(model: InteractionModel): CompiledSample[] {
  const languageModel = model.interactionModel.languageModel;
  const indexes = new Map((languageModel.types ?? []).map((type) => [type.name, indexType(type)]));
  const compileSlot = (name: string, type: string): CompiledSlot => {
    const index = indexes.get(type);
    if (index) return { name, type, index };
    const parse = BUILT_IN_PARSERS.get(type);
    return parse ? { name, type, parse } : { name, type };
  };
  const samples: CompiledSample[] = [];
  for (const declared of languageModel.intents) {
    if (declared.name === FALLBACK_INTENT) continue;
    const slots = (declared.slots ?? []).map((slot) => compileSlot(slot.name, slot.type));
    const intent: CompiledIntent = { name: declared.name, slots };
    // A sample naming an undeclared slot still matches; the capture is kept as a free-form slot.
    const slotFor = (name: string): CompiledSlot => {
      const known = slots.find((slot) => slot.name === name);
      if (known) return known;
      const added = compileSlot(name, 'AMAZON.SearchQuery');
      slots.push(added);
      return added;
    };
    const texts = new Set([...(BUILT_IN_SAMPLES.get(declared.name) ?? []), ...(declared.samples ?? [])]);
    for (const text of texts) {
      const sample = compileSample(intent, text, slotFor);
      if (sample) samples.push(sample);
    }
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Slot filling
// ---------------------------------------------------------------------------------------------

/** What a capture puts in a slot of its type; the same for every slot of that type. */
interface Fill {
  readonly value: string;
  readonly resolutions?: slu.entityresolution.Resolutions;
  /** A captured value that neither parsed as a built-in nor resolved to a custom value. */
  readonly open: boolean;
}

interface Capture {
  readonly slot: CompiledSlot;
  readonly fill: Fill;
}

/** Per-utterance context: tokens, "today", and caches shared by every sample. */
interface Utterance {
  readonly tokens: readonly Token[];
  readonly today: number;
  /** Per slot type, fills by `start * (MAX_CAPTURE + 1) + length`; `null` marks a capture that cannot fill it. */
  readonly fills: Map<string, (Fill | null)[]>;
  /** Fuzzy substitution cost of a sample word against each token; samples share most words. */
  readonly substitutions: Map<string, number[]>;
}

function fillSlot(slot: CompiledSlot, span: readonly Token[], today: number, skillId: string): Fill | undefined {
  if (slot.parse) {
    const parsed = slot.parse(span, today);
    return parsed === undefined ? undefined : { value: parsed, open: false };
  }
  const value = spoken(span);
  if (!slot.index) return { value, open: true };
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${slot.type}`;
  const refs = lookupValues(slot.index, span);
  const resolution: slu.entityresolution.Resolution = refs
    ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: refs.map((ref) => ({ value: { name: ref.name, id: ref.id } })) }
    : // Alexa omits `values` on NO_MATCH although the SDK type marks it required.
      ({ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } } as slu.entityresolution.Resolution);
  return { value, resolutions: { resolutionsPerAuthority: [resolution] }, open: !refs };
}

function cachedFill(utterance: Utterance, slot: CompiledSlot, start: number, length: number, skillId: string): Fill | undefined {
  const cache = utterance.fills.get(slot.type) ?? [];
  utterance.fills.set(slot.type, cache);
  const at = start * (MAX_CAPTURE + 1) + length;
  const cached = cache[at];
  if (cached !== undefined) return cached ?? undefined;
  const fill = fillSlot(slot, utterance.tokens.slice(start, start + length), utterance.today, skillId);
  cache[at] = fill ?? null;
  return fill;
}

function slotsOf(intent: CompiledIntent, captures: readonly Capture[]): Record<string, Slot> {
  const slots: Record<string, Slot> = {};
  for (const slot of intent.slots) slots[slot.name] = { name: slot.name, confirmationStatus: 'NONE' };
  for (const { slot, fill } of captures) {
    slots[slot.name] = { name: slot.name, value: fill.value, confirmationStatus: 'NONE', ...(fill.resolutions ? { resolutions: fill.resolutions } : {}) };
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Exact matching
// ---------------------------------------------------------------------------------------------

interface ExactMatch {
  readonly sample: CompiledSample;
  readonly captures: readonly Capture[];
  readonly open: number;
  readonly parsed: number;
}

/** Open captures longer than the sample's own words: the slot, not the sample, matched what was said. */
function isCatchAll(match: ExactMatch): boolean {
  const open = match.captures.filter((capture) => capture.fill.open);
  // An open slot that took only fillers or thanks ("done thanks" as "done {activity}") heard nothing it could hold.
  if (open.length > 0 && open.every((capture) => capture.fill.value.toLowerCase().split(' ').every((word) => FILLERS.has(word)))) return true;
  const openWords = open.reduce((sum, capture) => sum + capture.fill.value.split(' ').length, 0);
  if (openWords >= CATCH_ALL_MIN_WORDS && openWords > match.sample.literalCount) return true;
  // A short sample whose open slot took as many words as the sample has ("{session} workout please" hearing "stop my
  // workout please") is as weak a reading.
  return openWords >= 2 && match.sample.literalCount <= SHORT_SAMPLE_WORDS && openWords >= match.sample.literalCount;
}

/**
 * Ranks exact matches: every slot holding a value it knows over any slot holding words it does not ("do I need to go to
 * the gym" names the gym question, not "do I need to go to {concern}" with "the gym" as a concern), unless it is its
 * intent's slot alone ("my leg feels numb" is "my {numbPart} feels numb", not a value that happens to be those words); then more
 * literal words, then fewer open captures, then more resolved ones.
 */
function betterExact(a: ExactMatch, b: ExactMatch | undefined): boolean {
  if (!b) return true;
  const carried = (a.sample.literalCount > 0 && b.sample.literalCount > 0) || a.sample.intent !== b.sample.intent;
  if (carried && (a.open === 0) !== (b.open === 0)) return a.open === 0;
  if (a.sample.literalCount !== b.sample.literalCount) return a.sample.literalCount > b.sample.literalCount;
  if (a.open !== b.open) return a.open < b.open;
  return a.parsed > b.parsed;
}

function matchExact(sample: CompiledSample, utterance: Utterance, skillId: string): ExactMatch | undefined {
  const { tokens } = utterance;
  const { parts } = sample;
  const slotCount = parts.length - sample.literalCount;
  if (tokens.length < parts.length || tokens.length > sample.literalCount + slotCount * MAX_CAPTURE) return undefined;
  let best: ExactMatch | undefined;
  const walk = (pi: number, ti: number, captures: Capture[]): void => {
    const part = parts[pi];
    if (!part) {
      if (ti !== tokens.length) return;
      const open = captures.filter((capture) => capture.fill.open).length;
      const candidate = { sample, captures: [...captures], open, parsed: captures.length - open };
      if (betterExact(candidate, best)) best = candidate;
      return;
    }
    if (part.kind === 'word') {
      if (tokens[ti]?.key === part.key) walk(pi + 1, ti + 1, captures);
      return;
    }
    const room = tokens.length - ti - (parts.length - pi - 1);
    for (let length = 1; length <= Math.min(MAX_CAPTURE, room); length++) {
      const fill = cachedFill(utterance, part.slot, ti, length, skillId);
      if (!fill) continue;
      captures.push({ slot: part.slot, fill });
      walk(pi + 1, ti + length, captures);
      captures.pop();
    }
  };
  walk(0, 0, []);
  // A sample made only of slots must not swallow arbitrary text: its captures have to resolve.
  return best && (best.sample.literalCount > 0 || best.open === 0) ? best : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fuzzy matching: weighted word-level edit distance, slots as wildcards
// ---------------------------------------------------------------------------------------------

/** Optimal string alignment distance, giving up (Infinity) beyond `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (up[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? Infinity) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Infinity;
}

function substitutionCost(utterance: Utterance, word: string, at: number): number {
  const costs = utterance.substitutions.get(word) ?? [];
  utterance.substitutions.set(word, costs);
  const cost = costs[at] ?? computeSubstitution(word, utterance.tokens[at]);
  costs[at] = cost;
  return cost;
}

function computeSubstitution(word: string, token: Token | undefined): number {
  if (!token) return Infinity;
  if (word === token.key) return 0;
  const tokenWeight = wordWeight(token.key);
  // Typing slips ("excercise", "hlep") on real words count as nearly right.
  if (token.num === undefined && word.length >= 4 && token.key.length >= 4) {
    const limit = Math.max(word.length, token.key.length) >= 8 ? 2 : 1;
    if (editDistance(word, token.key, limit) <= limit) return TYPO_COST;
  }
  return Math.max(wordWeight(word), tokenWeight);
}

interface FuzzyMatch {
  readonly sample: CompiledSample;
  readonly score: number;
  readonly captures: readonly Capture[];
  /** Every word of the sample was said, in order (a typing slip aside), with its slots filled: only words were added. */
  readonly whole: boolean;
  /** The words said that the sample does not have. */
  readonly added: readonly string[];
}

function matchFuzzy(sample: CompiledSample, utterance: Utterance, skillId: string): FuzzyMatch {
  const { tokens } = utterance;
  const { parts } = sample;
  const width = tokens.length + 1;
  // Cell (i, j): best cost of aligning the first i parts with the first j tokens.
  const cost = new Float64Array((parts.length + 1) * width).fill(Infinity);
  const from = new Int32Array(cost.length).fill(-1);
  /** Tokens captured by the slot on the step into this cell (0: none). */
  const captured = new Uint8Array(cost.length);
  const relax = (cell: number, value: number, previous: number, capture = 0): void => {
    if (value < (cost[cell] ?? Infinity)) {
      cost[cell] = value;
      from[cell] = previous;
      captured[cell] = capture;
    }
  };
  cost[0] = 0;
  for (let i = 0; i <= parts.length; i++) {
    for (let j = 0; j <= tokens.length; j++) {
      const here = i * width + j;
      const base = cost[here] ?? Infinity;
      if (base === Infinity) continue;
      const token = tokens[j];
      if (token) relax(here + 1, base + wordWeight(token.key), here);
      const part = parts[i];
      if (!part) continue;
      const below = here + width;
      if (part.kind === 'word') {
        relax(below, base + part.weight, here);
        if (token) relax(below + 1, base + substitutionCost(utterance, part.key, j), here);
        continue;
      }
      relax(below, base + SLOT_WEIGHT, here);
      for (let length = 1; length <= Math.min(MAX_CAPTURE, tokens.length - j); length++) {
        const fill = cachedFill(utterance, part.slot, j, length, skillId);
        if (fill) relax(below + length, base + (fill.open ? OPEN_CAPTURE_COST * length : 0), here, length);
      }
    }
  }
  const end = parts.length * width + tokens.length;
  const total = cost[end] ?? Infinity;
  const inputWeight = tokens.reduce((sum, token) => sum + wordWeight(token.key), 0);
  const score = Math.max(0, 1 - total / Math.max(sample.weight, inputWeight));
  const captures: Capture[] = [];
  let whole = total !== Infinity;
  const added: string[] = [];
  for (let cell = end; cell > 0 && (from[cell] ?? -1) >= 0; cell = from[cell] ?? -1) {
    const length = captured[cell] ?? 0;
    const previous = from[cell] ?? 0;
    const part = parts[Math.floor(cell / width) - 1];
    const step = cell - previous;
    if (step === 1) added.push(tokens[previous % width]?.key ?? '');
    // A step down the sample: its part was dropped (a filler aside), or a word was put in its place.
    if (step === width && (part?.kind === 'slot' || (part?.kind === 'word' && part.weight === 1))) whole = false;
    if (step === width + 1 && part?.kind === 'word' && substitutionCost(utterance, part.key, previous % width) > TYPO_COST) whole = false;
    if (length === 0 || part?.kind !== 'slot') continue;
    const start = (cell % width) - length;
    const fill = cachedFill(utterance, part.slot, start, length, skillId);
    if (fill) captures.unshift({ slot: part.slot, fill });
  }
  return { sample, score, captures, whole, added };
}

// ---------------------------------------------------------------------------------------------
// Resolver
// ---------------------------------------------------------------------------------------------

function todayIn(formatter: Intl.DateTimeFormat, now: Date): number {
  const parts = formatter.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

const fallback = (): Resolution => ({ intent: FALLBACK_INTENT, slots: {}, confidence: 0, match: 'fallback' });

/**
 * A local stand-in for Alexa's NLU over `model`. Order: exact sample match across all declared
 * intents (most literal words wins, then fewest unresolved captures); else the best fuzzy match
 * if it scores at least FUZZY_MIN_SCORE and beats every other intent by FUZZY_MARGIN; else a
 * sample said word for word inside longer speech, covering enough of it (one intent's alone);
 * else AMAZON.FallbackIntent. Never throws on any text.
 */
export function createResolver(model: InteractionModel, options: ResolverOptions = {}): (text: string) => Resolution {
  return createMatcher(model, options).resolve;
}

export interface Matcher {
  /** Alexa's stand-in: exact, else fuzzy, else fallback. */
  readonly resolve: (text: string) => Resolution;
  /** Every intent with a sample that matches `text` word for word (slot values substituted): more than one is a conflict. */
  readonly literal: (text: string) => Resolution[];
}

export function createMatcher(model: InteractionModel, options: ResolverOptions = {}): Matcher {
  const samples = compileModel(model);
  const skillId = options.skillId ?? DEFAULT_SKILL_ID;
  const { now = () => new Date() } = options;
  const clock = typeof now === 'function' ? now : () => now;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });

  const utteranceOf = (text: string): Utterance | undefined => {
    const tokens = heard(text);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
    return { tokens, today: todayIn(formatter, clock()), fills: new Map(), substitutions: new Map() };
  };
  const literal = (text: string): Resolution[] => {
    const utterance = utteranceOf(text);
    if (!utterance) return [];
    const present = new Set(utterance.tokens.map((token) => token.key));
    const best = new Map<string, ExactMatch>();
    for (const sample of samples) {
      if (!sample.literalKeys.every((key) => present.has(key))) continue;
      const match = matchExact(sample, utterance, skillId);
      // Literal means every slot holds one of its values or synonyms (or a built-in type's parse), nothing open.
      if (match && match.open === 0 && betterExact(match, best.get(sample.intent.name))) best.set(sample.intent.name, match);
    }
    return [...best.values()].map((match) => ({ intent: match.sample.intent.name, slots: slotsOf(match.sample.intent, match.captures), confidence: 1, match: 'exact' }));
  };
  /**
   * Alexa's stand-in: exact, else fuzzy, else fallback. Words said twice over are heard once only when what was said
   * matches nothing word for word: Hindi says some twice on purpose ("kaun kaun se", "kuch kuch").
   */
  const resolve = (text: string): Resolution => {
    const tokens = heard(text);
    const said = resolveTokens(tokens);
    const once = unrepeated(tokens);
    if (said.match === 'exact' || once.length === tokens.length) return said;
    const again = resolveTokens(once);
    return again.match === 'exact' || said.match === 'fallback' ? again : said;
  };
  const resolveTokens = (tokens: Token[]): Resolution => {
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return fallback();
    const utterance: Utterance = { tokens, today: todayIn(formatter, clock()), fills: new Map(), substitutions: new Map() };
    const present = new Set(tokens.map((token) => token.key));

    let exact: ExactMatch | undefined;
    for (const sample of samples) {
      if (!sample.literalKeys.every((key) => present.has(key))) continue;
      const match = matchExact(sample, utterance, skillId);
      if (match && betterExact(match, exact)) exact = match;
    }
    const exactResolution = exact && { intent: exact.sample.intent.name, slots: slotsOf(exact.sample.intent, exact.captures), confidence: 1, match: 'exact' as const };
    // A sample whose open slot took most of what was said ("I {activity}" hearing "I was wondering if stress makes it
    // worse") says little about what was meant: a closer phrase the model knows goes first.
    if (exact && !isCatchAll(exact)) {
      if (exact.open === 0) return exactResolution!;
      // A slot that took words it does not know ("can you give me {concern}" hearing "can you give me a daily
      // reminder"): a phrase the model knows word for word, said in those words, is what was meant.
      const inside = containedMatch(utterance);
      const said = inside && ` ${spoken(utterance.tokens.slice(inside.from, inside.to))} `;
      const explains = (capture: Capture) => !capture.fill.open || said!.includes(` ${capture.fill.value} `);
      return inside && inside.resolution.intent !== exact.sample.intent.name && exact.captures.every(explains) ? inside.resolution : exactResolution!;
    }

    // Speech around a phrase the model knows ("ugh I'm exhausted, how much of the workout is left"): the phrase.
    const fuzzy = fuzzyResolution(utterance);
    // Over a catch-all, only a close phrase: "start a ten minute hiit workout" is not "log a ten minute hiit workout".
    // A phrase said whole with words added ("go on to the next one" over "{level} one") is close, whatever its score:
    // of another intent, or of the catch-all's own where its slots know what they took ("i did a quick ten minute hiit"
    // is ten minutes of HIIT, not an activity called "quick ten minute hiit").
    // Never when the words it adds are the catch-all's own ("ouch go on to the next one" is "ouch {concern}") or say pain
    // ("i'm in pain carry on with the rest of my workout" is no resume).
    const knowsMore = (match: FuzzyMatch): boolean => match.sample.intent.name !== exact?.sample.intent.name || match.captures.every((capture) => !capture.fill.open);
    const addsNothingOwn = (match: FuzzyMatch): boolean => !match.added.some((key) => exact?.sample.literalKeys.includes(key)) && !saysPain(match.added.join(' '));
    const closer = fuzzy && (fuzzy.match.score >= CATCH_ALL_BEATEN_BY || (fuzzy.match.whole && knowsMore(fuzzy.match) && addsNothingOwn(fuzzy.match)));
    const near = exactResolution && !closer ? undefined : fuzzy?.resolution;
    return near ?? containedMatch(utterance)?.resolution ?? exactResolution ?? namedValueResolution(utterance) ?? fallback();
  };
  const fuzzyResolution = (utterance: Utterance): { resolution: Resolution; match: FuzzyMatch } | undefined => {
    const bestPerIntent = new Map<string, FuzzyMatch>();
    for (const sample of samples) {
      const match = matchFuzzy(sample, utterance, skillId);
      const held = bestPerIntent.get(sample.intent.name);
      if (!held || match.score > held.score) bestPerIntent.set(sample.intent.name, match);
    }
    const ranked = [...bestPerIntent.values()].sort((a, b) => b.score - a.score);
    const [best, runnerUp] = ranked;
    if (!best || best.score < FUZZY_MIN_SCORE || best.score - (runnerUp?.score ?? 0) < FUZZY_MARGIN) return undefined;
    const resolution: Resolution = { intent: best.sample.intent.name, slots: slotsOf(best.sample.intent, best.captures), confidence: best.score, match: 'fuzzy' };
    return { resolution, match: best };
  };
  const valueIndexes = [...new Set(samples.flatMap((sample) => sample.intent.slots.flatMap((slot) => (slot.index ? [slot.index] : []))))];
  const namesAValue = (part: readonly Token[]): boolean => {
    for (let start = 0; start < part.length; start++) {
      for (let length = 1; length <= Math.min(4, part.length - start); length++) {
        const span = part.slice(start, start + length);
        if (span.every((token) => FILLERS.has(token.key) || DETERMINERS.has(token.key))) continue;
        if (valueIndexes.some((index) => lookupValues(index, span) !== undefined)) return true;
      }
    }
    return false;
  };
  const containedMatch = (utterance: Utterance): { resolution: Resolution; from: number; to: number } | undefined => {
    const { tokens } = utterance;
    const present = new Set(tokens.map((token) => token.key));
    // Meaningful (non-filler) words before each position, so a span's count is one subtraction.
    const before = [0];
    for (const token of tokens) before.push(before.at(-1)! + (FILLERS.has(token.key) ? 0 : 1));
    const meaning = (from: number, to: number) => before[to]! - before[from]!;
    const whole = meaning(0, tokens.length);
    let best: { match: ExactMatch; covered: number; from: number; to: number } | undefined;
    let tiedWith: string | undefined;
    for (const sample of samples) {
      if (sample.literalCount < CONTAINED_MIN_WORDS || !sample.literalKeys.every((key) => present.has(key))) continue;
      for (let from = 0; from < tokens.length; from++) {
        for (let to = tokens.length; to - from >= sample.parts.length; to--) {
          if (from === 0 && to === tokens.length) continue;
          const covered = meaning(from, to);
          if (best && covered < best.covered) break;
          const span: Utterance = { tokens: tokens.slice(from, to), today: utterance.today, fills: new Map(), substitutions: new Map() };
          const match = matchExact(sample, span, skillId);
          if (!match || match.open > 0) continue;
          if (best && covered === best.covered && best.match.sample.intent.name !== sample.intent.name) tiedWith = sample.intent.name;
          else if (!best || covered > best.covered) {
            best = { match, covered, from, to };
            tiedWith = undefined;
          }
          break;
        }
      }
    }
    if (!best || tiedWith || best.covered < whole * CONTAINED_MIN_SHARE) return undefined;
    // Speech around the phrase that names something the model knows ("my back hurts, what's my workout today") is not
    // filler: it may be what the person meant, so nothing is guessed.
    const around = [tokens.slice(0, best.from), tokens.slice(best.to)];
    if (around.some((part) => namesAValue(part))) return undefined;
    const { match, from, to } = best;
    return { resolution: { intent: match.sample.intent.name, slots: slotsOf(match.sample.intent, match.captures), confidence: best.covered / whole, match: 'fuzzy' }, from, to };
  };
  // A sample that is a slot alone ("{topic}") is the model saying a value named by itself is that intent's.
  const slotOnly = samples.filter((sample) => sample.parts.length === 1 && sample.parts[0]?.kind === 'slot' && sample.parts[0].slot.index);
  /**
   * A question that names one thing the model knows and matches no sample ("what is cortisol", "is seven hours of sleep
   * enough"): the intent whose sample is that slot alone, with the value filled. Only when exactly one value of one
   * type is named (so "my back's been sore since deadlifts", naming two, is not guessed), nothing is said to hurt, the
   * words ask something, and there are at most a dozen of them.
   */
  const namedValueResolution = (utterance: Utterance): Resolution | undefined => {
    const { tokens } = utterance;
    if (slotOnly.length === 0 || tokens.length > NAMED_VALUE_MAX_SAID || !tokens.some((token) => QUESTION_WORDS.has(token.key)) || saysPain(spoken(tokens))) {
      return undefined;
    }
    const named: { from: number; to: number; index: TypeIndex; ids: readonly string[] }[] = [];
    for (let length = Math.min(NAMED_VALUE_MAX_WORDS, tokens.length); length >= 1; length--) {
      for (let from = 0; from + length <= tokens.length; from++) {
        const span = tokens.slice(from, from + length);
        // A shorter name inside a longer one is part of it ("back fat" in "lower back fat").
        if (span.every((token) => FILLERS.has(token.key) || DETERMINERS.has(token.key))) continue;
        if (named.some((found) => found.from <= from && from + length <= found.to)) continue;
        for (const index of valueIndexes) {
          const refs = lookupValues(index, span);
          if (refs) named.push({ from, to: from + length, index, ids: refs.map((ref) => ref.id) });
        }
      }
    }
    const [only] = named;
    if (!only || new Set(named.map((found) => found.index)).size > 1 || new Set(named.flatMap((found) => found.ids)).size > 1) return undefined;
    const sample = slotOnly.find((candidate) => candidate.parts[0]?.kind === 'slot' && candidate.parts[0].slot.index === only.index);
    const slot = sample?.parts[0]?.kind === 'slot' ? sample.parts[0].slot : undefined;
    const fill = slot && cachedFill(utterance, slot, only.from, only.to - only.from, skillId);
    if (!sample || !slot || !fill) return undefined;
    return { intent: sample.intent.name, slots: slotsOf(sample.intent, [{ slot, fill }]), confidence: (only.to - only.from) / tokens.length, match: 'fuzzy' };
  };
  return { resolve, literal };
}

// ---------------------------------------------------------------------------------------------
// Launch phrases
// ---------------------------------------------------------------------------------------------

const LAUNCH_VERBS = new Set(['open', 'launch', 'start', 'begin', 'run', 'load', 'use', 'play', 'talk to']);
const ONE_SHOT_VERBS = new Set(['ask', 'tell']);
const CONNECTORS = new Set(['to', 'for', 'about', 'if', 'whether', 'that', 'and']);
const TRAILING_LINKS = new Set(['using', 'with', 'from']);
/** Hindi puts the verb after the name: "back coach खोलो" opens it, "back coach से पूछो …" asks it something. */
const HINDI_LAUNCH_VERBS = new Set(['खोलो', 'kholo', 'open करो', 'open karo', 'शुरू करो', 'shuru karo', 'चालू करो', 'chalu karo']);
const HINDI_ASK_LINKS = new Set(['से', 'se']);
const HINDI_ASK_VERBS = new Set(['पूछो', 'poocho', 'pucho', 'कहो', 'kaho']);

/**
 * Recognises how people start a skill by voice: "open back coach" (launch), and one-shots such
 * as "ask back coach what's my plan", "tell back coach to start", "open back coach and …",
 * "start a workout using back coach" (returning the inner utterance). A leading "alexa" is fine.
 */
export function parseLaunchPhrase(text: string, invocationName: string): LaunchPhrase | undefined {
  const tokens = dropWakeWord(tokenize(text));
  const name = tokenize(invocationName).map((token) => token.key);
  if (name.length === 0) return undefined;
  const at = tokens.findIndex((_, i) => name.every((key, k) => tokens[i + k]?.key === key));
  if (at < 0) return undefined;
  const prefix = tokens.slice(0, at);
  const suffix = tokens.slice(at + name.length);
  const verb = keyOf(prefix[prefix.length - 1]?.key === 'the' ? prefix.slice(0, -1) : prefix);
  const oneShot = (rest: readonly Token[]): LaunchPhrase => (rest.length > 0 ? { kind: 'one-shot', utterance: spoken(rest) } : { kind: 'launch' });

  if (LAUNCH_VERBS.has(verb)) {
    if (suffix.length === 0 || keyOf(suffix) === 'skill') return { kind: 'launch' };
    const link = suffix[0]?.key;
    return link === 'and' || link === 'to' ? oneShot(suffix.slice(1)) : undefined;
  }
  if (ONE_SHOT_VERBS.has(verb)) return oneShot(CONNECTORS.has(suffix[0]?.key ?? '') ? suffix.slice(1) : suffix);
  const link = prefix[prefix.length - 1];
  if (suffix.length === 0 && prefix.length > 1 && link && TRAILING_LINKS.has(link.key)) return oneShot(prefix.slice(0, -1));
  if (prefix.length === 0 && HINDI_LAUNCH_VERBS.has(keyOf(suffix))) return { kind: 'launch' };
  if (prefix.length === 0 && HINDI_ASK_LINKS.has(suffix[0]?.key ?? '')) return oneShot(suffix.slice(HINDI_ASK_VERBS.has(suffix[1]?.key ?? '') ? 2 : 1));
  return undefined;
}
