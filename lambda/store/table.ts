/**
 * The one table definition, shared by the CDK stack and `npm run db:create`.
 * Items: one profile per user (sk = PROFILE) and one item per user per ISO week (sk = WEEK#2026-W48).
 */
export const PROGRESS_TABLE = {
  defaultName: 'back-coach-progress',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** Epoch seconds; week items expire about a year after their week. */
  timeToLiveAttribute: 'expiresAt',
} as const;
