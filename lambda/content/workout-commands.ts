/**
 * What a workout command sounds like when an open slot takes it whole. Out of breath and mid-move, people do not say
 * "next": they say "ugh okay I'm ready for the next one", "I really don't wanna do this one, can we skip it", "let's
 * just jump to the stretching at the end". Heard through an open carrier ("I'm {level}", "{concern} is killing me",
 * "let's {session}"), they reached a level question, the answer for what is not understood, or the offer to pick up the
 * workout already under way (found in a blind batch of 100, December 4). Read only while a workout runs, and only when
 * nothing in the words reports pain or a concern: a pain report always comes first.
 */
export type WorkoutCommand = 'end' | 'upcoming' | 'left' | 'tooHard' | 'tooEasy' | 'skip' | 'previous' | 'restart' | 'coolDown' | 'repeat' | 'howTo' | 'pause' | 'resume' | 'next';

/**
 * In the order they are tried, each a list of phrases (regular expressions over lowercase words): the first whose
 * phrase is said wins ("wait, go back" is back, not a pause; "what's next" tells what is next, never moves on).
 */
const PHRASES: ReadonlyArray<readonly [WorkoutCommand, readonly string[]]> = [
  ['end', ["(i'm|i am|im) (done|finished|through)", "that's (it|all|enough) for (me|today|now)", '(end|finish|quit|stop) (the|this|my) (workout|session)', 'call it a day', 'bas ho gaya', 'बस हो गया', '(khatam|ख़त्म) (karo|kar do|करो|कर दो)']],
  ['upcoming', ["what's (coming )?(up )?next", 'what (comes|is|is coming) (up )?(next|after this)', 'coming up (next|after this)', 'after this one', '(aage|आगे) (kya|क्या) (hai|है)']],
  ['left', ['how many (more|left|to go)', 'how much (more|longer|is left)', '(kitne|कितने) (bache|बचे)']],
  ['tooHard', ["(can't|cannot|cant) keep up", 'too (hard|difficult|much|fast|tough|intense)', "(can't|cannot|cant) do (this|it|any more|anymore)", '(bahut|बहुत) (mushkil|मुश्किल)']],
  ['tooEasy', ['too (easy|light|slow)', '(bahut|बहुत) (aasan|asaan|आसान)']],
  ['skip', ['skip', '(do|try) (a different|another) one', '(chhodo|chod do|छोड़ो|छोड़ दो)']],
  ['previous', ['go back', 'back (one|a step|to the last one)', 'the (one|exercise|move) before', 'previous', '(pichla|peeche|पिछला|पीछे)']],
  ['restart', ['start (over|again|from the (top|beginning|start))', 'from the (top|beginning|very first|first exercise)', 'redo the (whole )?(workout|session)']],
  ['coolDown', ['(stretch|stretching|stretches|cool ?down)']],
  ['repeat', ['(say|read) (that|it) again', 'what did you (just )?say', '(i )?missed (that|what you said)', '(repeat|dobara|दोबारा)']],
  ['howTo', ['how do i do (this|it|that)', "(what am i|what's my|where am i|what are my) (supposed|meant) to (be )?(do|doing)", 'what do i do with my']],
  ['pause', ['(hang|hold) on', '(give me|gimme|need) a (sec|second|minute|moment|breather)', 'one (sec|second|minute|moment)', 'catch my breath', 'take a (break|breather)', '(ruko|ek minute|रुको|एक मिनट)']],
  ['resume', ["(i'm|i am) back", "(let's )?(carry|keep|go) on", 'keep going', '(chalo|चलो) (shuru|शुरू)']],
  ['next', ['next', 'ready for (the )?(next|more)', 'move on', '(agla|agli|अगला|अगली)']],
];

/** Each command's phrases as one expression, matched on whole words. */
const COMMANDS = PHRASES.map(([command, phrases]) => [command, new RegExp(` (?:${phrases.join('|')}) `.normalize('NFC'), 'u')] as const);

/** The workout command said inside words an open slot took whole, if any. */
export function workoutCommandIn(spoken: string | undefined): WorkoutCommand | undefined {
  if (!spoken) return undefined;
  const words = spoken.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ').trim();
  return COMMANDS.find(([, phrase]) => phrase.test(` ${words} `))?.[0];
}
