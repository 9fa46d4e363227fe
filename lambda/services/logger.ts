import type { Logger } from '../dependencies';

/** One JSON line per event, for CloudWatch. Callers pass no user, device or token ids: only what went wrong. */
export function jsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const emit = (level: string) => (message: string, fields: Record<string, unknown> = {}) => write(JSON.stringify({ ...fields, level, message }));
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}
