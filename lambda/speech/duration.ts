/** Alexa speaks at roughly 150 words a minute. */
const WORDS_PER_SECOND = 2.5;
/** And pauses briefly at the end of each sentence (calibrated against espeak-ng at 150 words a minute). */
const SENTENCE_PAUSE_SECONDS = 0.3;

/** Estimated seconds of audio for an SSML string: words at a speaking pace, a pause per sentence, and every break. */
export function estimateSpeechSeconds(ssml: string): number {
  let breakMs = 0;
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    breakMs += Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  }
  const text = ssml
    .replace(/<sub alias="([^"]*)">[^<]*<\/sub>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&\w+;/g, ' ');
  // Letters of any script: a Devanagari word has no \w in it, and its last letter may be a vowel sign (a mark).
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const sentences = (text.match(/[\p{L}\p{M}\p{N}][.!?](?=\s|$)/gu) ?? []).length;
  return words / WORDS_PER_SECOND + sentences * SENTENCE_PAUSE_SECONDS + breakMs / 1000;
}
