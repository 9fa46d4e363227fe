/** Alexa speaks at roughly 150 words a minute. */
const WORDS_PER_SECOND = 2.5;

/** Estimated seconds of audio for an SSML string: words at a speaking pace plus every break. */
export function estimateSpeechSeconds(ssml: string): number {
  let breakMs = 0;
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    breakMs += Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  }
  const text = ssml
    .replace(/<sub alias="([^"]*)">[^<]*<\/sub>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&\w+;/g, ' ');
  const words = text.split(/\s+/).filter((word) => /\w/.test(word)).length;
  return words / WORDS_PER_SECOND + breakMs / 1000;
}
