import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { services } from 'ask-sdk-model';

type Reminder = services.reminderManagement.Reminder;
type ReminderRequest = services.reminderManagement.ReminderRequest;

export const REMINDERS_PATH = /^\/v1\/alerts\/reminders(?:\/([^/?]+))?\/?(?:\?.*)?$/;

/** A local time as the API takes it: no "Z" and no offset, read in the reminder's timeZoneId. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

function isValidZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the documented API would refuse in a create or update body, as its error code; undefined when it is well formed. */
export function invalidReminder(body: unknown): string | undefined {
  const request = body as ReminderRequest | undefined;
  if (typeof request !== 'object' || request === null) return 'INVALID_REQUEST';
  if (request.requestTime !== undefined && (typeof request.requestTime !== 'string' || !LOCAL_DATE_TIME.test(request.requestTime))) return 'INVALID_REQUEST_TIME';
  const trigger = request.trigger;
  if (!trigger || (trigger.type !== 'SCHEDULED_ABSOLUTE' && trigger.type !== 'SCHEDULED_RELATIVE')) return 'INVALID_TRIGGER';
  if (trigger.type === 'SCHEDULED_RELATIVE') {
    if (!Number.isInteger(trigger.offsetInSeconds) || (trigger.offsetInSeconds as number) <= 0) return 'INVALID_TRIGGER';
  } else {
    if (trigger.timeZoneId !== undefined && !isValidZone(trigger.timeZoneId)) return 'INVALID_TIMEZONE';
    const { recurrence, scheduledTime } = trigger;
    if (recurrence) {
      const rules = recurrence.recurrenceRules;
      if (!Array.isArray(rules) || rules.length === 0 || !rules.every((rule) => typeof rule === 'string' && /^FREQ=(DAILY|WEEKLY)(;[A-Z]+=[A-Z0-9,]+)*;?$/.test(rule))) return 'INVALID_RECURRENCE';
      for (const when of [recurrence.startDateTime, recurrence.endDateTime]) {
        if (when !== undefined && (typeof when !== 'string' || !LOCAL_DATE_TIME.test(when))) return 'INVALID_RECURRENCE';
      }
    } else if (typeof scheduledTime !== 'string' || !LOCAL_DATE_TIME.test(scheduledTime)) {
      return 'INVALID_TRIGGER';
    }
  }
  const content = request.alertInfo?.spokenInfo?.content;
  if (!Array.isArray(content) || content.length === 0) return 'INVALID_ALERT_INFO';
  if (!content.every((text) => typeof text?.locale === 'string' && typeof text.text === 'string' && text.text.length > 0 && text.text.length <= 250)) return 'INVALID_ALERT_INFO';
  const push = request.pushNotification?.status;
  if (push !== undefined && push !== 'ENABLED' && push !== 'DISABLED') return 'INVALID_PUSH_NOTIFICATION';
  return undefined;
}

export interface RemindersState {
  /** The reminders the skill has made for the user, as GET answers them. */
  readonly alerts: readonly Reminder[];
  /** Whether the user has granted the skill alexa::alerts:reminders:skill:readwrite; without it every call is 401. */
  granted: boolean;
  /** Forget every reminder. */
  clear(): void;
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) response.writeHead(status).end();
  else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The Alexa Reminders API as documented, for one user: POST, GET, PUT and DELETE on /v1/alerts/reminders[/{alertToken}],
 * the trigger and recurrence fields as ask-sdk-model types them, and 401 until the user grants the permission.
 * The bearer token is checked by the server around it.
 */
export function remindersApi(now: () => Date = () => new Date()): { state: RemindersState; handle(request: IncomingMessage, response: ServerResponse, alertToken: string | undefined): Promise<void> } {
  const alerts = new Map<string, Reminder>();
  const state: RemindersState = {
    get alerts() {
      return [...alerts.values()];
    },
    granted: false,
    clear: () => alerts.clear(),
  };
  const answer = (reminder: Reminder) => ({
    alertToken: reminder.alertToken,
    createdTime: reminder.createdTime,
    updatedTime: reminder.updatedTime,
    status: reminder.status,
    version: reminder.version,
    href: `/v1/alerts/reminders/${reminder.alertToken}`,
  });

  async function handle(request: IncomingMessage, response: ServerResponse, alertToken: string | undefined): Promise<void> {
    if (!state.granted) return send(response, 401, { code: 'UNAUTHORIZED', message: 'The user has not granted reminders permission to this skill.' });
    const existing = alertToken === undefined ? undefined : alerts.get(decodeURIComponent(alertToken));
    if (alertToken !== undefined && !existing) return send(response, 404, { code: 'NOT_FOUND', message: 'No such reminder.' });
    const stamp = now().toISOString();
    switch (request.method) {
      case 'GET':
        if (existing) return send(response, 200, existing);
        return send(response, 200, { totalCount: String(alerts.size), alerts: state.alerts, links: null });
      case 'POST': {
        if (existing) return send(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'POST creates; use PUT to update.' });
        const body = await bodyOf(request);
        const invalid = invalidReminder(body);
        if (invalid) return send(response, 400, { code: invalid, message: 'The reminder is not valid.' });
        const { trigger, alertInfo, pushNotification } = body as ReminderRequest;
        const reminder: Reminder = { alertToken: randomUUID(), createdTime: stamp, updatedTime: stamp, status: 'ON', trigger, alertInfo, pushNotification, version: '1' };
        alerts.set(reminder.alertToken as string, reminder);
        return send(response, 200, answer(reminder));
      }
      case 'PUT': {
        if (!existing) return send(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'PUT needs an alert token.' });
        const body = await bodyOf(request);
        const invalid = invalidReminder(body);
        if (invalid) return send(response, 400, { code: invalid, message: 'The reminder is not valid.' });
        const { trigger, alertInfo, pushNotification } = body as ReminderRequest;
        const updated: Reminder = { ...existing, trigger, alertInfo, pushNotification, updatedTime: stamp, version: String(Number(existing.version ?? 1) + 1) };
        alerts.set(existing.alertToken as string, updated);
        return send(response, 200, answer(updated));
      }
      case 'DELETE':
        if (!existing) return send(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'DELETE needs an alert token.' });
        alerts.delete(existing.alertToken as string);
        return send(response, 200);
      default:
        return send(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Not a reminders method.' });
    }
  }
  return { state, handle };
}
