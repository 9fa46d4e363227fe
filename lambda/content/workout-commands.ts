import { saysPain } from './named';

/**
 * What a workout command sounds like when an open slot takes it whole. Out of breath and mid-move, people do not say
 * "next": they say "ugh okay I'm ready for the next one", "I really don't wanna do this one, can we skip it", "let's
 * just jump to the stretching at the end". Heard through an open carrier ("I'm {level}", "{concern} is killing me",
 * "let's {session}"), they reached a level question, the answer for what is not understood, or the offer to pick up the
 * workout already under way (found in a blind batch of 100, December 4). Read only while a workout runs, and never in
 * words that say something hurts: a pain report always comes first.
 */
export type WorkoutCommand = 'end' | 'upcoming' | 'left' | 'tooHard' | 'tooEasy' | 'skip' | 'previous' | 'restart' | 'coolDown' | 'repeat' | 'howTo' | 'pause' | 'resume' | 'next';

/** A drink asked for now: "a drink of water first", "some water real quick", "a quick sip". */
export const DRINK_BREAK = `(a|some) (quick )?(drink|sip|glass|bottle|swig|gulp)( of water)?( first| quickly| quick| real quick| now| please){0,2}(?= $)|(some )?water (first|quickly|real quick)(?= $)`;

/** Said last: "next" in "what should I do next week" is no command, nor "I'm done" in "I'm done with this set". */
const LAST = '(?= $)';

/**
 * In the order they are tried, each a list of phrases (regular expressions over lowercase words): the first whose
 * phrase is said, and not denied, wins ("wait, go back" is back, not a pause; "what's next" tells what is next, never
 * moves on; "I can't keep going" is too hard, never going on). Single words that are everyday words too ("stretch",
 * "skip", "next", "पीछे") count only where they can only be the command.
 */
const PHRASES: ReadonlyArray<readonly [WorkoutCommand, readonly string[]]> = [
  ['end', [`(i'm|i am|im) (done|finished|through)( for (today|now|the day))?( now| thanks| thank you| please){0,2}${LAST}`, "that's (it|all|enough) for (me|today|now|tonight)", `((that's|thats|that is) )?all (i've|i have|ive) got( today| for today| in me)?${LAST}`,
    // "That's enough for tonight", the slot taking "enough for tonight" (found by a helper trying the console: out of
    // scope, and the sets done were never offered for logging). Only opening what was said: "is that enough for today" asks.
    `enough for (tonight|today|now)${LAST}`,
    // Said last, maybe with "now" or "here": "I need to finish my workout quickly, what's next" and "how long will it take to
    // finish the workout" ended it (found in review).
    `(end|finish|quit|stop) (the|this|my) (workout|session)( now| here| please| for today| today| for now| right now| then| tonight| for the day){0,3}${LAST}`, `(like to |want to |wanna )?stop (now|here|for now|for today|for)( please)?${LAST}`, 'call it a day', "(that's |thats |that is )?all i (have|got) time for", `((i'm|i am|im) )?out of time( today| now)?${LAST}`, "(don't|dont|do not) (really )?(wanna|want to) do (this|the|my|any) (workout|session|training)", `(bas ho gaya|बस हो गया)${LAST}`, '(khatam|ख़त्म|खत्म) (karo|kar do|करो|कर दो)',
    // "Theek hai, band karo", heard as a level with "karo" in the carrier (found by a helper trying the console in Hindi).
    `(theek hai|thik hai|ठीक है|accha|achha|अच्छा|chalo|चलो|bas|बस|ok|okay) (band|बंद)( (karo|kar do|करो|कर दो))?${LAST}`,
    // Tiredness with a stop, and all that can be managed (found by a helper trying the console, December 6: out of scope).
    // Not "let's finish it", which is as often to push on to the end, nor "all I could do", said of a set (found in review).
    // "I am tired, stop for now" (found by a helper trying the console in Indian English: out of scope, mid-workout), and
    // "stop for" where the model took "today" for a date (found in review: the slot holds only "stop for"); "no need to
    // stop for today" is denied, and "should I stop for now" asked (found in a third review).
    `(tired|exhausted|knackered|shattered)( now| yaar)?( so| please| let's| lets)? ((stop|end)( it| now| here| the workout| for now| for today| for)?|finish( here| now| the workout))( please)?${LAST}`,
    `(that's |thats |that is )?(all i (can|could) (manage|take)( for| of it)?( today| now)?|all i (can|could) do (today|for today|now))${LAST}`,
    // "I'm not going to finish it today" (found by a helper trying the console: in a lesson it taught the move, as "it").
    `(not|never) (going to|gonna) (finish|get through|make it through)( it| this| this one| the workout| this workout| the rest)?( today| now)?${LAST}`,
    `(thak|थक) (gaya|gayi|gai|गया|गई|गयी)( (hoon|hun|hu|हूँ|हूं))?( (ab|अब))? (band|बंद|bas|बस)( (karo|kar do|करो|कर दो))?${LAST}`]],
  ['upcoming', ["what's (coming )?(up )?next", 'what (comes|is|is coming) (up )?(next|after this)', 'coming up (next|after this)', 'after this one', '(aage|आगे) (kya|क्या) (hai|है)']],
  // "What is remaining", "how many rounds are pending" (Indian English: found by a helper trying the console).
  ['left', ['how many (more|left|to go)', 'how much (more|longer|is left)', '(kitne|कितने) (bache|बचे)', `(still )?(remaining|pending)( still| now| yet)?${LAST}`,
    // "How long will it take to finish the workout", the slot taking "to finish the workout" (found in review: it ended it).
    `to (finish|complete|get through) (the|this|my) (workout|session)${LAST}`]],
  // "That's a bit much for me" (found by a helper trying the console as an older user: it asked which level).
  ['tooHard', ["(can't|cannot|cant) keep (up|going)", "(can't|cannot|cant) (go on|carry on|continue)", 'too (hard|difficult|much|fast|tough|intense)', `(a bit|a little|bit|way|rather) (much|hard|tough|difficult)( for me)?( (today|now))?${LAST}`, "(can't|cannot|cant) do (this|it|any more|anymore)", '(bahut|बहुत) (mushkil|मुश्किल)',
    // "Bahut tez hai, dheere karo", heard through a level change's slot (found by a helper trying the console in Hindi:
    // out of scope mid-HIIT).
    '(bahut|बहुत) (tez|तेज़|तेज)', `(dheere|dhire|धीरे)( (karo|kar do|karein|करो|कर दो|करें))?${LAST}`, '(give me|want|need) (an |a |the )?(easy|easier)( one| version| exercise| option)?']],
  ['tooEasy', ['too (easy|light|slow)', '(bahut|बहुत) (aasan|asaan|आसान)']],
  ['skip', ['skip (this|it|that|those|these|them)( one| ones| exercise| exercises| move| moves| set| round)?', "(don't|dont|do not) (really )?(wanna|want to) do (this|these|that|those|it|them)( one| ones| exercise| exercises)?(?! (workout|session|training|anymore))", 'skip (to the next|ahead)', `skip${LAST}`, '(do|try) (a different|another) one', '(chhodo|chod do|छोड़ो|छोड़ दो)', `(rehne|rehene|रहने) (do|दो)( ye| yeh| ये| यह)?( wala| wali| वाला| वाली)?${LAST}`, `leave (this|that)( one| exercise| move)?( out)?${LAST}`]],
  ['previous', ['go back', 'back (one|a step|to the last one)', 'the (one|exercise|move) before', 'previous (one|exercise|move|step)', `previous${LAST}`, '(pichla|पिछला) (wala|वाला|exercise)', '(peeche|पीछे) (jao|chalo|जाओ|चलो)']],
  ['resume', ['(फिर से|दोबारा|phir se|dobara) (शुरू|shuru)', "(i'm|i am) back", "(let's )?(carry|keep|go) on", 'keep going', '(chalo|चलो) (shuru|शुरू)']],
  ['restart', ['start (over|again)', 'from the (top|beginning|very first|first exercise)', 'redo the (whole )?(workout|session)']],
  ['coolDown', ['(jump|skip|go|move|get|straight|right) to the (stretch|stretching|stretches|cool ?down)', `(stretching|stretches|cool ?down) now${LAST}`]],
  ['repeat', ['(say|read|hear) (that|it) again', 'what did you (just )?say', '(i )?missed (that|what you said)', '(repeat|dobara|दोबारा)']],
  ['howTo', ['how do i do (this|it|that)', "(what am i|what's my|where am i|what are my) (supposed|meant) to (be )?(do|doing)", 'what do i do with my']],
  // "Can I get a drink of water first" (found by a helper trying the console: the water tip, and the workout ran on).
  ['pause', [DRINK_BREAK, '(hang|hold) on', '(give me|gimme|need) a (sec|second|minute|moment|breather)', 'one (sec|second|minute|moment)', 'catch my breath', 'take a( quick| short| little| small)? (break|breather)', '(ruko|ek minute|रुको|एक मिनट)']],
  ['next', [`next( one| exercise| move| set| round)?( please| now)?${LAST}`, 'ready for (the )?(next|more)', 'move on', 'on to the next', `(agla|agli|अगला|अगली)( wala| wali| वाला| वाली| exercise| set| karo| करो)?( please)?${LAST}`]],
];

/**
 * What denies the command right after it: a denial, maybe "really" or "just", maybe "want to" ("don't skip this one",
 * "I don't really want to skip it", "don't just move on", "मत छोड़ो"; Hinglish "mat" only first, as "my mat" is a mat).
 * Further back, a denial is of something else ("I don't like this one, skip it", "I don't want to stop, next").
 */
const DENIED_BEFORE = /(^| )(don't|dont|do not|not|never|won't|wont|can't|cant|cannot|isn't|isnt|shouldn't|shouldnt|मत)( really| just| even)?( want to| wanna| need to| have to| gonna| going to)?$|^mat$|(^| )no need to$/u;
/** What denies every command after it in its clause: "I don't think we should skip this", "not sure if I should skip". */
const DENYING = / (don't|dont|do not) think | not sure | (don't|dont|do not) know (if|whether) | (shouldn't|shouldnt) /;
/** Hindi also denies after the verb ("छोड़ो मत", "रुको मत"). */
const DENIED_AFTER = new Set(['मत', 'mat', 'नहीं', 'nahi', 'nahin']);
/** Words that open a new clause: a denial before one does not reach past it ("I don't think so, but let's skip it"). */
const CLAUSE = new Set("let's lets so please but and then".split(' '));
/** Words that plan rather than ask for now ("I'll do the stretches later"). */
const PLANNED = new Set(["i'll", 'ill', 'gonna', 'later', 'tomorrow']);
/** Words that ask rather than tell, close before an end ("how long until I'm done", "tell me when I'm finished"). */
const ASKING = new Set(['how', 'when', 'until', 'till', 'if', 'whether', 'kya', 'क्या', 'kab', 'कब']);
/** Asked for advice right before an end ("should I stop for now"), not said ("we should stop here"). */
const ADVICE_ASKED = / should i( just| really)?$/;
/** How long something takes, asked anywhere before an end ("how long will it take to finish the workout"). */
const HOW_LONG = / (how long|how much longer|how much time|take to|takes to) /;
/** How close before an end a word that asks reaches. */
const ASKING_REACH = 3;

/** Words that say something was felt, beside pain's own: a pop, a twinge, a cramp, "ow", "आह" (not "popped out"). */
const FELT = new Set('ow oww owww ouch argh pop twinge twinging twinged tweak tweaked strain cramp cramps cramping cramped spasm spasms spasmed spasming आह ऐंठन'.split(' '));
/** Said with more words: "my knee gave out". */
const FELT_PHRASES = / (gave out|gave way|giving out|locked up) /;

/** Each command's phrases as one expression over whole words. */
const COMMANDS = PHRASES.map(([command, phrases]) => [command, new RegExp(` (?:${phrases.join('|')}) `.normalize('NFC'), 'gu')] as const);

/** Lowercase words, one space apart, with a curly apostrophe as a straight one. */
function wordsIn(spoken: string | undefined): string {
  return (spoken ?? '').normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ').trim();
}

/** Words that say something was felt in the body that pain's own words miss: "ow ow ow", "ugh cramp", "my knee gave out". */
export function saysFelt(spoken: string | undefined): boolean {
  const words = wordsIn(spoken);
  return words.split(' ').some((word) => FELT.has(word)) || FELT_PHRASES.test(` ${words} `);
}

/** The workout command said inside words an open slot took whole, if any, and none when they say something hurts. */
export function workoutCommandIn(spoken: string | undefined): WorkoutCommand | undefined {
  const words = wordsIn(spoken);
  const text = ` ${words} `;
  if (!words || saysPain(words) || saysFelt(words)) return undefined;
  for (const [command, phrase] of COMMANDS) {
    for (const match of text.matchAll(phrase)) {
      // The words before it, those of its clause, and the word after it.
      const before = text.slice(0, match.index + 1).trim().split(' ').filter(Boolean);
      const clause = before.slice(before.findLastIndex((word) => CLAUSE.has(word)) + 1);
      const after = text.slice(match.index + match[0].length).trim().split(' ')[0] ?? '';
      if (DENIED_BEFORE.test(clause.join(' ')) || DENYING.test(` ${clause.join(' ')} `) || DENIED_AFTER.has(after)) continue;
      // A slot that is only "to finish the workout" may be the end of a question ("how long will it take {topic}"): what is
      // left is told, which loses nothing. "To quit the session", "to finish my workout now" end it (found in review).
      const question = before.length === 1 && before[0] === 'to' && /^(finish|complete) (the|this|my) (workout|session)$/.test(match[0].trim());
      // "Enough for tonight" and "all I've got" only open what was said, the carrier holding "that's": "is that enough for
      // today" asks, and "I'm giving it all I've got" pushes on (found in review).
      const opening = /^(enough|all)\b/.test(match[0].trim()) && before.length > 0;
      const purpose = question || opening;
      // "What's left to finish the workout": what is left, asked (found in a third review); "no energy left to keep going,
      // stop the workout" still ends it.
      const leftTo = before.slice(-2).join(' ') === 'left to';
      const asked = before.slice(-ASKING_REACH).some((word) => ASKING.has(word)) || ADVICE_ASKED.test(` ${before.join(' ')}`);
      if (command === 'end' && (purpose || leftTo || asked || HOW_LONG.test(` ${before.join(' ')} `))) continue;
      if (command === 'coolDown' && clause.some((word) => PLANNED.has(word))) continue;
      return command;
    }
  }
  return undefined;
}
