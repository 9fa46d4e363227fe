import type { HandlerInput } from 'ask-sdk-core';
import type { Logger } from '../dependencies';
import { UTC, isValidTimeZone } from '../domain/calendar';

export interface TimeZoneLookupOptions {
  /** The longest the Settings API may hold up an answer. */
  readonly budgetMs?: number;
  /** How long a looked-up zone is trusted before asking again. */
  readonly freshForMs?: number;
  /** After a failed lookup, how long to use the fallback before asking again, so an outage costs one wait, not one per request. */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
  readonly log?: Logger;
}

interface Known {
  readonly zone: string;
  readonly at: number;
}

const MAX_DEVICES = 10_000;

function deviceIdOf(input: HandlerInput): string | undefined {
  const id: unknown = input.requestEnvelope?.context?.System?.device?.deviceId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The zone to assume for a device whose own is unknown, by the country its locale names: one only where the country
 * keeps one time (India's IST, the UK's), else UTC. A user in India asking just after midnight still gets their today.
 */
const COUNTRY_TIME_ZONES: Readonly<Record<string, string>> = { IN: 'Asia/Kolkata', GB: 'Europe/London' };

export function usualTimeZone(locale: unknown): string {
  const country = typeof locale === 'string' ? locale.split('-')[1] : undefined;
  return country !== undefined && Object.hasOwn(COUNTRY_TIME_ZONES, country) ? COUNTRY_TIME_ZONES[country]! : UTC;
}

function withinBudget<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The device's time zone from the Alexa Settings API (System.timeZone), through the SDK's service client factory.
 * Never waits longer than the budget and never fails: a slow or failing API falls back to the last zone known for
 * the device, then the usual zone of the request's locale (see usualTimeZone). Zones are remembered per device for the
 * life of the container.
 */
export function settingsApiTimeZone(options: TimeZoneLookupOptions = {}): (input: HandlerInput) => Promise<string> {
  const { budgetMs = 1_000, freshForMs = 15 * 60_000, retryAfterMs = 60_000, now = Date.now, log } = options;
  const known = new Map<string, Known>();

  return async (input) => {
    const deviceId = deviceIdOf(input);
    const usual = usualTimeZone(input.requestEnvelope?.request?.locale);
    if (!deviceId) return usual;
    const remembered = known.get(deviceId);
    if (remembered && now() - remembered.at < freshForMs) return remembered.zone;

    const lookup = (async () => {
      const client = input.serviceClientFactory?.getUpsServiceClient();
      if (!client) throw new Error('no Alexa API access in this request');
      return client.getSystemTimeZone(deviceId);
    })();
    lookup.catch((error: unknown) => log?.warn('time zone lookup failed', { error: error instanceof Error ? error.name : String(error) }));
    const zone = await withinBudget(lookup, budgetMs);
    if (known.size >= MAX_DEVICES) known.clear();
    if (isValidTimeZone(zone)) {
      known.set(deviceId, { zone, at: now() });
      return zone;
    }
    const fallback = remembered?.zone ?? usual;
    known.set(deviceId, { zone: fallback, at: now() - freshForMs + retryAfterMs });
    return fallback;
  };
}
