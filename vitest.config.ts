import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** One tier of tests/: its folder is its name. Only the tiers that say so start DynamoDB Local (and so need Java). */
function tier(name: string, { dynamoDbLocal = false } = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: [`tests/${name}/**/*.test.ts`],
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
      // No Java: pure code, the skill on the in-memory store, the synthesized template.
      tier('unit'),
      tier('skill'),
      tier('infra'),
      // The official DynamoDB Local, one for the run, shared by both tiers.
      tier('integration', { dynamoDbLocal: true }),
      tier('reliability', { dynamoDbLocal: true }),
    ],
  },
});
