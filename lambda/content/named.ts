import type { Catalogue } from './catalogue';
import type { Concern, DayKind, Exercise } from './types';
import { ageSaid, amountsSaidIn, isAge } from './amounts';
import { answerableTopics, findConcern, findExercise } from './catalogue';

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

/**
 * Hinglish words typed more than one way, each with the spelling the names use: "kamar me khinchav" is "kamar mein
 * khinchav" (found by a helper trying the console, December 5: a strain spelled so went on as tightness).
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['me', 'mein'],
  ['mei', 'mein'],
  ['mai', 'mein'],
  ['men', 'mein'],
  ['gai', 'gayi'],
  ['gyi', 'gayi'],
  ['gya', 'gaya'],
  ['hue', 'hui'],
]);

/** "beers" is "beer", "rows" is "row": the one plural people add to a name; a Hinglish word however it is typed. */
const sameWord = (said: string, name: string): boolean =>
  said === name || (name.length >= 3 && said === `${name}s`) || (said.length >= 3 && `${said}s` === name) || SPELLINGS.get(said) === name;

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
/** Moves the catalogue does not teach that people name as strength moves ("my planks", "skip the push ups"). */
export const OTHER_MOVES = /\b(planks?|squats?|lunges?|push ?ups?|pushups?|sit ?ups?|crunches)\b/i;

export function namedExercises(catalogue: Catalogue): readonly Named[] {
  return catalogue.exercises.map((exercise) => ({ id: exercise.id, names: [exercise.name.replace(/^the /i, ''), ...exercise.synonyms] }));
}

/** What a phrase the catalogue could not resolve names inside it, safety first: a concern, then a topic, then an exercise. */
export type NamedInside =
  | { readonly kind: 'concern'; readonly id: string | undefined }
  | { readonly kind: 'topic'; readonly id: string }
  | { readonly kind: 'exercise'; readonly id: string };

/** Words that name a part of the body and nothing wrong with it. */
const BODY_WORDS = new Set(
  'my the a low lower upper back knee knees neck shoulder shoulders hip hips wrist wrists ankle ankles foot feet toe toes heel heels chest joints joint leg legs calf calves thigh thighs hamstring hamstrings glute glutes spine elbow elbows waist arm arms belly stomach tummy muscle muscles heart groin rib ribs finger fingers jaw shin shins forearm forearms pelvis tailbone कमर घुटना घुटने गर्दन कंधा कंधे पेट kamar ghutna ghutne gardan kandha pet'.split(
    ' ',
  ),
);
/** Words that say pain plainly. "Tight", "killing", "racing" also describe a hard workout ("a killing workout"). */
const PLAIN_PAIN_WORDS = new Set(
  'hurt hurts hurting painful pain pains paining ache aches aching achy sore injured injury sprained strained pulled numb tingling dizzy faint bleeding swollen दर्द दुखती दुखता दुखते दुख dard dukhti dukhta'.split(
    ' ',
  ),
);
/** Words that say something is wrong, whatever part of the body they go with: plain pain, and the words of a hard workout. */
const PAIN_WORDS: ReadonlySet<string> = new Set([...PLAIN_PAIN_WORDS, 'tight', 'killing', 'racing', 'pounding']);
/** Concern names that are also everyday fitness words: inside a topic question they do not say what is wrong. */
// Said inside a longer question these are no report: "someone spotting me", "a weak core", "my legs shake in a plank".
const EVERYDAY_NAMES = new Set(['sugar', 'heart', 'pre workout', 'a baby', 'vitamins', 'ache', 'aches', 'discomfort', 'a cold', 'sick', 'weird', 'spotting', 'shaking', 'shaky', 'weak', 'very weak', 'really weak', 'so weak', 'hypo', 'कमज़ोरी', 'kamzori', 'baby']);

const saysWhatIsWrong = (name: string): boolean => !wordsOf(name).every((word) => BODY_WORDS.has(word));

/** True when a phrase says something hurts or is wrong ("my chest hurts when running", "कमर दुखती है"). */
export function saysPain(spoken: string | undefined): boolean {
  // Not where it is denied: "my back doesn't hurt", "I'm not dizzy".
  const said = wordsOf(plainly(spoken));
  return said.some((word, at) => PAIN_WORDS.has(word) && !deniedAt(said, at));
}

/** Conditions had before that, said to be under way now ("I'm having {now}"), are a warning sign, and which. */
const HAPPENING_NOW: readonly (readonly [RegExp, string])[] = [
  // The whole of what the slot took, so "workout के दौरान" (during), "fit hone mein" and "breast stroke" are not them.
  [/^(?:a |an )?(?:heart attack|हार्ट अटैक|दिल का दौरा|dil ka daura)$/i, 'chest-pain'],
  [/^(?:a |an )?(?:stroke|seizure|fit|lakwa|mirgi|mirgi ka daura|daura|स्ट्रोक|लकवा|मिर्गी|मिर्गी का दौरा|दौरा)$/i, 'warning-signs'],
  [/^(?:a |an )?(?:asthma|asthma attack|asthma ka attack|asthma ka daura|dama|dama ka daura|अस्थमा|अस्थमा का अटैक|दमा|दमा का दौरा)$/i, 'breathlessness'],
];
/** The warning sign a condition had before is, said to be under way now ("I'm having {now}": "a heart attack"). */
export function happeningNow(spoken: string | undefined): string | undefined {
  return HAPPENING_NOW.find(([pattern]) => pattern.test((spoken ?? '').trim()))?.[1];
}

/** Parts of the body where pain, with a sweat or nausea, can be the heart. */
const HEART_PARTS = new Set(['arm', 'arms', 'jaw', 'chest']);
/**
 * Words that say a part feels wrong the way the heart can make it: pain, heaviness, pressure, numbness. Not soreness or
 * tightness, which a workout brings to arms ("my arms are sore and I'm sweating": found in review, the session ended);
 * a tight chest is its own warning sign.
 */
const HEART_FEELINGS = new Set(['hurt', 'hurts', 'hurting', 'pain', 'painful', 'pains', 'ache', 'aches', 'aching', 'killing', 'heavy', 'pressure', 'numb', 'tingling', 'squeezing']);

/**
 * True when pain in the arm, the jaw or the chest is told with a sweat or nausea ("my left arm is hurting" and "I'm
 * sweating"): a warning sign of the heart. Pain elsewhere, or soreness, with a sweat is what a workout brings.
 */
export function heartPainWithSweat(spoken: string | undefined): boolean {
  const said = wordsOf(plainly(spoken));
  const chestTight = said.includes('chest') && said.some((word, at) => (word === 'tight' || word === 'tightness') && !deniedAt(said, at));
  return said.some((word) => HEART_PARTS.has(word)) && (chestTight || said.some((word, at) => HEART_FEELINGS.has(word) && !deniedAt(said, at)));
}

/** Words of breathing ("breathe out on the way up", "do I hold my breath"). */
const BREATHING_WORDS = new Set(['breathe', 'breathing', 'breath', 'inhale', 'exhale']);
/** Words that ask how to breathe through a move: when, how, in or out, through a rep, held. */
const TECHNIQUE_WORDS = new Set(
  'how when where should do does in out hold holding held during while through between each every rep reps set sets lift lifting lower lowering up down way nose mouth technique properly right correctly'.split(' '),
);
/**
 * Words that make breathing a struggle or a symptom, not a technique: a denial ("not able to breathe", "no longer"),
 * difficulty ("hard", "tough", "barely"), pain ("it aches when I breathe"), or something off ("rattling", "wrong").
 */
const BREATHING_TROUBLE = new Set(
  "not no never unable able hardly barely longer can't cant cannot couldn't couldnt won't wont isn't isnt hard harder tough difficult difficulty trouble struggle struggling short shortness catch gasp gasping wheeze wheezing tight tightness chest heavy enough stop stopped stops normal hurt hurts hurting pain painful ache aches aching sting stings stinging burn burns burning losing lose lost suffocating choking choke wrong off weird rattling rattle funny strange fast racing shallow".split(' '),
);
/** The concerns breathing itself names ("I can't breathe", "out of breath"): any other named with it is that one's. */
const BREATHING_CONCERNS: ReadonlySet<string> = new Set(['breathlessness', 'effort-breath']);

/**
 * How to breathe, asked by words an open slot took ("breathe out on the way up", "breathe during this", or "breathe"
 * alone, its question in the carrier: "how should I breathe"): a question of technique only when the words ask one and
 * nothing in them says breathing is hard, hurts, or is not happening, and no other concern is named ("I have asthma,
 * how should I breathe" is asthma's). "Breathe" also names trouble breathing ("I can't breathe"), so asked this way it
 * got the urgent answer and a workout was stopped for the day (found by a helper trying the console); a check that
 * only looked for trouble words let "I'm not able to breathe" through as technique (found in review).
 */
export function asksHowToBreathe(catalogue: Catalogue, spoken: string | undefined): boolean {
  const said = wordsOf(spoken ?? '');
  if (!said.some((word) => BREATHING_WORDS.has(word)) || said.some((word) => BREATHING_TROUBLE.has(word))) return false;
  const alone = said.length === 1;
  if (!alone && !said.some((word) => TECHNIQUE_WORDS.has(word))) return false;
  const named = namedConcern(catalogue, spoken);
  return named === undefined || BREATHING_CONCERNS.has(named);
}

/** Concerns no description of a workout names: vomiting, blood, blurred vision. */
const WARNING_SIGNS: readonly string[] = ['warning-signs'];
/**
 * Thoughts of ending one's life: said anywhere, as a warning sign is, and answered first of all but an urgent concern said
 * beside them (found in review: "chest pain and I feel really low" lost the urgent answer). Feeling low comes after a
 * pain, a condition or a pregnancy said with it, whose caution is kept, and after a medicine.
 */
const CRISIS = 'crisis';
const LOW_MOOD = 'low-mood';

/** Words that deny or avoid what follows ("without hurting my back", "a pain free workout", "so it won't hurt"). */
const DENIALS = new Set("without free avoid avoiding prevent won't wont doesn't doesnt don't dont not no never नहीं nahi".split(' '));
/** Words that deny what follows them closely ("without throwing up", "not dizzy", "didn't pass out"). */
const DENIED_BY: ReadonlySet<string> = new Set([...DENIALS, "didn't", 'didnt', "haven't", 'havent']);
/** "Can not breathe" says it, not denies it. */
const CAN = new Set(['can', 'could', 'cannot']);

/**
 * True when a denial is one of the three words before `at` ("without throwing up", "not feeling dizzy", "don't have
 * back pain", where "pain" is denied with "back pain").
 */
function deniedAt(said: readonly string[], at: number): boolean {
  // "Can not breathe", "not able to breathe" say it; a denial before a new clause answers something else ("no, but my
  // chest hurts", "not really, my chest hurts", "नहीं मुझे चक्कर आ रहा है": found in review, each lost the urgent answer).
  return [at - 1, at - 2, at - 3].some(
    (i) =>
      i >= 0 &&
      DENIED_BY.has(said[i]!) &&
      !(said[i] === 'not' && (CAN.has(said[i - 1] ?? '') || said[i + 1] === 'able')) &&
      !said.slice(i + 1, at).some((word) => CLAUSE_OPENERS.has(word)),
  );
}

/** Words that open a clause of its own after a denial: what follows them is not denied. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'my', 'i', "i'm", 'it', "it's", 'and', 'though', 'mujhe', 'मुझे', 'meri', 'मेरी', 'mera', 'मेरा', 'mere', 'मेरे']);

/**
 * The urgent concern (of `among`) a phrase says and does not deny: "did hiit that made me throw up" says one, "how do I
 * avoid throwing up" does not.
 */
export function urgentSaid(catalogue: Catalogue, spoken: string | undefined, among: readonly string[] = catalogue.urgent.concernIds): string | undefined {
  const said = wordsOf(plainly(spoken));
  for (const concern of catalogue.concerns) {
    if (!among.includes(concern.id)) continue;
    for (const name of namesOf(concern)) {
      const words = wordsOf(name);
      const whole = !WHOLE_ONLY.has(name) || words.length === said.length;
      if (words.length > 0 && whole && said.some((_, at) => occursAt(said, words, at) && saidAsIs(said, name, at, words.length, true))) return concern.id;
    }
  }
  return undefined;
}

/** The body's places fat is asked off, named alone. */
const PLACES = String.raw`(?:lower back|back|belly|stomach|tummy|side|sides|love handles?|waist)`;
/** Fat asked off one place said to be the only one: "only back fat", "back fat alone", "fat only from my back". */
const ONE_PLACE = new RegExp(String.raw` only (?:the |my |from |from my |from the )?${PLACES} fat | ${PLACES} fat (?:alone|only) | fat only (?:from|on|off|in) (?:the |my )?${PLACES} `);
/** A part of the body fat is wanted off, or one place. */
const FAT_PLACE = String.raw`(?:(?:only|just|the|my|this|that)\s+)*(?:lower back|back|belly|stomach|tummy|side|sides|love handles?|waist|this area|one area|one spot|one place|that area)`;
/**
 * Fat asked to come off one place by the moves ("can I reduce only back fat by doing exercises", "will these exercises
 * get rid of my back fat"), or asked of the workout under way ("is this actually burning my back fat", "does this even
 * burn fat"): 'spot' for the first, which spot reduction answers; 'whole' for fat asked of the workout with no place,
 * which how it works answers (a "No" there would say the workout burns none). Found by helpers trying the console: the
 * article's central question was "I don't know that one yet" in Indian English, and the second the pain answer.
 */
export function fatFromHereAsked(spoken: string | undefined, duringWorkout = false): 'spot' | 'whole' | undefined {
  const words = ` ${wordsOf(spoken ?? '').join(' ')} `;
  if (!/ fat /.test(words) || saysPain(spoken)) return undefined;
  const losing = String.raw`(?:reduce|reducing|lose|losing|burn|burns|burning|target|targeting|get rid of|melt|melting|shift|trim|remove|cut|go from)`;
  // What is eaten, or training left out, is no question of moves for one place (found in review: "does it matter what I
  // eat to lose belly fat", "with diet alone without any workouts" were answered "No").
  const byMoves = String.raw` (?:these |this |the |my |only |just |some |back |lower back |ab |core )*(?:exercises?|workouts?|moves|crunches|sit ups|situps|planks?|training) `;
  const moves = new RegExp(byMoves).test(words);
  // Training left out, or food asked about with no moves: "without any workouts", "does it matter what I eat".
  if (/ without (?:any |doing )?(?:workouts?|exercises?|exercising|training|moves) /.test(words) || (/ (?:eat|eating|diet|dieting|food|foods) /.test(words) && !moves)) return undefined;
  // "It" points at the move under way only in a workout: "is it possible to lose lower back fat" asks no such thing (found
  // in a third review).
  const pointed = String.raw`(?:this|these|${duringWorkout ? 'it|' : ''}this workout|these exercises|this exercise|the workout|this one|these moves)`;
  const placed = new RegExp(String.raw` ${losing} (?:off )?${FAT_PLACE} fat | ${FAT_PLACE} fat .*${losing}`);
  // "Can I reduce only back fat", "reduce back fat alone": one place, said so (found by a helper trying the console in
  // Indian English: "I don't know that one yet").
  // "Only" or "alone" said of the place itself, never of the means ("if I only walk", "is running alone enough": found in
  // review, they were told "No").
  if (placed.test(words) && (moves || ONE_PLACE.test(words) || new RegExp(String.raw` ${pointed} `).test(words))) return 'spot';
  if (new RegExp(String.raw` ${pointed} (?:even |actually |really |really even )?${losing} (?:off )?(?:any |the |my |some )?fat `).test(words)) return 'whole';
  return undefined;
}

/** Names that say what is wrong only said alone: "I feel confused" is a warning sign, "confused about my level" is not. */
// "Die", as "I want to {session}" takes it from "I want to die" (found in review: today's workout started); never "die"
// inside anything longer.
// "Expecting", as "I'm {topic}" takes it from "I'm expecting"; "what results should I be expecting" is no pregnancy.
// "Hopeless", as "I feel {concern}" takes it; "I'm hopeless at planks" and "this is hopeless" are no low mood (found in review).
const WHOLE_ONLY: ReadonlySet<string> = new Set(['confused', 'pet se', 'पेट से', 'die', 'expecting', 'hopeless']);

/** "A pain in the neck": a figure of speech, no pain (found by a helper: "this is a pain in the neck" paused a workout). */
const PAIN_IDIOM = /\b(?:a |such a |real )?pain in the (?:neck|butt|backside|arse|ass)\b/gi;
/**
 * "Back" as a way, not the body: "to school and back", "back home", "came back from a run" (found by a helper trying
 * the console: "I walked 15 minutes to school and back" got the pain answer).
 */
const BACK_AS_A_WAY = /\b(?:there and back|and back(?= (?:again|home)\b|$)|back and forth|back home|(?:came|come|coming|got|get|getting|went|go|going|walked|walking|ran|running|drove|driving|cycled|biked|jogged|headed|heading) back(?! (?:pain|ache|hurts?|is|was|feels?|muscles?)\b))\b/gi;
/** What was said, without figures of speech that name pain, and without "back" said as a way. */
/**
 * Fat or calories burned: what a workout does, no burning felt ("is this actually burning my back fat": found by a helper
 * trying the console, the pain answer, and every next after it asked whether it still hurt). Not "fat burners", pills a
 * concern of their own names.
 */
const FAT_BURNED =
  /\b(?:burn|burns|burning|burned|burnt)\s+(?:off\s+)?(?:(?:the|my|some|that|this|more|any|much|belly|back|lower|stubborn|extra|of)\s+)*(?:fat|calories|calorie|kilos|kgs|weight|pounds)\b|\bfat[\s-]?(?:burning|burn)\b/gi;
const plainly = (spoken: string | undefined): string => (spoken ?? '').replace(PAIN_IDIOM, ' ').replace(BACK_AS_A_WAY, ' ').replace(FAT_BURNED, ' fat ');

/** A concern's names and the words that say it inside a longer phrase. */
const namesOf = (concern: Concern): readonly string[] => (concern.heardIn ? [...concern.names, ...concern.heardIn] : concern.names);

/**
 * True when what is named at `at` is done to oneself ("I make myself throw up after eating"): no warning sign, but
 * what the eating-disorder concern hears (found by a helper: the urgent answer, and the session ended).
 */
function doneToOneself(said: readonly string[], at: number): boolean {
  // Only "make myself …" as a habit: "I found myself dizzy" and "I ran so hard I made myself sick" are what they say
  // (found in review).
  return said[at - 1] === 'myself' && MAKE.has(said[at - 2] ?? '');
}
const MAKE: ReadonlySet<string> = new Set(['make', 'makes', 'making']);

/**
 * True when a name found at `at`, `length` words long, says what it names: not a figure of speech ("उल्टी तरफ़", the other
 * side), not denied before it or, for Hindi's bare vomiting, after it ("ulti nahi aa rahi"), not done to oneself, and,
 * for a warning sign, not asked about as a way to lose weight. What namedConcern and urgentSaid both hear by (found in
 * review: urgentSaid, which the start of a workout and a lesson ask, heard "ulti side" as vomiting).
 */
function saidAsIs(said: readonly string[], name: string, at: number, length: number, urgent: boolean): boolean {
  if (IDIOMS[name]?.includes(said[at + length] ?? '')) return false;
  if (deniedAt(said, at) || doneToOneself(said, at)) return false;
  if (DENIED_AFTER.has(name)) {
    // A particle may come between ("ulti to nahi aayi", "ulti bilkul nahi aa rahi": found in review).
    let next = at + length;
    while (HINDI_PARTICLES.has(said[next] ?? '')) next += 1;
    if ((HINDI_NO.has(said[next] ?? '') && !STOPPING.has(said[next + 1] ?? '')) || HINDI_WITHOUT.has(said[at - 1] ?? '')) return false;
  }
  return !(urgent && askedAsAMeans(said, at, length));
}
/**
 * Bare names Hindi denies right after them ("ulti nahi aa rahi hai") or with "बिना" before ("बिना उल्टी के"); not when
 * what is denied is its stopping ("ulti nahi ruk rahi", "उल्टी नहीं रुक रही": found in review, an urgent report lost).
 */
const STOPPING: ReadonlySet<string> = new Set(['ruk', 'ruki', 'rukti', 'ruke', 'रुक', 'रुकी', 'रुकती', 'रुके', 'tham', 'thami', 'थम', 'थमी']);
const DENIED_AFTER: ReadonlySet<string> = new Set(['ulti', 'उल्टी', 'vomit']);
const HINDI_NO: ReadonlySet<string> = new Set(['nahi', 'nahin', 'na', 'नहीं', 'ना', 'न']);
const HINDI_PARTICLES: ReadonlySet<string> = new Set(['to', 'toh', 'तो', 'bilkul', 'बिल्कुल', 'ab', 'अब', 'jaisa', 'जैसा', 'bhi', 'भी']);
const HINDI_WITHOUT: ReadonlySet<string> = new Set(['bina', 'बिना']);

/**
 * True when what is named at `at`, `length` words long, is asked about as a way to lose weight, not reported: "should I
 * throw up after eating", "is it okay to vomit", "vomit to lose weight", "ulti karke weight kam karu", "khud ko ulti"
 * (found by a helper trying the console as an Indian user, December 5: the urgent answer, and the day flagged). What the
 * eating-disorder concern hears instead. "I need to throw up" and "I threw up after eating" stay what they report; "I
 * throw up after eating", a habit, is heard as the question is (a slot holds no "I").
 */
function askedAsAMeans(said: readonly string[], at: number, length: number): boolean {
  // Only throwing up: "I'm too dizzy to get up" and "apne ko chakkar aa raha hai" are what they say (found in review).
  if (!PURGE_VERBS.has(said[at] ?? '')) return false;
  const [before, twoBefore, after, twoAfter] = [said[at - 1] ?? '', said[at - 2] ?? '', said[at + length] ?? '', said[at + length + 1] ?? ''];
  // Asked about ("should I", "is it okay to") only with eating or weight said after: "is it bad to vomit after a hard
  // workout" and "can I vomit from HIIT" ask about a warning sign (found in review).
  const forWeight = said.slice(at + length).some((word) => MEALS.has(word) || LOSING.has(word) || WEIGHT_WORDS.has(word));
  if (forWeight && ASKING_OPENERS.has(twoBefore) && (before === 'i' || before === 'we')) return true;
  if (forWeight && before === 'to' && ALLOWED.has(twoBefore)) return true;
  // "Lose weight by throwing up".
  if (before === 'by') return true;
  // "I throw up after I eat sometimes to keep my weight down": what it is for, said after it (found by a helper trying the
  // console: the urgent answer, as if ill).
  const rest = said.slice(at + length);
  const purpose = rest.indexOf('to');
  if (purpose >= 0 && rest.slice(purpose + 1, purpose + 5).some((word) => WEIGHT_WORDS.has(word) || LOSING.has(word))) return true;
  if (after === 'to' && LOSING.has(twoAfter)) return true;
  // "Should I throw up after eating", the slot taking "throw up after eating": the habit asked about, never "threw up",
  // and never after a set or a run (found in review: "I puke after every set" is a warning sign).
  // Said as the verb alone: "I'm throwing up after dinner" and "vomiting after food" are reports (found in review).
  if (after === 'after' && MEALS.has(twoAfter) && BARE_PURGE.has(said[at] ?? '')) return true;
  // "Ulti karke weight kam karu": by doing it, with weight to lose said after; "ulti karke aayi hoon" is having done it.
  if (AS_A_MEANS.has(after)) return said.slice(at + length + 1).some((word) => WEIGHT_WORDS.has(word));
  return (before === 'ko' || before === 'को') && SELF.has(twoBefore);
}
const ASKING_OPENERS: ReadonlySet<string> = new Set(['should', 'can', 'could', 'shall']);
const ALLOWED: ReadonlySet<string> = new Set(['ok', 'okay', 'alright', 'fine', 'good', 'bad', 'safe', 'healthy', 'wrong']);
const LOSING: ReadonlySet<string> = new Set(['lose', 'burn', 'drop', 'slim', 'reduce']);
const MEALS: ReadonlySet<string> = new Set(['eating', 'meals', 'food', 'dinner', 'lunch', 'breakfast']);
const PURGE_VERBS: ReadonlySet<string> = new Set(['throw', 'throwing', 'vomit', 'vomiting', 'puke', 'puking', 'ulti', 'उल्टी']);
const BARE_PURGE: ReadonlySet<string> = new Set(['throw', 'vomit', 'puke']);
/** Weight to lose; not "pet", the stomach ("ulti karke aayi hoon pet dard hai" is a report: found in review). */
const WEIGHT_WORDS: ReadonlySet<string> = new Set(['weight', 'vajan', 'wajan', 'वज़न', 'वजन', 'charbi', 'चर्बी', 'fat', 'kam', 'कम', 'motapa', 'मोटापा'].map((word) => word.normalize('NFC')));
/** Hindi "by doing it" ("ulti karke"): a way to an end. */
const AS_A_MEANS: ReadonlySet<string> = new Set(['karke', 'करके', 'karake', 'कराके']);
const SELF: ReadonlySet<string> = new Set(['khud', 'खुद', 'ख़ुद', 'apne', 'अपने']);

/** True when a phrase names an urgent concern only where it denies it ("without throwing up"). */
function urgentOnlyDenied(catalogue: Catalogue, spoken: string | undefined): boolean {
  const id = namedConcern(catalogue, spoken);
  return id !== undefined && catalogue.urgent.concernIds.includes(id) && urgentSaid(catalogue, spoken) === undefined;
}

/** Kinds of concern whose answer says nothing about stopping: when pain is named too, pain's answer is the one to give. */
const NAMED_LAST: readonly string[] = ['age', 'medicine', 'medical-advice'];

/**
 * The concern a phrase names, the most serious first: one that needs a doctor today, then an injury, condition or
 * pregnancy, then pain, then an age, a medicine or a question about advice ("I'm older and my back hurts" is pain,
 * and its answer says to stop); among equals the longest name. Two concerns named never cancel out.
 */
/** Pain with no part of its own named. */
const GENERAL_PAIN = 'pain';

/** Names that, followed by these words, are a figure of speech and not a symptom ("sick of this", "sick and tired"). */
const IDIOMS: Readonly<Record<string, readonly string[]>> = {
  sick: ['of', 'and'],
  // Suicide sprints are a running drill; "killing myself at the gym" is hard work (found in review).
  suicide: ['sprints', 'sprint', 'drills', 'drill', 'runs', 'run', 'squats', 'burpees', 'shuttles'],
  'kill myself': ['at', 'in', 'doing', 'with', 'over', 'for', 'on', 'trying', 'to'],
  // "I don't see the point of stretching" asks why; said last, or of anything, it is low mood.
  "don't see the point": ['of', 'in', 'to', 'doing', 'with'],
  // "I'm expecting results", "we're expecting too much": no pregnancy.
  ...Object.fromEntries(
    ["i'm expecting", 'i am expecting', 'im expecting', "we're expecting", 'we are expecting'].map((name) => [
      name,
      ['results', 'result', 'to', 'too', 'more', 'much', 'it', 'that', 'this', 'progress', 'change', 'changes', 'some', 'any', 'faster', 'quicker', 'better', 'my', 'the', 'a', 'an', 'you', 'me', 'them', 'fat', 'weight', 'miracles', 'a lot'],
    ]),
  ),
  // "Should I be pinching my shoulder blades together" is a cue for the rows (found in review: it paused for pain).
  pinching: ['my', 'your', 'the', 'shoulder'],
  pinches: ['my', 'your', 'the', 'shoulder'],
  // "उल्टी तरफ़" is the other side, as the superman's steps say it: no vomiting.
  उल्टी: ['तरफ़', 'तरफ', 'taraf', 'side', 'haath', 'हाथ', 'pair', 'पैर', 'ओर', 'disha', 'दिशा', 'ginti', 'गिनती'],
  ulti: ['तरफ़', 'तरफ', 'taraf', 'side', 'haath', 'हाथ', 'pair', 'पैर', 'ओर', 'disha', 'दिशा', 'ginti', 'गिनती'],
};

export function namedConcern(catalogue: Catalogue, spoken: string | undefined, names: (name: string) => boolean = () => true): string | undefined {
  const said = wordsOf(plainly(spoken));
  // The effort of a hard round comes last of all: "a burning pain in my knee" is pain. Soreness from an earlier workout
  // comes after every other pain (found in review: "I'm sore from yesterday and my knee hurts" was soreness, and the
  // workout went on).
  // Pain said where no part of its own holds it ("pain in my arm") comes after every pain with a name of its own: a
  // sharp pain, or the shoulder, said with it is that (found in review: the longer name won, and a sharp pain paused).
  // It still comes before soreness and tightness: "I'm sore and in a lot of pain" is pain (found in a second review).
  const rank = (concern: Concern) =>
    catalogue.urgent.concernIds.includes(concern.id)
      ? 0
      : concern.id === CRISIS
        ? 0.5
        : concern.id === LOW_MOOD
          ? 3.5
          : concern.kind === 'effort'
        ? 4
        : concern.kind === 'pain'
          ? concern.id === GENERAL_PAIN
            ? 2.25
            : concern.inWorkout === undefined
            ? 2
            : 2.5
          : NAMED_LAST.includes(concern.kind)
            ? 3
            : 1;
  let best: { id: string; rank: number; length: number } | undefined;
  for (const concern of catalogue.concerns) {
    for (const name of namesOf(concern).filter(names)) {
      const words = wordsOf(name);
      // Said only where it is denied ("I'm not dizzy", "I don't have back pain, I just want to lose fat"), it is not said
      // (found by a helper: the first stopped the workout for the day, the second paused it for pain).
      const urgent = catalogue.urgent.concernIds.includes(concern.id);
      const says = (at: number) => occursAt(said, words, at) && (!WHOLE_ONLY.has(name) || words.length === said.length) && saidAsIs(said, name, at, words.length, urgent);
      if (words.length === 0 || !said.some((_, at) => says(at))) continue;
      const candidate = { id: concern.id, rank: rank(concern), length: words.length };
      if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && candidate.length > best.length)) best = candidate;
    }
  }
  return best?.id;
}

/** Words that make the part of the body before them what is trained ("a chest exercise", "leg day", "back workouts"). */
const TRAINING_WORDS = new Set('exercise exercises workout workouts routine routines training day days'.split(' '));
/** Words that may open such a name ("is this a chest exercise", "good chest workouts"). */
const BEFORE_TRAINED = new Set(['a', 'an', 'the', 'some', 'good', 'any', 'this', 'these', 'those']);
/**
 * The whole of what was taken is a part of the body named as what a move trains ("a chest exercise", "leg day"). Only
 * the whole: a slot never holds the carrier's words, so "I hurt {concern}" gives "my chest doing chest exercises",
 * whose pain was in the carrier, and that stays a report.
 */
function namesWhatIsTrained(spoken: string | undefined): boolean {
  const words = wordsOf(spoken ?? '');
  while (words.length > 0 && BEFORE_TRAINED.has(words[0]!)) words.shift();
  const trained = words.slice(0, -1);
  return trained.length >= 1 && trained.length <= 2 && trained.every((word) => BODY_WORDS.has(word) && !['my', 'the', 'a'].includes(word)) && TRAINING_WORDS.has(words.at(-1) ?? '');
}

/**
 * What a health request reports, from what its concern slot took when that did not resolve, and the age said: the
 * concern named inside ("i'm getting chest pains"), else the age's concern, else pain (no concern) when the words
 * name a part of the body or pain, or when nothing was taken at all ("it hurts"). Undefined when it reports nothing:
 * words that name no concern, body part or pain ("wait, I'm not ready", heard through an open slot), or a number no
 * one gives as their age. The health handler answers by it, and the evaluation scores safe answers by it.
 */
/**
 * Talk of losing the fat, with no pain said ("I lost weight but my back fat is still there"): no report, though the
 * part of the body is named (found by a helper: the pain answer). "A pain in my back fat" still is one.
 */
const LOSING_FAT = /\b(?:lose|lost|losing|weight|still there|won't (?:go|budge|shift)|get rid|burn)\b/i;
const aboutLosingFat = (spoken: string | undefined): boolean => spoken !== undefined && /\bfat\b/i.test(spoken) && LOSING_FAT.test(spoken) && !saysPain(spoken);
/**
 * A part of the body aimed at, with no fat said and no pain: "so I can't just target my lower back?", "can I spot reduce
 * my sides" (found by a helper trying the console as a tired parent: the pain answer, and the next workout asked whether
 * it still hurt). Spot reduction is what is asked.
 */
const AIMS_AT = /\b(?:target|targeting|targeted|spot reduce|spot reducing|spot train|spot training|spot tone|spot toning)\b/i;
/** Where fat is wanted off: "target my lower back" is spot reduction; "targeting my glutes" asks what a move works. */
const FAT_AREA = /\b(?:lower back|back|sides|love handles|belly|stomach|tummy|waist|muffin top|back fat|belly fat)\b/i;
/**
 * Only with no condition or injury named: "I have a heart condition, what's my target heart rate" and "I have a hernia and
 * want to target my lower back" keep their own answers and cautions (found in review: they were dropped).
 */
export const aimsAtAPart = (catalogue: Catalogue, spoken: string | undefined): boolean =>
  spoken !== undefined && AIMS_AT.test(spoken) && FAT_AREA.test(spoken) && !saysPain(spoken) && namedConcern(catalogue, spoken, saysWhatIsWrong) === undefined && !reportedConcern(catalogue, spoken);

/**
 * The concern an age said is: under 18, someone still growing, who hears an answer of their own (found trying the
 * console: "I'm 15" heard "more so if you're older"); otherwise the answer for any age, older age most of all.
 */
export const AGE_CONCERNS = ['older-age', 'younger-age'] as const;
const ADULT_AGE = 18;
export const isAgeConcern = (id: string | undefined): boolean => AGE_CONCERNS.some((concern) => concern === id);
/**
 * An age said beside what is wrong, in the words a slot took: "60 and my knee hurts", "60 with a bad knee" (heard through
 * "I'm {topic}"), or as an age is said anywhere ("I'm 60"). Found in review: the age was dropped, and HIIT began unasked.
 */
export function ageBesideConcern(spoken: string | undefined): number | undefined {
  const said = ageSaid(spoken);
  if (said !== undefined) return said;
  const first = /^(\d{1,3})\s+(?:and|with|but)\s/u.exec(spoken?.trim() ?? '');
  const years = first ? Number(first[1]) : undefined;
  return isAge(years) ? years : undefined;
}

export function concernOfAge(age: number | undefined): (typeof AGE_CONCERNS)[number] | undefined {
  if (age === undefined) return undefined;
  return age < ADULT_AGE ? 'younger-age' : 'older-age';
}

export function healthReport(catalogue: Catalogue, spoken: string | undefined, age: number | undefined): { readonly concern: string | undefined } | undefined {
  if (aboutLosingFat(spoken) || aimsAtAPart(catalogue, spoken)) return undefined;
  // "is this a chest exercise": the part of the body is what the move trains; only a name that says what is wrong counts.
  const trains = namesWhatIsTrained(spoken);
  const concern = namedConcern(catalogue, spoken, trains ? saysWhatIsWrong : undefined) ?? concernOfAge(isAge(age) ? age : ageSaid(spoken));
  if (concern !== undefined) return { concern };
  const reportsNothing = spoken !== undefined ? trains || !saysBodyOrPain(spoken) : age !== undefined;
  return reportsNothing ? undefined : { concern: undefined };
}

/**
 * What an unresolved topic question names inside it. Pain comes first: a phrase that says something hurts is a
 * concern ("deadlifts when my back hurts"), named or not. Otherwise a concern counts only by a name that says what is
 * wrong ("back pain", not "my lower back"; not "sugar" or "heart", which are everyday words), then a topic, then an
 * exercise.
 */
export function namedInside(catalogue: Catalogue, spoken: string | undefined): NamedInside | undefined {
  if (saysPain(spoken) || saysSymptomOfBody(spoken)) return { kind: 'concern', id: namedConcern(catalogue, spoken) };
  // The effort of a hard round is a whole report, never a word inside a question ("tips for fat burning").
  const effort = effortNames(catalogue);
  const concern = urgentOnlyDenied(catalogue, spoken)
    ? undefined
    : namedConcern(catalogue, spoken, (name) => saysWhatIsWrong(name) && !EVERYDAY_NAMES.has(name) && !effort.has(name));
  if (concern) return { kind: 'concern', id: concern };
  // "I'm over 60, is hiit safe": the age is what the answer must speak to, before the topic.
  const age = concernOfAge(ageSaid(spoken));
  if (age !== undefined) return { kind: 'concern', id: age };
  const exercise = namedWithin(namedExercises(catalogue), spoken);
  // "How many calories does walking burn": calories burned are what is asked of the exercise named, not the topic
  // asked about ("how many calories should I eat on cardio days" is).
  const burns = wordsOf(spoken ?? '').some((word) => BURN_WORDS.has(word));
  const topics = exercise && burns ? answerableTopics(catalogue).map((topic) => ({ ...topic, names: topic.names.filter((name) => !MEASURES.has(name)) })) : answerableTopics(catalogue);
  // "Skipping dinner to lose weight": the goal said after it ("to lose weight", "for fat loss") is why, not what is
  // asked about, so a name said before it wins a tie with the goal's (tried as a user: "I don't know that one yet").
  const topic = namedWithin(topics, spoken) ?? namedWithin(topics, spoken?.replace(GOAL_SAID_LAST, ''));
  if (topic) return { kind: 'topic', id: topic.id };
  return exercise ? { kind: 'exercise', id: exercise.id } : undefined;
}

/** The goal said last, after what is asked about: "… to lose weight", "… for fat loss", "… to burn back fat". */
const GOAL_SAID_LAST = /\s+(?:to|for|so i can|and) (?:lose|losing|burn|burning|get rid of|shift|reduce) (?:some |my |the )?(?:lower back |back |belly )?(?:weight|fat)$|\s+for (?:weight|fat) loss$/i;

/** What a joint does when something may be wrong with it: said of a joint, it is a report. */
const SYMPTOM_WORDS = new Set('click clicks clicking clicky creak creaks creaking creaky popping pops swelling swollen throbbing throbs'.split(' '));
/** The joints those words are said of ("my knees click"); never a muscle, as "my biceps are popping" is gym talk. */
const JOINTS = new Set('knee knees hip hips shoulder shoulders ankle ankles wrist wrists elbow elbows back neck jaw joint joints spine'.split(' '));

/**
 * "Is it normal for my knees to click when I squat": a joint said with what it does when something may be
 * wrong (found by sending a blind set of health phrasings through the skill, December 4: "I don't know that one yet").
 */
function saysSymptomOfBody(spoken: string | undefined): boolean {
  const words = wordsOf(spoken ?? '').map((word) => word.replace(/'s$/, ''));
  return words.some((word) => SYMPTOM_WORDS.has(word)) && words.some((word) => JOINTS.has(word));
}

const BURN_WORDS = new Set(['burn', 'burns', 'burned', 'burnt', 'burning']);
/** Topic names that are what an exercise is measured by ("calories"): said with an exercise, the exercise is the subject. */
const MEASURES: ReadonlySet<string> = new Set(['calories', 'calorie', 'कैलोरी', 'calorie burn', 'burn calories']);

/** True when a phrase denies or avoids something ("not any harder", "without hurting my back"). */
export function saysDenial(spoken: string | undefined): boolean {
  return wordsOf(spoken ?? '').some((word) => DENIALS.has(word));
}
/** Words that open what did not happen, said after "I" ("skipped my workout yesterday", "didn't get my walk in"). */
const MISSED = new Set("skipped missed didn't didnt couldn't couldnt haven't havent wasn't wasnt never".split(' '));
/** Hindi says it last ("workout नहीं किया"). */
const NOT_DONE = new Set(['नहीं', 'nahi', 'nahin']);
/** Words that turn a phrase around ("skipped the gym but went for a run", "didn't skip my workout") or say how it went ("didn't stop once on my walk"). */
const TURNS = new Set("but though although instead then skip skipped miss missed not no stop stopped rest rested break breaks tired once".split(' '));
/**
 * True when what was said to be logged did not happen: it opens with a word that says so, and nothing after turns it
 * around. A word further in ("walked an hour, no breaks", "swam, but not for long") says how it went, not that it did not.
 */
export function saysMissed(spoken: string | undefined): boolean {
  const [first, ...rest] = wordsOf(spoken ?? '');
  if (first === undefined) return false;
  if (MISSED.has(first)) return !rest.some((word) => TURNS.has(word));
  return [first, ...rest].some((word) => NOT_DONE.has(word));
}
/** Parts of the body whose numbness in a workout is a warning sign (the heart), not the nerve answer. */
const NUMB_WARNING = / (arm|arms|hand|hands|fingers|face|jaw|lip|lips|cheek|shoulder) /;
/** The concern a part of the body gone numb is ("my left arm went numb"): urgent for an arm, a hand, the face or the jaw. */
export function numbnessOf(part: string): string {
  return NUMB_WARNING.test(` ${wordsOf(part).join(' ')} `) ? 'warning-signs' : 'numbness';
}

/** A time still to come, in English and Hindi: "tomorrow", "later", "after dinner", "on Saturday", "शाम को". */
// Not कल or kal: it is yesterday as often as tomorrow ("कल की exercise शुरू करो" asks for one now).
const LATER =
  / (tomorrow|tonight|later|later on|this evening|this afternoon|in the evening|in the morning|next week|this weekend|at the weekend|on the weekend|in a bit|in an hour|after (work|dinner|lunch|school|the kids are in bed)|(on|this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|baad mein|shaam ko|बाद में|शाम को) /;
/** What a plan says it will be done with: a time to come, or "gonna", "I'll", "planning to". */
const PLANNED = / (gonna|going to|i'll|i will|plan to|planning to|thinking of|karunga|karungi|करूँगा|करूँगी) /;
/**
 * True when what was said is a plan for later ("I want to go swimming tomorrow", "I'm gonna walk after dinner"), not
 * something to start or teach now. `planned`: the words around it already said it was wanted (a carrier like "I want
 * to {session}"), so a time to come is enough; otherwise it takes a word of planning too.
 */
export function saysLater(spoken: string | undefined, planned = false): boolean {
  const said = ` ${wordsOf(spoken ?? '').join(' ')} `;
  // "I'm going to the gym later, what should I eat first": a question, answered as one.
  if (ASKING.test(said)) return false;
  return LATER.test(said) && (planned || PLANNED.test(said));
}
const ASKING = / (what|how|should|can|could|is|are|does|do i|which|why|when|kya|kaise|क्या|कैसे) /;
/** Words of training, for a plan that names no exercise ("I'll do my workout later", not "a 24 hour fast tomorrow"). */
const TRAINING = / (workout|work out|exercise|exercises|train|training|session|gym|hiit|cardio|strength|walk|run|swim|cycle|ride|yoga|stretch|stretching|it|that) /;

/**
 * A plan to train later ("I want to go swimming tomorrow", "I'll do my workout tonight"): said for later, and about
 * training, by an exercise named or a word of training. A topic named ("intermittent fasting tomorrow", "a day off
 * tomorrow") is its answer instead (found in review).
 */
export function plansToTrainLater(catalogue: Catalogue, spoken: string | undefined, planned = false): boolean {
  if (!saysLater(spoken, planned)) return false;
  const inside = namedInside(catalogue, spoken);
  if (inside) return inside.kind === 'exercise';
  // Asked to work out ("let's do that tomorrow", "I want to do it tomorrow"), a time to come is enough (found in review).
  return planned || TRAINING.test(` ${wordsOf(spoken ?? '').join(' ')} `);
}
/** Words that make what follows a description of the workout ("a workout that gets me out of breath"). */
const DESCRIBING = new Set('that which gets get getting leaves leave left makes make made until till'.split(' '));
/** Kinds of concern a person reports about themselves; medicines and "is this medical advice" are questions instead. */
const REPORTED_KINDS: ReadonlySet<string> = new Set(['pain', 'nerve', 'injury', 'condition', 'pregnancy', 'unwell']);

/** The names of the effort a hard round asks for ("the burn", "out of breath"). */
function effortNames(catalogue: Catalogue): ReadonlySet<string> {
  return new Set(catalogue.concerns.filter((concern) => concern.kind === 'effort').flatMap((concern) => concern.names));
}

/** Breathing, the lungs or the throat said to be tight: breathlessness, never stiffness. */
const TIGHT_BREATHING = /\b(breath|breathing|lungs?|throat|airway|airways|windpipe)\b/i;

/** The chest, said among other words. */
const CHEST_PAIN = 'chest-pain';
const CHEST_SAID = /(?:^|\s)(?:chest|सीना|सीने|seena|seene|छाती|chhati)(?:$|\s)/i;

/**
 * The concern a part said to be stiff or tight is ("my lower back is a little stiff", the model's stiffPart slot), from
 * the concern the part names (`where`) and the words said: a plain part of the body is a tight feeling; the chest, or a
 * condition or an injury named there ("my heart feels tight", "my hernia feels tight"), keeps its own answer and
 * caution; tight breathing is breathlessness (found by a helper trying the console, and in review).
 */
export function concernOfStiffness(catalogue: Catalogue, where: string | undefined, spoken: string): string {
  if (where !== undefined && (catalogue.urgent.concernIds.includes(where) || findConcern(catalogue, where)?.kind !== 'pain')) return where;
  // The chest said inside more ("ugh my chest feels really tight", the slot taking "ugh my chest"): the warning sign, never
  // a stiff muscle (found in review: "A tight feeling is common", and the workout went on).
  if (where === undefined && CHEST_SAID.test(spoken) && findConcern(catalogue, CHEST_PAIN) !== undefined) return CHEST_PAIN;
  return where === undefined && TIGHT_BREATHING.test(spoken) ? 'breathlessness' : 'tightness';
}
/**
 * A pain or condition reported inside a request to exercise, log, or set a level ("start a workout for my bad knee",
 * "thirty minutes of cardio and now my chest hurts", "a beginner with a slipped disc"): pain said plainly, or a
 * condition said as one's own, and neither denied. What describes a workout is not a report: "a killing workout",
 * "the stretch for tight hips", "a workout that gets me out of breath", "without hurting my back", "a fat burner
 * workout". The concern's id, most serious first; `undefined` id for pain that names no concern.
 */
export function reportedConcern(catalogue: Catalogue, spoken: string | undefined): { readonly id: string | undefined } | undefined {
  // Warning signs are never how a workout is described, as "out of breath" can be ("a workout that gets me out of
  // breath"): said anywhere and not denied, they are reported ("ran till I puked").
  const sign = urgentSaid(catalogue, spoken, WARNING_SIGNS);
  if (sign !== undefined) return { id: sign };
  const crisis = urgentSaid(catalogue, spoken, [CRISIS]);
  if (crisis !== undefined) return { id: urgentSaid(catalogue, spoken) ?? crisis };
  if (saysDenial(spoken)) return undefined;
  const said = wordsOf(spoken ?? '');
  const plainPain = said.some((word) => PLAIN_PAIN_WORDS.has(word)) || said.join(' ').includes('killing me');
  if (plainPain) return { id: namedConcern(catalogue, spoken) };
  if (said.some((word) => DESCRIBING.has(word))) return undefined;
  const kindOf = (id: string) => catalogue.concerns.find((concern) => concern.id === id)?.kind ?? '';
  const id = namedConcern(catalogue, spoken, (name) => saysWhatIsWrong(name) && !EVERYDAY_NAMES.has(name));
  return id !== undefined && REPORTED_KINDS.has(kindOf(id)) ? { id } : undefined;
}

/**
 * The user's own progress asked ("am I making progress", "am I getting anywhere"): the week so far. Whether the plan works,
 * or a stall, are topics the catalogue hears (`askedIn`). Never with pain or a part of the body said, nor denied.
 */
export function progressAsked(spoken: string | undefined): boolean {
  const said = ` ${wordsOf(spoken ?? '').join(' ')} `;
  if (saysBodyOrPain(spoken ?? '') || saysDenial(spoken)) return false;
  return / (?:making|make) (?:any |much |some )?progress | getting anywhere /.test(said);
}

/**
 * Yesterday's workout, missed, asked to be made up today ("I missed yesterday, can I do it today", "can I make up
 * yesterday's workout", "I skipped my workout yesterday, can I catch up"): never a log of it ("I missed yesterday's
 * walk" alone), which asks nothing.
 */
export function makeUpYesterdayAsked(spoken: string | undefined): boolean {
  const said = ` ${wordsOf(spoken ?? '').join(' ')} `;
  const missed = / (?:missed|skipped|didn't do|did not do|couldn't do|could not do) (?:my |the )?(?:workout |session |training )?yesterday(?:'s)? /.test(said);
  const makeUp = / (?:make (?:it |that )?up|makeup|catch up|do (?:it|that|that one|them) (?:today|now|instead)|do it) /.test(said);
  const asked = / (?:can|could|should|may) (?:i|we) /.test(said);
  // Not another time to do it ("can I do it tomorrow", "make it up at the weekend"), nor something else to catch up on
  // ("catch up on sleep"): found in review, each started yesterday's workout.
  if (/ (?:tomorrow|weekend|later|tonight|next week|sleep|monday|tuesday|wednesday|thursday|friday|saturday|sunday) /.test(said)) return false;
  // Not refused or asked whether it must be ("I don't want to make up yesterday's workout", "do I need to make it up":
  // found in review, each started it).
  if (/ (?:don't|dont|do not|can't|cant|cannot|won't|not|need to|have to|should i) /.test(said.replace(/ missed /, ' '))) return false;
  // "Make up yesterday's workout" is asked in its carrier ("can I {topic}"), the slot holding only the request.
  return missed ? asked && makeUp : / make up (?:for )?yesterday's (?:workout|session|training) /.test(said);
}

/**
 * Whether yesterday's missed workout must be made up, asked ("I missed yesterday, should I make it up", "do I need to make
 * up yesterday's workout"): no need, which is the answer (found by a helper trying the console as a tired parent: out of
 * scope).
 */
export function makeUpYesterdayWondered(spoken: string | undefined): boolean {
  const said = ` ${wordsOf(spoken ?? '').join(' ')} `;
  const missed = / (?:missed|skipped|didn't do|did not do|couldn't do|could not do) (?:my |the )?(?:workout |session |training )?yesterday(?:'s)? /.test(said) || / make up (?:for )?yesterday(?:'s)? /.test(said);
  const wondered = / (?:should i|do i need to|do i have to|must i|have i got to) (?:make (?:it |that |this )?up|make up|catch up|do it today) /.test(said);
  return missed && wondered && !/ (?:don't|dont|do not|won't|tomorrow|weekend|sleep) /.test(said);
}

/**
 * "I'm back, where was I", heard through "I'm {concern}" or "I'm {topic}" as "back where was i": back to the workout, never
 * pain in the back (found by a helper trying the console: the pain answer, and resuming then asked whether it still hurt).
 */
export function saysBackAgain(spoken: string | undefined): boolean {
  const said = wordsOf(spoken ?? '').join(' ');
  return /^back(?: (?:now|again|here))?(?: (?:where (?:was i|were we|did we leave off|did i leave off|are we)|let's (?:go|carry on|continue|keep going|do this)|what's next|what now|sorry))$/.test(said);
}

const SCORE_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SCORE = `(\\d{1,2}|${SCORE_WORDS.join('|')})`;
const PAIN_SCORE = new RegExp(`\\b${SCORE}(?:\\s+(?:or|to)\\s+${SCORE})?\\s+(?:out of|on a scale of)\\s+(?:10|ten)\\b`, 'i');
/**
 * Pain scored out of ten ("it hurts like a 3 out of 10", "not too bad, maybe a 3 or 4 out of 10"), the higher of two
 * said; undefined with none said, or a score past ten.
 */
export function painScoreIn(spoken: string | undefined): number | undefined {
  const match = PAIN_SCORE.exec(spoken ?? '');
  if (!match) return undefined;
  const scores = [match[1], match[2]].filter((said) => said !== undefined).map((said) => (/^\d+$/.test(said!) ? Number(said) : SCORE_WORDS.indexOf(said!.toLowerCase())));
  const score = Math.max(...scores);
  return score >= 0 && score <= 10 ? score : undefined;
}

/** How a log's open phrase starts when it tells what was done ("walked to the shop", "did my rows", "went swimming"). */
const LOG_VERBS = new Set('did done went ran swam rode took had got made finished completed played trained worked lifted'.split(' '));
/** Words ending like a past tense that ask or tell something else ("I wanted to know", "I wondered if"). */
const NOT_LOG_VERBS = new Set(['wanted', 'needed', 'wondered', 'noticed', 'heard', 'read']);
/** Words said before the verb of a log ("I also went for a walk", "I finally did my rows"). */
/** Words said before a log's verb ("I already walked"): passed over to find it, and plain words of a log. */
export const BEFORE_LOG_VERB: ReadonlySet<string> = new Set(['also', 'just', 'finally', 'then', 'already', 'actually', 'really', 'recently', 'today', 'and', 'have', 'had', "i've"]);

/** The word a phrase opens with once "I", "also", "just" and the like are passed: a log's verb ("walked", "did"). */
export function openingVerb(spoken: string): string {
  return wordsOf(spoken).find((word) => word !== 'i' && !BEFORE_LOG_VERB.has(word)) ?? '';
}

export function readsAsLog(spoken: string): boolean {
  const first = openingVerb(spoken);
  return LOG_VERBS.has(first) || (/^[a-z]{2,}ed$/.test(first) && !NOT_LOG_VERBS.has(first));
}

/**
 * True when a phrase tells of more than one kind of thing done: "run and then did some stretching", "walk and did my
 * deadlifts", "running की और फिर stretching", "walk aur phir yoga ki". Each part between "and", "then" (in Hindi और,
 * फिर) is looked at for the activity it names; the phrase is several things done only when its first part names one
 * and a later part names another kind. More about the one thing ("walk and did 5000 steps", "run and then had a
 * shower", "went to the gym and did my deadlifts", "got up early and went for a run") is one; so is a missed thing
 * beside a done one (that is for the missed-day answer), and what other people did ("read that people who ran …").
 */
export function saysSeveralDone(catalogue: Catalogue, spoken: string | undefined): boolean {
  return thingsDoneIn(catalogue, spoken) > 1;
}

/** How many things done a phrase tells of, as saysSeveralDone reads it: each part that names a new kind counts. */
export function thingsDoneIn(catalogue: Catalogue, spoken: string | undefined): number {
  const words = wordsOf(spoken ?? '');
  if (words.length === 0 || NOT_LOG_VERBS.has(openingVerb(words.join(' '))) || words.some((word) => HEARSAY.has(word))) return 0;
  const exercises = namedExercises(catalogue);
  const kindsIn = (part: readonly string[]): Set<string> => {
    // What describes the thing done ("and it was a good stretch"), or a way home ("walked the bike home"), is no second thing.
    if (DESCRIBES.has(part[0] ?? '') || part.includes('home') || part.includes('interval') || part.includes('intervals')) return new Set();
    const kinds = new Set(part.map((word) => ACTIVITY_KINDS.get(word)).filter((kind): kind is string => kind !== undefined));
    // A move from the catalogue by a name no word above carries ("my rows", "bridges"): a strength move, or the burner.
    const exercise = kinds.size === 0 ? namedWithin(exercises, part.join(' ')) : undefined;
    if (exercise) kinds.add(BURNER_KINDS[exercise.id] ?? 'strength');
    return kinds;
  };
  const parts: string[][] = [[]];
  for (const word of words) {
    if (JOINS.has(word)) parts.push([]);
    else parts[parts.length - 1]!.push(word);
  }
  // What was skipped is not a thing done: "skipped my run and then did some stretching" is the stretching.
  const [first = [], ...rest] = parts.filter((part) => part.length > 0 && !MISSED.has(openingVerb(part.join(' '))));
  const seen = kindsIn(first);
  if (seen.size === 0) return 0;
  let things = 1;
  for (const part of rest) {
    const kinds = kindsIn(part);
    if ([...kinds].some((kind) => !seen.has(kind))) things += 1;
    for (const kind of kinds) seen.add(kind);
  }
  return things;
}

/** A phrase without its parts that tell what was skipped: "skipped my run and then did some stretching" tells the stretching. */
export function withoutMissed(spoken: string): string {
  const parts = spoken.split(/\b(?:and then|and|then|but)\b/i);
  const kept = parts.filter((part) => !MISSED.has(openingVerb(part)));
  return kept.length > 0 && kept.length < parts.length ? kept.join(' ').replace(/\s+/g, ' ').trim() : spoken;
}

/**
 * The kind of thing done a short answer names ("the run" is run, "some stretching" and "योग" stretch), when it
 * names exactly one: run, swim, walk, cycle, dance, stretch (yoga too), hiit, cardio or strength.
 */
export function kindNamedIn(spoken: string | undefined): string | undefined {
  const kinds = new Set(wordsOf(spoken ?? '').map((word) => ACTIVITY_KINDS.get(word)).filter((kind) => kind !== undefined));
  const [kind] = kinds;
  return kinds.size === 1 ? kind : undefined;
}

/** The kind of day each kind of thing done is a session of; running, swimming or a walk are taught as calorie burners. */
const SESSION_OF: Readonly<Record<string, DayKind>> = { stretch: 'rest', hiit: 'hiit', cardio: 'cardio', strength: 'strength' };

/** Words that set a kind aside ("anything but stretching", "something other than HIIT"). */
const SET_ASIDE = /\b(but|except|other than|instead of|rather than|besides)\b/i;

/**
 * The kind of session a longer request names ("a stretching session for me please", "a quick yoga session"), when it
 * names exactly one and neither denies it nor sets it aside ("not stretching", "anything but stretching").
 */
export function sessionKindNamedIn(spoken: string | undefined): DayKind | undefined {
  const kind = saysDenial(spoken) || SET_ASIDE.test(spoken ?? '') ? undefined : kindNamedIn(spoken);
  return kind === undefined ? undefined : SESSION_OF[kind];
}

/** Words that ask to swap one workout for another ("instead", "swap today for cardio", "switch to HIIT"). */
const SWAP_ASKED = / (?:instead|swap|switch|rather) /;
/**
 * Another day named ("can I swap saturday for cardio", "switch today to thursday's workout", "my rest day to strength"):
 * no swap of today's for a kind (found in review: each started a workout now).
 */
const OTHER_DAY = / (?:tomorrow|tomorrow's|yesterday|yesterday's|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|weekend|rest day|day off|next week) /;
/** A question of which is better ("should I do cardio instead of weights"), answered as a topic, never a workout started. */
const WHICH_ASKED = /^ (?:should|is|are|why|which|what|does|do you) /;
/**
 * Words that name a kind of session to swap to. Moves are left out ("planks instead of crunches" is a move for a move, no
 * workout), and a walk, run, ride or swim is the cardio workout, which is any of them at a steady pace.
 */
const SWAP_KINDS = new Map<string, DayKind>(
  (
    [
      ['strength', 'strength weights lifting'],
      ['hiit', 'hiit'],
      ['cardio', 'cardio walk walking run running jog jogging cycle cycling bike biking swim swimming'],
      ['rest', 'yoga pilates stretch stretching stretches'],
    ] as const
  ).flatMap(([kind, said]) => said.split(' ').map((word) => [word, kind] as const)),
);

/**
 * The kind of session asked for in place of today's ("can I do strength instead today", "can I swap today for cardio",
 * "cardio instead of HIIT", "can I just walk instead"), when the words ask for a swap and name one kind to do: before
 * "instead of" or "rather than", after the "for" or "to" of a swap, or anywhere else.
 */
export function kindSwappedTo(spoken: string | undefined): DayKind | undefined {
  const said = ` ${wordsOf(spoken ?? '').join(' ')} `;
  // Another day checked only in what is asked for: "cardio instead of HIIT since I did HIIT yesterday" is today's swap (found
  // in review: blocked, and today's HIIT started).
  const asked = said.replace(/ (?:instead of|rather than) .*$/, ' ');
  if (!SWAP_ASKED.test(said) || WHICH_ASKED.test(said) || OTHER_DAY.test(asked) || saysDenial(spoken)) return undefined;
  const part = /^(.*) (?:instead of|rather than) /.exec(said)?.[1] ?? / (?:swap|switch)(?: .*?)? (?:for|to|with|into) (.*)$/.exec(said)?.[1] ?? said;
  const kinds = new Set(wordsOf(part).flatMap((word) => SWAP_KINDS.get(word) ?? []));
  const [kind] = kinds;
  return kinds.size === 1 ? kind : undefined;
}

const ARTICLES = new Set(['the', 'a', 'an', 'some', 'any', 'today’s', "today's"]);
/** Words that make a question about training, whatever else it names. */
const ABOUT_TRAINING = new Set('work working workout workouts exercise exercising exercises train training gym fitness sweat sweating rest'.split(' '));
/** Words of everyday requests no fitness coach answers ("what is the weather today", "what's the time"). */
const ELSEWHERE = new Set(
  'weather forecast news headlines music song songs radio podcast traffic joke jokes stocks president movie movies मौसम गाना'
    .split(' ')
    .map((word) => word.normalize('NFC')),
);

/**
 * True when an open phrase asks for something another skill is for: "the weather in Delhi today", "the time", "the
 * news", "a joke". What it asks about comes first, and nothing in it is about training: "exercise in hot weather",
 * "music while I work out" and "the best time to work out" are fitness questions.
 */
export function asksElsewhere(spoken: string | undefined): boolean {
  const words = wordsOf(spoken ?? '').filter((word) => !ARTICLES.has(word));
  if (words.some((word) => ABOUT_TRAINING.has(word) || ACTIVITY_KINDS.has(word))) return false;
  const theTime = /^time( (is it|now|in [a-z ]+))?$/.test(words.join(' ')) || words.join(' ') === 'समय';
  return theTime || ELSEWHERE.has(words[0] ?? '');
}

/**
 * True when a phrase names pain or something wrong, not only a place ("back pain", "sciatica", "a slipped disc" against
 * "my lower back", "glutes", "belly fat"): what "the best exercises for …" asks about.
 */
export function namesSomethingWrong(catalogue: Catalogue, spoken: string | undefined, matched: string | undefined): boolean {
  const words = wordsOf(spoken ?? '');
  if (words.some((word) => PLAIN_PAIN_WORDS.has(word) || PAIN_NOUNS.has(word))) return true;
  // A concern named by a place alone ("my lower back" for lower back pain) is that place, not its pain.
  if (matched !== undefined && !matched.endsWith('-pain')) return true;
  return matched === undefined && reportedConcern(catalogue, spoken) !== undefined;
}
const PAIN_NOUNS = new Set(['backache', 'problem', 'problems', 'bad', 'injury', 'spasm', 'spasms', 'strain', 'sciatica', 'disc', 'arthritis']);

/** The kinds of the catalogue's calorie burners. */
const BURNER_KINDS: Readonly<Record<string, string>> = { hiit: 'hiit', cardio: 'cardio', walking: 'walk' };
/** Words that join two things said, in English and Hindi (both scripts). */
const JOINS = new Set(['and', 'then', 'plus', 'also', 'और', 'फिर', 'aur', 'phir', 'fir']);
/** Words that open a description of what was just said ("it was lovely", "that felt good", "वो अच्छी कसरत थी"). */
const DESCRIBES = new Set(['it', "it's", 'that', "that's", 'which', 'was', 'felt', 'वो', 'वह', 'woh', 'vo']);
/** Words that tell of what others did or what was read: a question, not a log. */
const HEARSAY = new Set(['people', 'someone', 'somebody', 'everyone', 'they', 'read', 'heard', 'wondering', 'should']);

/**
 * Games played, and classes, that count as cardio, as the model's names for cardio have them ("played badminton"):
 * found by a helper trying the console, "I played cricket for 2 hours" just after a log was taken for a change of its
 * time, and the first hour was lost.
 */
export const GAMES: readonly string[] = 'tennis badminton football soccer basketball cricket squash pickleball volleyball hockey kabaddi aerobics boxing kickboxing'.split(' ');

/** Words that name an activity done, each with its kind, in English and Hindi (exercises are named by the catalogue). */
const ACTIVITY_KINDS = new Map<string, string>(
  (
    [
      ['run', 'run ran running jog jogged jogging दौड़ दौड़ी दौड़ा daud daudi daudna जॉगिंग रनिंग'],
      ['swim', 'swim swam swimming तैराकी तैरने तैरना तैरा तैरी'],
      ['walk', 'walk walked walking hike hiked hiking सैर वॉक टहलने टहलना टहला टहली'],
      ['cycle', 'cycle cycled cycling bike biked biking ride rode साइकिल साइकिलिंग'],
      ['dance', 'dance danced dancing zumba'],
      // Yoga and stretching are one kind: both are a stretch and recovery day, and "yoga, a good stretch" is one.
      // Sun salutations are yoga ("10 rounds surya namaskar": found by a helper trying the console as a Chennai teacher);
      // never "surya" alone, a name ("played cricket with Surya": found in review).
      ['stretch', 'yoga pilates stretch stretched stretching namaskar namaskars suryanamaskar योग योगा स्ट्रेचिंग सूर्यनमस्कार'],
      ['hiit', 'hiit burpees skipping'],
      // Games in Devanagari too ("मैंने एक घंटा बैडमिंटन खेला": found by a helper trying the console in Hindi).
      ['cardio', `cardio elliptical treadmill spin spinning rowing rowed ${GAMES.join(' ')} बैडमिंटन क्रिकेट फुटबॉल फ़ुटबॉल टेनिस कबड्डी वॉलीबॉल हॉकी`],
      // "Workout", "exercise", "session" and कसरत name no kind: "a run, and a great workout" is one thing.
      ['strength', 'strength weights lifting lifted gym planks plank squats lunges pushups'],
    ] as const
  ).flatMap(([kind, said]) => said.split(' ').map((word) => [word.normalize('NFC'), kind] as const)),
);

/**
 * The topic a log whose activity was not resolved asks about instead: "I {activity}" also hears "I was wondering if
 * stress makes it worse". Only when the phrase does not read as something done ("walked to the shop for water" is a
 * walk told loosely, not a question about water), and never an exercise (an exercise named in a log is most likely
 * what was done). Pain and conditions are found first, by reportedConcern.
 */
export function topicInLog(catalogue: Catalogue, spoken: string | undefined): string | undefined {
  if (!spoken || readsAsLog(spoken)) return undefined;
  return namedWithin(answerableTopics(catalogue), spoken)?.id;
}

/** "The suitcase carry this morning": the phrase opens with the exercise (after "the", "my", "some"), so it is what was done. */
const OPENS_WITH = /^(?:(?:the|my|a|an|some)\s+)?/;

/**
 * The exercise a log whose activity was not resolved names inside it: "I {activity}" hears "I also went for a walk after
 * dinner" whole, and the walk is in it; "I did {activity}" hears "the suitcase carry this morning". Only when the
 * phrase reads as something done or opens with the exercise, is not denied, and names one exercise.
 */
export function exerciseInLog(catalogue: Catalogue, spoken: string | undefined): Exercise | undefined {
  if (!spoken || saysDenial(spoken)) return undefined;
  const named = namedWithin(namedExercises(catalogue), spoken);
  if (!named) return undefined;
  const rest = wordsOf(spoken).join(' ').replace(OPENS_WITH, '');
  const opens = named.names.some((name) => rest === name.toLowerCase() || rest.startsWith(`${name.toLowerCase()} `));
  return readsAsLog(spoken) || opens ? findExercise(catalogue, named.id) : undefined;
}

/**
 * True when a phrase names a part of the body or says something is wrong: never a topic in a health question. A part of
 * the body named with its fat ("my back fat") counts too: in a health request the pain is often in the carrier's words
 * ("I have a pain in my {concern}"), which the slot never holds.
 */
export function saysBodyOrPain(spoken: string | undefined): boolean {
  // "My back's been killing me": the part of the body said with its "'s".
  const words = wordsOf(plainly(spoken)).map((word) => word.replace(/'s$/, ''));
  return HURT_VAGUELY.has(words.join(' ')) || words.some((word) => PAIN_WORDS.has(word) || (BODY_WORDS.has(word) && !['my', 'the', 'a'].includes(word))) || partAlone(words);
}

/**
 * Parts of the body that are also everyday words inside a question ("my hands in a plank", "a hand towel", "my biceps
 * popping"): a report only when the slot holds the part alone, as "my hand hurts" leaves it "my hand" (found by a
 * helper trying the console mid-workout: "That's not something I can help with… if anything hurts, say it hurts", and
 * the workout ran on). Not "side", which "I'm on my side" leaves alone too (found in review: it paused the side plank).
 */
const PARTS_SAID_ALONE = new Set(
  'hand hands thumb thumbs palm palms bicep biceps tricep triceps quad quads lat lats trap traps abs butt bum buttock buttocks blade blades collarbone collarbones haath हाथ pair pairon paon पैर पाँव ungli ungliyan उंगली kalai कलाई'.split(' '),
);
const OWNER_WORDS = new Set('my the a mere mera meri मेरे मेरा मेरी'.split(' '));
const partAlone = (words: readonly string[]): boolean =>
  words.some((word) => PARTS_SAID_ALONE.has(word)) && words.every((word) => PARTS_SAID_ALONE.has(word) || BODY_WORDS.has(word) || OWNER_WORDS.has(word));

/** What an injury carrier's slot takes when what was hurt is said vaguely: "I think I pulled something", "I hurt myself". */
const HURT_VAGUELY: ReadonlySet<string> = new Set([
  'something', 'myself', 'a muscle', 'something in there', 'it again',
  // "I felt a {concern} in my back": what was felt.
  'pop', 'a pop', 'click', 'a click', 'snap', 'a snap', 'twinge', 'a twinge', 'tear', 'a tear',
]);

/**
 * A slot that took only how tired someone is: "tired", "so tired", "really exhausted", "knackered". With "let's finish"
 * after it too, which is as often to push on to the end as to stop: mid-workout the pause that offers both (found by a
 * helper trying the console: "I'm tired, let's finish" was "I don't know that one yet").
 */
const TIRED_ALONE =
  /^ (getting |feeling |starting to get |starting to feel )?(so |really |very |pretty |kind of |a bit |a little |super |totally |just |absolutely |utterly |completely |dead |bloody |proper )?(tired|exhausted|knackered|shattered|wiped|wiped out|worn out|beat|drained|spent|pooped|done in|fatigued)( (so |now |okay |ok )?(let's|lets|can we|can we just) (finish|finish up|wrap up|wrap it up)( it| this| this one)?)? $/;

/**
 * More rest asked for, in the words an open slot takes ("can I {topic}": "rest a bit longer", "rest for a minute"):
 * mid-workout a pause, as tiredness is (found by a helper trying the console as a 52-year-old: "I
 * don't know that one yet", and the next "ok" began the next set).
 */
const MORE_REST = /^(?:(?:have|take|get) (?:a )?)?(?:rest|breather|break)(?: (?:a (?:bit|little|minute|sec|second|moment)|for a (?:bit|minute|sec|second|moment)|(?:a (?:bit|little) )?(?:longer|more)|first|now))+$/i;
export function asksForMoreRest(spoken: string | undefined): boolean {
  return MORE_REST.test((spoken ?? '').trim());
}

/** Tiredness said alone ("so tired", "knackered"), never inside more words ("sick and tired of my back fat"). */
export function saysTiredAlone(spoken: string | undefined): boolean {
  return TIRED_ALONE.test(` ${spoken ?? ''} `.toLowerCase());
}

/**
 * What an open carrier took when it says things are better ("I feel {concern}" hearing "better now", "I'm {topic}"
 * hearing "much better", "it's fine now"): never "good" or "fine" alone, which answer an offer ("I'm good" is a no thanks).
 */
const FEELS_BETTER =
  /^(?:(?:feeling|feel|feels|it's|it feels|i'm|i am|much|a lot|a bit|a little|so much|way|loads|heaps)\s+)*(?:better(?:\s+(?:now|again|today|thanks|thank you))?|(?:fine|okay|ok|good|alright|all right)\s+now)$/i;
/** To "does it still hurt?", fine or good said alone is better too ("I'm fine", "yeah I'm okay"). */
const FINE_ALONE = /^(?:(?:yeah|yes|oh|no|nah)\s+)?(?:(?:i'm|i am|it's|it is|all|feeling|feel)\s+)?(?:fine|good|okay|ok|alright|all right)(?:\s+now)?$/i;
export function saysFeelingBetter(spoken: string | undefined, askedIfStillHurts = false): boolean {
  return spoken !== undefined && (FEELS_BETTER.test(spoken.trim()) || (askedIfStillHurts && FINE_ALONE.test(spoken.trim())));
}

/**
 * Time said to be short, in the words an open slot takes: "only have 10 minutes", "I've got 15 minutes", "a shorter
 * version", "make this quicker", "a 10 minute workout", "what can I do in 10 minutes" (found by a helper trying the console
 * as a busy parent: the fallback, "I don't know that one yet", or the whole session started).
 */
const FEW_MINUTES = String.raw`(?:[1-9]|1\d|20|five|ten|fifteen|twenty|a few|a couple of)(?: more)? (?:min|mins|minute|minutes)`;
const TIME_SHORT = new RegExp(
  String.raw`\b(?:(?:only|just) (?:have|got|has) (?:about |like |maybe )?${FEW_MINUTES}|(?:i've|i have|i) (?:only |just )?(?:got|have) (?:only |just )?(?:about |like |maybe )?${FEW_MINUTES}|(?:short|shorter|quick|quicker) (?:version|one|workout|session)|make (?:this|it) (?:quicker|shorter|short|quick)|shorten (?:it|this|the workout)|(?:do|fit in|squeeze in) in ${FEW_MINUTES}|(?:[1-9]|1\d|20|five|ten|fifteen|twenty)[ -](?:min|minute) (?:workout|session|one|version)|^(?:only |just )?(?:about |like )?${FEW_MINUTES}(?: (?:left|spare|free|today|now))*$)\b`,
  'i',
);
/**
 * Time said to be had, any amount ("I have 25 minutes", "I've got about half an hour", "I have an hour"): its minutes.
 * Found by helpers trying the console: "I have 25 minutes" mid-workout was "I don't know that one yet", as only 20 or
 * fewer were heard. Said alone too, as "I have {topic}" hears it ("25 minutes").
 */
const NUMBER_WORDS = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const ANY_TIME = String.raw`(?:(?:\d{1,3}|${NUMBER_WORDS})(?: more)? (?:min|mins|minute|minutes)|(?:a |about )?half an hour|a half hour|an hour(?: and a half)?|(?:1|one|2|two) hours?)`;
const TIME_HAD = new RegExp(
  String.raw`\b(?:(?:only|just) (?:have|got|has) (?:about |like |maybe |around )?${ANY_TIME}|(?:i've|i have|i) (?:only |just )?(?:got|have) (?:only |just )?(?:about |like |maybe |around )?${ANY_TIME}|^(?:(?:got|have) )?(?:only |just )?(?:about |like |around )?${ANY_TIME}(?: (?:left|spare|free|today|tonight|now|actually|though|tops|max|or so))*(?: what (?:should|can|do) i do)?$)\b`,
  'i',
);
/**
 * In Hindi and Hinglish, time had is "मेरे पास 20 मिनट हैं", "mere paas sirf 10 minute hai" (found by a helper trying the
 * console in Hindi: "I don't know that one"), or hours, "मेरे पास एक घंटा है", "mere paas aadha ghanta hai" (found trying
 * the console in Hindi: "मुझे अभी नहीं पता"). The open slot takes it from "paas" or "पास" on.
 */
const HINDI_HOURS: Readonly<Record<string, number>> = { ek: 60, 'एक': 60, aadha: 30, adha: 30, 'आधा': 30, dedh: 90, 'डेढ़': 90, do: 120, 'दो': 120, dhai: 150, 'ढाई': 150 };
const HOUR_WORDS = String.raw`(?:ghanta|ghante|घंटा|घंटे|घण्टा|घण्टे)`;
const TIME_HAD_HI = new RegExp(
  String.raw`(?:^|\s)(?:(?:mere|मेरे)\s+)?(?:paas|pass|पास)\s+(?:(?:sirf|bas|only|just|सिर्फ़|सिर्फ|बस)\s+)?(?:(?:lagbhag|करीब|क़रीब|लगभग|about)\s+)?(?:\d{1,3}\s+(?:minute|minutes|min|mins|minat|मिनट)|(?:\d{1,2}|${Object.keys(HINDI_HOURS).join('|')})\s+${HOUR_WORDS})(?=\s|$)`.normalize('NFC'),
  'iu',
);
const HINDI_HOURS_SAID = new RegExp(String.raw`(?:^|\s)(${Object.keys(HINDI_HOURS).join('|')})\s+${HOUR_WORDS}(?=\s|$)`.normalize('NFC'), 'iu');
/** Time said to be short, or time said to be had, any amount. */
export function saysTimeHad(spoken: string | undefined): boolean {
  return spoken !== undefined && (TIME_SHORT.test(spoken) || TIME_HAD.test(spoken) || TIME_HAD_HI.test(spoken.normalize('NFC')));
}
/**
 * The part the time is for, said last and alone ("for my lower back fat", "for my belly today"): anything else said after
 * it ("… because it's bothering me", "… and my knee is acting up") keeps it, so what is wrong there is still heard
 * (found in review).
 */
const FOR_A_PART =
  /\b(?:for|on) (?:my|the|your) (?:(?:lower|upper|whole|body|back|belly|stomach|tummy|core|abs|leg|legs|thigh|thighs|calf|calves|arm|arms|biceps|triceps|chest|butt|bum|booty|glute|glutes|hip|hips|waist|side|sides|love|handles|muffin|top|knee|knees|shoulder|shoulders|neck|fat|area|muscles?|workout|exercises?|and|my|the|today|please|now)(?: |$))+[.!?]?$/i;
/**
 * Time said, and nothing wrong said beside it: "I'm pregnant and I have 30 minutes", "I have 25 minutes but my chest
 * hurts", "I'm 67 and I have half an hour" are the concern's, the age's or the body's answer first (found in review: the
 * time's answer hid them, and the doctor question never came).
 */
export function timeSaidAlone(catalogue: Catalogue, spoken: string | undefined): spoken is string {
  if (spoken === undefined || !saysTimeHad(spoken)) return false;
  // A part of the body said as what the time is for ("I only have 10 minutes for my back") is no report (found in review:
  // it was the pain answer, and the day kept as one something hurt on); one said otherwise may be ("… but my chest", the
  // slot leaving "hurts" out).
  const unlessForAPart = spoken.replace(FOR_A_PART, '');
  return !reportedConcern(catalogue, spoken) && !saysBodyOrPain(unlessForAPart) && ageSaid(spoken) === undefined && namedInside(catalogue, spoken)?.kind !== 'concern';
}

export function minutesSaidToHave(spoken: string | undefined): number | undefined {
  if (!saysTimeHad(spoken)) return undefined;
  const hours = HINDI_HOURS_SAID.exec((spoken ?? '').normalize('NFC'))?.[1]?.toLowerCase();
  return amountsSaidIn(spoken).minutes ?? (hours === undefined ? undefined : HINDI_HOURS[hours]);
}

/** How much a thing is felt, said beside it ("bahut", "zyada", "a lot", "absolutely"): no part of its name. */
const HOW_MUCH =
  /(?:^|\s)(?:bahut|bohot|bahot|bhut|zyada|jyada|kaafi|kafi|बहुत|ज़्यादा|ज्यादा|काफ़ी|काफी|very|really|a lot|so much|too much|absolutely|totally|completely|utterly|so|super|quite|pretty|kinda|kind of|a bit|a little|rather)(?=\s|$)/giu;
/**
 * What was said without how much ("tension bahut" is tension, "absolutely knackered" knackered): found by helpers trying
 * the console in Hindi and as an older British user, "मैं समझ नहीं पाई" and "I don't know that one yet".
 */
export function withoutHowMuch(spoken: string | undefined): string | undefined {
  return spoken?.replace(HOW_MUCH, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Unsure of the okay ("I'm not sure", "I don't know", "no idea"): no yes, so HIIT or the workout waits (found by a helper
 * trying the console as a 66-year-old: "I don't know that one yet", and the question was lost).
 */
export const UNSURE_OF_OKAY = /^(?:(?:um|uh|hmm|well|erm)\s+)*(?:i'm |i am |im )?(?:not sure|unsure|not certain|no idea|don't know|dont know|do not know|i don't know|i dont know|i do not know|can't remember|cannot remember|don't remember|maybe|not really)(?: (?:really|actually|yet|to be honest|tbh))?$/i;

/**
 * An aim said where a workout goes, the whole of what the slot took: losing weight, fat or inches, in English, Hinglish
 * or Hindi. Said before it, a workout is asked for ("exercise to lose weight", "charbi kam karne wala", found in review).
 */
const GOAL_SAID = new RegExp(
  [
    String.raw`^(?:to )?(?:really |just |actually |finally |seriously )?(?:lose|losing|reduce|reducing|shed|drop|get rid of|trim|slim down|cut down)\b.*\b(?:weight|fat|kgs?|kilos?|pounds|lbs|stone|tummy|belly|gut|stomach|waist|inches|love handles|pet|charbi|vajan|wajan|motapa)\b`,
    String.raw`^(?:(?:mera|meri|apna|apni) )?(?:(?:\d+|ek|do|paanch|das) )?(?:(?:kilo|kg|kgs) )?(?:weight|pet|charbi|vajan|wajan|motapa|tummy|belly|fat|kgs?|kilos?|kilo)\s+kam$`,
    '^(?:(?:मेरा|मेरी|अपना|अपनी) )?(?:\\d+ )?(?:किलो )?(?:वज़न|वजन|पेट|चर्बी|मोटापा|किलो)\\s+कम$',
  ]
    .join('|')
    .normalize('NFC'),
  'i',
);
/** Wanting said before an aim ("want to lose the fat on my back", "need to get rid of this belly"). */
const WANTING = /^(?:just |only |really )?(?:want|wanna|need|would like|'d like|am trying|'m trying) (?=to )/i;

/**
 * An aim said as the whole of what a slot took, with or without wanting before it: "to lose 5 kg", "want to lose the fat
 * on my back", "pet kam". A workout, a log or a health request that took it answers the aim.
 */
export function aimSaid(spoken: string): boolean {
  return GOAL_SAID.test(spoken.normalize('NFC').trim().replace(WANTING, ''));
}
