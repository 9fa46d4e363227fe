/**
 * `npm run nlu:eval`: how well the voice model understands the way people talk, measured on a labelled set kept in
 * scripts/sim/nlu-eval/<locale>.json (written from how people speak, not from the samples; `heldOut` is never tuned on).
 * Per intent and overall: the share routed right by literal matching against the model's samples (slot values and
 * synonyms substituted, a floor for what a model build understands), the share routed right by the console's lenient
 * matcher, and every utterance that matches samples of two intents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Slot } from 'ask-sdk-model';
import { minutesOf, wholeNumberOf } from '../../lambda/domain/duration';
import { inTheEvening } from '../../lambda/domain/reminder-schedule';
import { type Catalogue, DOCTOR_ADVISED } from '../../lambda/content/catalogue';
import { concernOfStiffness, happeningNow, healthReport, heartPainWithSweat, numbnessOf } from '../../lambda/content/named';
import { LOCALE_IDS, LOCALES, type LocaleId } from '../../lambda/locales';
import { INTENT_ALIASES } from '../../lambda/conversation/requests';
import { jsonLogger } from '../../lambda/services/logger';
import { buildSkill } from '../../lambda/skill';
import { buildInteractionModel } from '../model/build';
import { Conversation } from './envelope';
import { memoryProgressStore } from './memory-store';
import { FALLBACK_INTENT, type InteractionModel, type Resolution, createMatcher } from './nlu';
import { speechToText } from './speech-text';

export const TARGETS = { literal: 0.85, lenient: 0.95, conflicts: 0 } as const;

export interface Labelled {
  readonly say: string;
  readonly intent: string;
  readonly slots?: Readonly<Record<string, string>>;
}

export interface LabelledSet {
  readonly tune: readonly Labelled[];
  readonly heldOut: readonly Labelled[];
}

export interface Score {
  readonly total: number;
  readonly literal: number;
  readonly lenient: number;
}

export interface Evaluation {
  readonly overall: Score;
  readonly byIntent: ReadonlyMap<string, Score>;
  readonly conflicts: ReadonlyArray<{ readonly say: string; readonly intents: readonly string[] }>;
  readonly misses: ReadonlyArray<{ readonly say: string; readonly expected: string; readonly literal: string; readonly lenient: string }>;
}

export function labelledSetPath(locale: LocaleId): string {
  return fileURLToPath(new URL(`./nlu-eval/${locale}.json`, import.meta.url));
}

/** A larger development set, written apart from the labelled set, that the model may be broadened against. */
export function loadDevSet(locale: LocaleId): readonly Labelled[] | undefined {
  const path = fileURLToPath(new URL(`./nlu-eval/${locale}.dev.json`, import.meta.url));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { utterances: Labelled[] }).utterances : undefined;
}

/**
 * Sets written blind (without the samples or the other sets) and never tuned on, with how the report names them: a
 * fresh hundred across every feature; five hundred by ten kinds of speaker (terse, rambling, polite, injured …); and a
 * second hundred across every feature, said as people chat (fillers, reasons, run-ons: "ugh okay I'm ready for the next
 * one", "end the workout I have to go pick up the kids").
 */
export const BLIND_SETS = {
  fresh: 'fresh set (written blind, never tuned on)',
  personas: 'personas set (written blind by ten kinds of speaker, never tuned on)',
  chatty: 'chatty set (written blind across every feature, said as people chat, never tuned on)',
} as const;

export function loadBlindSet(locale: LocaleId, name: keyof typeof BLIND_SETS): readonly Labelled[] | undefined {
  const path = fileURLToPath(new URL(`./nlu-eval/${locale}.${name}.json`, import.meta.url));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { utterances: Labelled[] }).utterances : undefined;
}

/** Health and safety phrasings written blind (pains, injuries, conditions, medicines, age); `heldOut` is never tuned on. */
export function loadSafetySet(locale: LocaleId): LabelledSet | undefined {
  const path = fileURLToPath(new URL(`./nlu-eval/${locale}.safety.json`, import.meta.url));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LabelledSet) : undefined;
}

export function loadLabelledSet(locale: LocaleId): LabelledSet | undefined {
  const path = labelledSetPath(locale);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LabelledSet) : undefined;
}

/** The id entity resolution matched, or the value for built-in types ("PT20M", "3000", "monday"). */
function slotSays(slot: Slot | undefined): string | undefined {
  const authorities = slot?.resolutions?.resolutionsPerAuthority ?? [];
  const matched = authorities.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value?.id;
  return matched ?? slot?.value?.toLowerCase();
}

/**
 * A duration is right when its minutes are: "an hour and a half" may come as PT1H30M or PT90M, and "a thirty minute
 * walk" as 30 in the minutes slot (a duration there would sit beside the activity), which the skill logs alike.
 */
function durationRight(expected: string, slots: Resolution['slots']): boolean {
  const minutes = minutesOf(expected);
  const said = slotSays(slots.duration);
  if (said !== undefined) return said === expected.toLowerCase() || (minutes !== undefined && minutesOf(said.toUpperCase()) === minutes);
  const count = slotSays(slots.minutes);
  return minutes !== undefined && count !== undefined && Number(count) === minutes;
}

/** A time is right when the skill reads it so: said in the time slot, or with "tonight" in the evening slot (read as PM). */
function timeRight(expected: string, slots: Resolution['slots']): boolean {
  const said = slotSays(slots.time) ?? inTheEvening(slotSays(slots.evening));
  return said === expected.toLowerCase();
}

function routedRight(expected: Labelled, resolution: Resolution | undefined): boolean {
  if (!resolution) return expected.intent === FALLBACK_INTENT;
  // An intent the model keeps apart for its words ("let's go") is right where the skill answers it as the one expected.
  if ((INTENT_ALIASES[resolution.intent] ?? resolution.intent) !== expected.intent) return false;
  return Object.entries(expected.slots ?? {}).every(([name, value]) =>
    name === 'duration'
      ? durationRight(value, resolution.slots)
      : name === 'time'
        ? timeRight(value, resolution.slots)
        : slotSays(resolution.slots[name]) === value.toLowerCase(),
  );
}

export function evaluate(model: InteractionModel, items: readonly Labelled[]): Evaluation {
  // A fixed "today", so AMAZON.DATE values never depend on when this runs.
  const matcher = createMatcher(model, { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
  const byIntent = new Map<string, { total: number; literal: number; lenient: number }>();
  const conflicts: { say: string; intents: string[] }[] = [];
  const misses: { say: string; expected: string; literal: string; lenient: string }[] = [];
  let literalRight = 0;
  let lenientRight = 0;
  for (const item of items) {
    const literal = matcher.literal(item.say);
    if (literal.length > 1) conflicts.push({ say: item.say, intents: literal.map((match) => match.intent) });
    const lenient = matcher.resolve(item.say);
    const isLiteral = literal.length <= 1 && routedRight(item, literal[0]);
    const isLenient = routedRight(item, lenient.intent === FALLBACK_INTENT ? undefined : lenient);
    const score = byIntent.get(item.intent) ?? { total: 0, literal: 0, lenient: 0 };
    byIntent.set(item.intent, { total: score.total + 1, literal: score.literal + (isLiteral ? 1 : 0), lenient: score.lenient + (isLenient ? 1 : 0) });
    literalRight += isLiteral ? 1 : 0;
    lenientRight += isLenient ? 1 : 0;
    if (!isLiteral) misses.push({ say: item.say, expected: item.intent, literal: literal.map((match) => match.intent).join('+') || 'nothing', lenient: lenient.intent });
  }
  return { overall: { total: items.length, literal: literalRight, lenient: lenientRight }, byIntent, conflicts, misses };
}

/** The safe answer a health phrasing gets, as the health handler chooses it; undefined when it gets none. */
function safeAnswerOf(catalogue: Catalogue, resolution: Resolution | undefined): string | undefined {
  if (resolution?.intent !== 'HealthConcernIntent') return undefined;
  // A part of the body gone numb, as the handler reads it.
  const numb = resolution.slots.numbPart?.value;
  if (numb) return safeAnswerFor(catalogue, numbnessOf(numb));
  // Stiff or tight where it is, as the handler reads it.
  const stiff = resolution.slots.stiffPart;
  if (stiff?.value) {
    const where = stiff.resolutions?.resolutionsPerAuthority?.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value?.id;
    return safeAnswerFor(catalogue, concernOfStiffness(catalogue, where, stiff.value));
  }
  // A sharp pain where it is: the warning sign a place in the chest is, else sharp pain (as the handler reads it).
  const sharp = resolution.slots.sharp;
  if (sharp?.value) {
    const where = sharp.resolutions?.resolutionsPerAuthority?.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value?.id;
    return safeAnswerFor(catalogue, where !== undefined && catalogue.urgent.concernIds.includes(where) ? where : 'sharp-pain');
  }
  // Older people asked about as a group: the answer about age.
  if (resolution.slots.ageGroup?.value) return safeAnswerFor(catalogue, 'older-age');
  // What a doctor said to do, which the labels file as medical advice (its answer says to follow them).
  if (resolution.slots.advisor?.value) return 'medical-advice';
  // Pain in the arm, jaw or chest with a sweat; a condition under way now ("I'm having {now}").
  const sweating = resolution.slots.sweating?.value;
  if (sweating && heartPainWithSweat(sweating)) return 'urgent';
  const underWayNow = happeningNow(resolution.slots.now?.value);
  if (underWayNow) return safeAnswerFor(catalogue, underWayNow);
  // The slot that holds what is felt, as the handler takes it: a habit, something felt now, with a sweat, or the concern.
  const { habit, now, concern } = resolution.slots;
  const slot = [habit, now, resolution.slots.sweating].find((held) => held?.value) ?? concern;
  const resolved = slot?.resolutions?.resolutionsPerAuthority?.find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value?.id;
  const report = resolved !== undefined ? { concern: resolved } : healthReport(catalogue, slot?.value, wholeNumberOf(resolution.slots.age?.value));
  return report && safeAnswerFor(catalogue, report.concern);
}

/** The kind of safe answer a concern gets: urgent, or its kind's (no concern is pain). */
function safeAnswerFor(catalogue: Catalogue, concernId: string | undefined): string {
  if (concernId !== undefined && catalogue.urgent.concernIds.includes(concernId)) return 'urgent';
  return catalogue.concerns.find((concern) => concern.id === concernId)?.kind ?? 'pain';
}

/**
 * How often a health phrasing gets the right kind of safe answer (what a user hears), by literal matching and by the
 * lenient matcher: a concern heard as another of its kind ("my glute" as hip pain for a sharp pain) still gets it.
 */
export function evaluateSafety(model: InteractionModel, catalogue: Catalogue, items: readonly Labelled[]): Score {
  const matcher = createMatcher(model, { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
  let literal = 0;
  let lenient = 0;
  for (const item of items) {
    const expected = safeAnswerFor(catalogue, item.slots?.concern);
    const literalMatches = matcher.literal(item.say);
    const resolved = matcher.resolve(item.say);
    if (literalMatches.length === 1 && safeAnswerOf(catalogue, literalMatches[0]) === expected) literal += 1;
    if (safeAnswerOf(catalogue, resolved) === expected) lenient += 1;
  }
  return { total: items.length, literal, lenient };
}

/** The kind of safe answer expected for a concern said with no workout under way (breathlessness there is a warning sign). */
function safeAnswerOutside(catalogue: Catalogue, concernId: string | undefined): string {
  const outside = catalogue.concerns.find((concern) => concern.id === concernId)?.outsideWorkout;
  return safeAnswerFor(catalogue, outside ?? concernId);
}

/** The kind of safe answer a spoken answer holds, by the catalogue's own words; undefined when it holds none. */
export function safeAnswerHeard(catalogue: Catalogue, said: string): string | undefined {
  // A warning sign told as what comes on with training (or as gone by) gets its own answer, of the same kind.
  if (said.includes(catalogue.urgent.answer) || said.includes(catalogue.urgent.habitual)) return 'urgent';
  // A concern with its own answer (making oneself sick) is of its kind; what a doctor said to do ("my physio told me
  // to avoid twisting"), which the labels file as medical advice, is answered "follow what they told you".
  const own = catalogue.concerns.find((concern) => concern.answer !== undefined && said.includes(concern.answer));
  if (own) return own.id === DOCTOR_ADVISED ? 'medical-advice' : own.kind;
  if (said.includes(catalogue.painBeforeTraining)) return 'pain';
  return (Object.entries(catalogue.safety) as Array<[string, string]>).find(([, answer]) => said.includes(answer))?.[0];
}

/**
 * What a new user hears for each health phrasing, outside a workout: what was matched (literally, or by the lenient
 * matcher; nothing matched is the fallback) sent through the real skill, and the answer's kind read from its words. The
 * handlers read what open slots took ("I'm {level}" hearing "I'm all clammy and my jaw aches"), so this counts what the
 * person is told, where `evaluateSafety` counts only the health intent.
 */
/** The kind of safe answer a new user hears for what was matched (nothing matched is the fallback), outside a workout. */
function safeAnswerEar(locale: LocaleId): (resolution: Resolution | undefined) => Promise<string | undefined> {
  const { catalogue } = LOCALES[locale];
  const now = new Date('2026-11-24T15:00:00Z');
  const skill = buildSkill({ now: () => now, rng: () => 0, timeZoneOf: async () => 'UTC', log: jsonLogger(() => {}), store: memoryProgressStore() });
  let user = 0;
  return async (resolution) => {
    user += 1;
    const device = { skillId: 'amzn1.ask.skill.nlu-eval', apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 'nlu-eval', userId: `amzn1.ask.account.EVAL${user}`, deviceId: `amzn1.ask.device.EVAL${user}`, locale, supportedInterfaces: {} };
    const conversation = new Conversation({ handler: (event) => skill.invoke(event, {}), device, clock: () => now });
    const turn = await conversation.intent(resolution?.intent ?? FALLBACK_INTENT, resolution?.slots ?? {});
    return safeAnswerHeard(catalogue, speechToText(turn.response.response.outputSpeech));
  };
}

/**
 * How many of `items` a new user hears rightly, by `right`, for what literal matching found (one intent, else the
 * fallback) and for what the lenient matcher found.
 */
async function scoreHeard(
  locale: LocaleId,
  model: InteractionModel,
  items: readonly Labelled[],
  right: (heard: string | undefined, item: Labelled) => boolean,
): Promise<Score> {
  const matcher = createMatcher(model, { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'UTC' });
  const heard = safeAnswerEar(locale);
  let literal = 0;
  let lenient = 0;
  for (const item of items) {
    const literalMatches = matcher.literal(item.say);
    const resolved = matcher.resolve(item.say);
    if (right(await heard(literalMatches.length === 1 ? literalMatches[0] : undefined), item)) literal += 1;
    if (right(await heard(resolved.intent === FALLBACK_INTENT ? undefined : resolved), item)) lenient += 1;
  }
  return { total: items.length, literal, lenient };
}

export function evaluateSafetyHeard(locale: LocaleId, model: InteractionModel, items: readonly Labelled[]): Promise<Score> {
  const { catalogue } = LOCALES[locale];
  return scoreHeard(locale, model, items, (heard, item) => heard === safeAnswerOutside(catalogue, item.slots?.concern));
}

/**
 * The other side of what is heard: how many phrasings that report nothing about health (every labelled one not for the
 * health intent) get a safe answer anyway, sent through the skill as `evaluateSafetyHeard` sends them. A reader that
 * hears pain in "let's head to the next one" shows here, where the safety score cannot see it.
 */
export function evaluateFalseAlarms(locale: LocaleId, model: InteractionModel, items: readonly Labelled[]): Promise<Score> {
  const others = items.filter((item) => item.intent !== 'HealthConcernIntent');
  return scoreHeard(locale, model, others, (heard) => heard !== undefined);
}

export function meetsTargets({ overall, conflicts }: Evaluation): boolean {
  return overall.literal / overall.total >= TARGETS.literal && overall.lenient / overall.total >= TARGETS.lenient && conflicts.length <= TARGETS.conflicts;
}

const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10}%`;

function report(title: string, evaluation: Evaluation, verbose: boolean): void {
  const { overall, byIntent, conflicts, misses } = evaluation;
  console.log(`\n${title}: ${overall.total} utterances, literal ${percent(overall.literal, overall.total)}, lenient ${percent(overall.lenient, overall.total)}, conflicts ${conflicts.length}`);
  if (!verbose) return;
  for (const [intent, score] of [...byIntent].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${intent.padEnd(26)} ${String(score.total).padStart(3)}  literal ${percent(score.literal, score.total).padStart(6)}  lenient ${percent(score.lenient, score.total).padStart(6)}`);
  }
  for (const conflict of conflicts) console.log(`  conflict: "${conflict.say}" → ${conflict.intents.join(', ')}`);
  for (const miss of misses) console.log(`  miss: "${miss.say}" (${miss.expected}) literal → ${miss.literal}, lenient → ${miss.lenient}`);
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  let ok = true;
  for (const locale of LOCALE_IDS) {
    const set = loadLabelledSet(locale);
    if (!set) {
      console.log(`${locale}: no labelled set yet (scripts/sim/nlu-eval/${locale}.json)`);
      continue;
    }
    const model = buildInteractionModel(locale) as InteractionModel;
    const tune = evaluate(model, set.tune);
    const heldOut = evaluate(model, set.heldOut);
    const dev = loadDevSet(locale);
    if (dev) report(`${locale}, development set`, evaluate(model, dev), verbose && process.argv.includes('--dev'));
    report(`${locale}, tuning set`, tune, verbose);
    report(`${locale}, held-out set`, heldOut, verbose);
    for (const [name, title] of Object.entries(BLIND_SETS) as Array<[keyof typeof BLIND_SETS, string]>) {
      const blind = loadBlindSet(locale, name);
      if (blind) report(`${locale}, ${title}`, evaluate(model, blind), process.argv.includes(`--${name}`));
    }
    const safety = loadSafetySet(locale);
    if (safety) {
      const { catalogue } = LOCALES[locale];
      for (const [part, items] of [['tuning', safety.tune], ['held-out', safety.heldOut]] as const) {
        report(`${locale}, safety ${part} set (written blind)`, evaluate(model, items), process.argv.includes('--safety'));
        const safe = evaluateSafety(model, catalogue, items);
        console.log(`  the right kind of safe answer: literal ${percent(safe.literal, safe.total)}, lenient ${percent(safe.lenient, safe.total)}`);
        const told = await evaluateSafetyHeard(locale, model, items);
        console.log(`  the right kind of safe answer heard (sent through the skill): literal ${percent(told.literal, told.total)}, lenient ${percent(told.lenient, told.total)}`);
      }
    }
    // Only where a safety set says what the skill should hear; the other sets say what it should not.
    if (safety) {
      const sets = [set.tune, set.heldOut, ...(Object.keys(BLIND_SETS) as Array<keyof typeof BLIND_SETS>).flatMap((name) => loadBlindSet(locale, name) ?? [])];
      const alarms = await evaluateFalseAlarms(locale, model, sets.flat());
      console.log(
        `\n${locale}, a safe answer heard where no health was said (labelled sets but development, sent through the skill): literal ${alarms.literal} of ${alarms.total}, lenient ${alarms.lenient} of ${alarms.total}`,
      );
    }
    ok &&= meetsTargets(heldOut);
  }
  console.log(`\nTargets: literal ≥ ${TARGETS.literal * 100}%, lenient ≥ ${TARGETS.lenient * 100}%, conflicts ${TARGETS.conflicts}, on the held-out set.`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
