import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { type Logger, type RemindersClient, RemindersError, type RemindersFailure } from '../dependencies';

/** The permission a skill needs to read and write its own reminders; skill.json declares it and the user grants it. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/**
 * The longest a request's Reminders API calls may take together. Alexa waits 8 s for an answer; with the time zone
 * (1 s) and the store (2.5 s a call, a read and a write that overlap the calls where they can), this leaves time to speak.
 */
export const REMINDERS_BUDGET_MS = 2_500;

export interface RemindersOptions {
  /** @default REMINDERS_BUDGET_MS */
  readonly budgetMs?: number;
  readonly log?: Logger;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

const PATH = '/v1/alerts/reminders';

function failureOf(status: number): RemindersFailure {
  if (status === 401 || status === 403) return 'permission';
  if (status === 429) return 'throttled';
  return status >= 500 ? 'unavailable' : 'refused';
}

/**
 * The Alexa Reminders API (`{apiEndpoint}/v1/alerts/reminders`, with the request's apiAccessToken) through fetch.
 * Not the SDK's ReminderManagementServiceClient: its DefaultApiClient has no way to cancel a call, so a slow API
 * would keep its socket past the answer; here one AbortSignal ends every call of a request at the budget, and each
 * HTTP status becomes one RemindersFailure in one place. The types are ask-sdk-model's.
 */
export function alexaReminders(options: RemindersOptions = {}): (input: HandlerInput) => RemindersClient | undefined {
  const { budgetMs = REMINDERS_BUDGET_MS, log, fetch: send = (...args) => globalThis.fetch(...args) } = options;
  return (input) => {
    const system = input.requestEnvelope?.context?.System;
    const endpoint: unknown = system?.apiEndpoint;
    const token: unknown = system?.apiAccessToken;
    if (typeof endpoint !== 'string' || !/^https?:\/\/[^/\s]+$/.test(endpoint.replace(/\/$/, '')) || typeof token !== 'string' || token === '') return undefined;
    const base = `${endpoint.replace(/\/$/, '')}${PATH}`;
    // One budget for the whole request, from its first call: a slow API costs one wait, not one per call.
    let deadline: AbortSignal | undefined;

    async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
      deadline ??= AbortSignal.timeout(budgetMs);
      if (deadline.aborted) throw new RemindersError('unavailable');
      try {
        const response = await send(`${base}${path}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body !== undefined && { 'Content-Type': 'application/json' }) },
          ...(body !== undefined && { body: JSON.stringify(body) }),
          signal: deadline,
        });
        const text = await response.text();
        if (!response.ok) {
          const failure = failureOf(response.status);
          // A user who has not allowed reminders is no fault: the skill asks them. Anything else is worth a line.
          if (failure !== 'permission') log?.[failure === 'refused' ? 'error' : 'warn']('reminders call failed', { method, status: response.status });
          throw new RemindersError(failure, response.status);
        }
        return text === '' ? undefined : JSON.parse(text);
      } catch (error) {
        if (error instanceof RemindersError) throw error;
        log?.warn('reminders call failed', { method, error: error instanceof Error ? error.name : typeof error });
        throw new RemindersError('unavailable');
      }
    }

    return {
      async list() {
        const answer = (await call('GET', '')) as services.reminderManagement.GetRemindersResponse | undefined;
        return Array.isArray(answer?.alerts) ? answer.alerts : [];
      },
      async create(reminder) {
        const answer = (await call('POST', '', reminder)) as services.reminderManagement.ReminderResponse | undefined;
        return typeof answer?.alertToken === 'string' ? answer.alertToken : undefined;
      },
      async update(alertToken, reminder) {
        await call('PUT', `/${encodeURIComponent(alertToken)}`, reminder);
      },
      async remove(alertToken) {
        await call('DELETE', `/${encodeURIComponent(alertToken)}`);
      },
    };
  };
}
