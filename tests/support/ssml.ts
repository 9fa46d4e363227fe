import { check } from 'ssml-check-core';
import { expect } from 'vitest';
import { MAX_BREAK_MS } from '../../lambda/speech/ssml';

/** Fails unless `ssml` is valid Alexa SSML and every break is within Alexa's 10 seconds. */
export async function expectValidSsml(ssml: string, locale = 'en-US'): Promise<void> {
  const errors = await check(ssml, { platform: 'amazon', locale });
  expect(errors ?? [], `invalid SSML: ${ssml}`).toEqual([]);
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"/g)) {
    const ms = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    expect(ms, `break too long in: ${ssml}`).toBeLessThanOrEqual(MAX_BREAK_MS);
  }
  expect(ssml, 'unfilled placeholder').not.toMatch(/\{\w+\}/);
  expect(ssml.length).toBeLessThan(8000);
}
