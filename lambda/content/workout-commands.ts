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

/** Said last: "next" in "what should I do next week" is no command, nor "I'm done" in "I'm done with this set". */
const LAST = '(?= $)';

/**
 * In the order they are tried, each a list of phrases (regular expressions over lowercase words): the first whose
 * phrase is said, and not denied, wins ("wait, go back" is back, not a pause; "what's next" tells what is next, never
 * moves on; "I can't keep going" is too hard, never going on). Single words that are everyday words too ("stretch",
 * "skip", "next", "पीछे") count only where they can only be the command.
 */
const PHRASES: ReadonlyArray<readonly [WorkoutCommand, readonly string[]]> = [
  ['end', [`(i'm|i am|im) (done|finished|through)( for (today|now|the day))?${LAST}`, "that's (it|all|enough) for (me|today|now)", '(end|finish|quit|stop) (the|this|my) (workout|session)', 'call it a day', `(bas ho gaya|बस हो गया)${LAST}`, '(khatam|ख़त्म|खत्म) (karo|kar do|करो|कर दो)']],
  ['upcoming', ["what's (coming )?(up )?next", 'what (comes|is|is coming) (up )?(next|after this)', 'coming up (next|after this)', 'after this one', '(aage|आगे) (kya|क्या) (hai|है)']],
  ['left', ['how many (more|left|to go)', 'how much (more|longer|is left)', '(kitne|कितने) (bache|बचे)']],
  ['tooHard', ["(can't|cannot|cant) keep (up|going)", "(can't|cannot|cant) (go on|carry on|continue)", 'too (hard|difficult|much|fast|tough|intense)', "(can't|cannot|cant) do (this|it|any more|anymore)", '(bahut|बहुत) (mushkil|मुश्किल)']],
  ['tooEasy', ['too (easy|light|slow)', '(bahut|बहुत) (aasan|asaan|आसान)']],
  ['skip', ['skip (this|it|that)( one| exercise| move| set| round)?', 'skip (to the next|ahead)', `skip${LAST}`, '(do|try) (a different|another) one', '(chhodo|chod do|छोड़ो|छोड़ दो)']],
  ['previous', ['go back', 'back (one|a step|to the last one)', 'the (one|exercise|move) before', 'previous (one|exercise|move|step)', '(pichla|पिछला) (wala|वाला|exercise)', '(peeche|पीछे) (jao|chalo|जाओ|चलो)']],
  ['restart', ['start (over|again from the (top|beginning|start))', 'from the (top|beginning|very first|first exercise)', 'redo the (whole )?(workout|session)']],
  ['coolDown', ['(jump|skip|go|move|get|straight|right) to the (stretch|stretching|stretches|cool ?down)', 'the (stretching|stretches|cool ?down) (now|at the end)', `(stretching|cool ?down) now${LAST}`]],
  ['resume', ['(फिर से|दोबारा|phir se|dobara) (शुरू|shuru)', "(i'm|i am) back", "(let's )?(carry|keep|go) on", 'keep going', '(chalo|चलो) (shuru|शुरू)']],
  ['repeat', ['(say|read) (that|it) again', 'what did you (just )?say', '(i )?missed (that|what you said)', '(repeat|dobara|दोबारा)']],
  ['howTo', ['how do i do (this|it|that)', "(what am i|what's my|where am i|what are my) (supposed|meant) to (be )?(do|doing)", 'what do i do with my']],
  ['pause', ['(hang|hold) on', '(give me|gimme|need) a (sec|second|minute|moment|breather)', 'one (sec|second|minute|moment)', 'catch my breath', 'take a (break|breather)', '(ruko|ek minute|रुको|एक मिनट)']],
  ['next', [`next( one| exercise| move| set| round)?${LAST}`, 'ready for (the )?(next|more)', 'move on', 'on to the next', '(agla|agli|अगला|अगली)']],
];

/**
 * Questions that only ask about the end ("how long until I'm done", "क्या बस हो गया"): never an end. Asked as a question
 * any other command still is one ("can we skip it").
 */
const ASKS = /^(how|when|what|are|is|am|will|until|till|kya|क्या)( |$)/u;

/** Words that deny the command after them ("don't skip this one", "I don't want to keep going"). */
const DENIED_BEFORE = new Set(["don't", 'dont', 'do not', 'not', 'never', "won't", 'wont', "can't", 'cant', 'cannot']);
/** Hindi denies after the verb ("छोड़ो मत", "रुको मत"). */
const DENIED_AFTER = new Set(['मत', 'mat', 'नहीं', 'nahi', 'nahin']);
/** How far before a command a denial reaches ("I don't want to skip it": three words). */
const DENIAL_REACH = 3;

/** Words that say something was felt, beside pain's own: a pop, a click, a twinge, a tweak. */
const FELT = new Set('pop popped click clicked snap snapped twinge twinging twinged tweak tweaked strain'.split(' '));

/** Each command's phrases as one expression over whole words. */
const COMMANDS = PHRASES.map(([command, phrases]) => [command, new RegExp(` (?:${phrases.join('|')}) `.normalize('NFC'), 'gu')] as const);

/** The workout command said inside words an open slot took whole, if any, and none when they say something hurts. */
export function workoutCommandIn(spoken: string | undefined): WorkoutCommand | undefined {
  if (!spoken) return undefined;
  const words = spoken.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ').trim();
  if (!words || saysPain(words) || words.split(' ').some((word) => FELT.has(word))) return undefined;
  const text = ` ${words} `;
  for (const [command, phrase] of COMMANDS) {
    if (command === 'end' && ASKS.test(words)) continue;
    for (const match of text.matchAll(phrase)) {
      const before = text.slice(0, match.index + 1).trim().split(' ').filter(Boolean).slice(-DENIAL_REACH);
      const after = text.slice(match.index + match[0].length).trim().split(' ')[0] ?? '';
      const denied = before.some((word, at) => DENIED_BEFORE.has(word) || DENIED_BEFORE.has(`${word} ${before[at + 1] ?? ''}`)) || DENIED_AFTER.has(after);
      if (!denied) return command;
    }
  }
  return undefined;
}
