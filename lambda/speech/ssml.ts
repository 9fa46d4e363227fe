/** Alexa's longest allowed break. */
export const MAX_BREAK_MS = 10_000;

export function escapeSsml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Words a speech engine tends to spell out or misread, and what to say instead. */
const PRONUNCIATIONS: ReadonlyArray<readonly [RegExp, string, string]> = [[/\bHIIT\b/g, 'HIIT', 'hit']];

function speakable(text: string): string {
  let ssml = escapeSsml(text);
  for (const [pattern, written, spoken] of PRONUNCIATIONS) {
    ssml = ssml.replace(pattern, `<sub alias="${spoken}">${written}</sub>`);
  }
  return ssml;
}

/** Builds SSML from plain sentences and pauses; everything said is escaped, so content can hold any character. */
export class Speech {
  private readonly parts: string[] = [];

  /** SSML this skill wrote earlier (checked on the way back in, see conversation/state). */
  static replay(ssml: string): Speech {
    const replayed = new Speech();
    replayed.parts.push(ssml);
    return replayed;
  }

  say(...sentences: ReadonlyArray<string | undefined>): this {
    for (const sentence of sentences) {
      const trimmed = sentence?.trim();
      if (trimmed) this.parts.push(speakable(trimmed));
    }
    return this;
  }

  /** A pause; longer pauses are split into Alexa's 10-second maximum. */
  pause(ms: number): this {
    let left = Math.max(0, Math.round(ms));
    while (left > 0) {
      const chunk = Math.min(left, MAX_BREAK_MS);
      this.parts.push(`<break time="${chunk}ms"/>`);
      left -= chunk;
    }
    return this;
  }

  append(other: Speech): this {
    this.parts.push(...other.parts);
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The inner SSML; ask-sdk wraps it in <speak>. */
  toSsml(): string {
    return this.parts.join(' ');
  }
}

export function speech(...sentences: ReadonlyArray<string | undefined>): Speech {
  return new Speech().say(...sentences);
}


/** "the superman" opening a sentence: "The superman". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
