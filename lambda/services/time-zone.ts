import type { HandlerInput } from 'ask-sdk-core';
import type { Logger } from '../dependencies';
import { isValidTimeZone } from '../domain/calendar';
import { withinBudget } from './within-budget';

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
  /** None while the API is failing for a device this container never learned a zone for. */
  readonly zone: string | undefined;
  readonly at: number;
}

const MAX_DEVICES = 10_000;

function deviceIdOf(input: HandlerInput): string | undefined {
  const id: unknown = input.requestEnvelope?.context?.System?.device?.deviceId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The zone of the country a locale names, where that country keeps one time (India's IST, the UK's): a user in India
 * asking just after midnight still gets their today when their device's own zone is unknown. None elsewhere.
 */
const COUNTRY_TIME_ZONES: Readonly<Record<string, string>> = { IN: 'Asia/Kolkata', GB: 'Europe/London' };

export function usualTimeZone(locale: unknown): string | undefined {
  const country = typeof locale === 'string' ? locale.split('-')[1] : undefined;
  return country !== undefined && Object.hasOwn(COUNTRY_TIME_ZONES, country) ? COUNTRY_TIME_ZONES[country] : undefined;
}

/**
 * The device's time zone from the Alexa Settings API (System.timeZone), through the SDK's service client factory.
 * Never waits longer than the budget and never fails: a slow or failing API falls back to the last zone this
 * container learned for the device, else resolves to undefined (the Turn then asks the session, the store, and the
 * locale's usual zone). Zones are remembered per device for the life of the container.
 */
export function settingsApiTimeZone(options: TimeZoneLookupOptions = {}): (input: HandlerInput) => Promise<string | undefined> {
  const { budgetMs = 1_000, freshForMs = 15 * 60_000, retryAfterMs = 60_000, now = Date.now, log } = options;
  const known = new Map<string, Known>();

  return async (input) => {
    const deviceId = deviceIdOf(input);
    if (!deviceId) return undefined;
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
    known.set(deviceId, { zone: remembered?.zone, at: now() - freshForMs + retryAfterMs });
    return remembered?.zone;
  };
}
