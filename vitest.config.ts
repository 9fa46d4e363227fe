import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

interface TierOptions {
  /** Starts the official DynamoDB Local for the tier (so it needs Java). */
  readonly dynamoDbLocal?: boolean;
  /**
   * Whether each file gets fresh modules. The fast tiers share them within a worker, so the skill is imported once
   * rather than once per file (the larger part of their time); none of their tests changes global state.
   */
  readonly isolate?: boolean;
}

/** One tier of tests/: its folder is its name. */
function tier(name: string, { dynamoDbLocal = false, isolate = true }: TierOptions = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: [`tests/${name}/**/*.test.ts`],
      isolate,
      setupFiles: ['tests/setup/locales.ts'],
      ...(dynamoDbLocal && { globalSetup: ['tests/setup/dynamodb-local.global.ts'] }),
    },
  };
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      // No Java: pure code, the skill on the in-memory store, the synthesized template (`npm run test:fast` is the first two).
      tier('unit', { isolate: false }),
      tier('skill', { isolate: false }),
      tier('infra'),
      // The official DynamoDB Local, one for the run, shared by both tiers.
      tier('integration', { dynamoDbLocal: true }),
      tier('reliability', { dynamoDbLocal: true }),
    ],
  },
});
