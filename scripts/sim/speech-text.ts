import type { ui } from 'ask-sdk-model';

/** Breaks at least this long read as a noticeable pause, so they show as an ellipsis. */
const LONG_BREAK_MS = 1000;
const LONG_BREAK_STRENGTHS = new Set(['strong', 'x-strong']);
const PAUSE = ' … ';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Milliseconds for an SSML time value ("500ms", "1.5s"); NaN when unreadable. */
function breakMillis(time: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/i.exec(time);
  if (!match) return Number.NaN;
  const amount = Number(match[1]);
  return match[2]?.toLowerCase() === 's' ? amount * 1000 : amount;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

function breakText(tag: string): string {
  const time = attribute(tag, 'time');
  const strength = attribute(tag, 'strength')?.toLowerCase();
  const long =
    (time !== undefined && breakMillis(time) >= LONG_BREAK_MS) ||
    (time === undefined && strength !== undefined && LONG_BREAK_STRENGTHS.has(strength));
  return long ? PAUSE : ' ';
}

function unescapeEntities(text: string): string {
  // One pass, so "&amp;lt;" becomes "&lt;" rather than "<".
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Plain readable text for SSML, as a listener would hear it: tags go, `<sub alias>` reads as its
 * alias, `<audio>` is dropped, breaks become a space (or " … " for long ones), entities are
 * unescaped and whitespace collapses. Plain text passes through. Never throws.
 */
export function ssmlToText(ssml: string): string {
  const text = String(ssml ?? '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Patterns stop at the next "<" so unclosed tags cannot make matching quadratic.
    // An alias says how to pronounce a word; the reader sees the word as written ("HIIT", not "hit").
    .replace(/<sub\b[^<>]*>([^<]*)<\/sub\s*>/gi, ' $1 ')
    .replace(/<audio\b[^<>]*>(?:[^<]*<\/audio\s*>)?/gi, ' ')
    .replace(/<break\b[^<>]*>/gi, breakText)
    // Paragraph and sentence edges are spoken as pauses, so they must not glue words together.
    .replace(/<[^<>]*>/g, ' ');
  return unescapeEntities(text)
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*…\s*)+/g, PAUSE)
    .replace(/\s+([.,!?;:])/g, '$1')
    .replace(/^[\s…]+|[\s…]+$/g, '');
}

/** Readable text of an output speech object (SSML or plain text); empty when there is none. */
export function speechToText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  // Plain text is not markup: a literal "<" in it must survive.
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : String(speech.text ?? '').replace(/\s+/g, ' ').trim();
}
