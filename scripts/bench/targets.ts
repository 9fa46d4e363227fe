/** The figures the issue asks for; the bench reports each against its target, it does not fail on a miss. */
export const TARGETS = {
  gzipBytes: 150 * 1024,
  /** Content-only cold start, as a multiple of bare `node -e 0`. */
  contentColdRatio: 1.3,
  /** Progress cold start: at most this multiple of bare node, plus the store's own round trip. */
  progressColdRatio: 2,
  warmP99Ms: 5,
} as const;
