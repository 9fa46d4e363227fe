import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { type CfnFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks, NagRuleCompliance, rules } from 'cdk-nag';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_REGIONS, ContextError, SKILL_FUNCTION_NAME, STACK_NAME, buildApp, stackNameFor } from '../../infra/app';
import { AlexaSkill, BackCoachStack } from '../../infra/back-coach-stack';
import { LAMBDA_BUNDLING, LAMBDA_RUNTIME, STORE_SDK_FILE, esbuildOptionsFor, storeSdkOptionsFor } from '../../infra/bundling';
import { ALEXA_REGIONS, type AlexaRegion } from '../../infra/regions';
import { LOGGED_FAILURES, LOG_METRICS_NAMESPACE } from '../../infra/skill-alarms';
import { SkillBackend } from '../../infra/skill-backend';
import { jsonLogger } from '../../lambda/services/logger';
import { PROGRESS_TABLE } from '../../lambda/store/table';
import { benchDevice } from '../../scripts/bench/requests';
import { intentRequest, newRequestId, newSessionId, resolvedSlot as slotFor } from '../../scripts/sim/envelope';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDK_JSON = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
const SKILL_JSON = JSON.parse(readFileSync(join(REPO_ROOT, 'skill-package', 'skill.json'), 'utf8')) as {
  manifest: { apis: { custom: Record<string, unknown> }; events?: Record<string, unknown> } & Record<string, unknown>;
};

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const SKILL_CONTEXT = { skillId: SKILL_ID };
const CFN_SKILL_CONTEXT = { vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'back-coach/lwa' };
const TABLE_ACTIONS = ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'];

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'back-coach-infra-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** The app as `cdk synth` builds it (cdk.json's feature flags), in a temp dir; bundling skipped unless asked for. */
function newApp(context: Record<string, string>, { bundle = false } = {}): App {
  return new App({
    outdir: tempDir(),
    context: { ...CDK_JSON.context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context },
  });
}

/** The app's stacks, one per Alexa region; `stack` and `template` are the first region's, which holds the skill. */
function synth(context: Record<string, string>, options?: { bundle?: boolean }) {
  const app = newApp(context, options);
  const stacks = buildApp(app);
  const stack = stacks[APP_REGIONS[0]!]!;
  return { app, stacks, stack, template: Template.fromStack(stack) };
}

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function onlyLogicalId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

function policyStatements(template: Template): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy'));
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

function acknowledgedFindings(template: Template): { resource: string; id: string; reason: string }[] {
  type Suppressions = { cdk_nag?: { rules_to_suppress?: { id: string; reason: string }[] } };
  return Object.entries(template.toJSON().Resources as Record<string, { Metadata?: Suppressions }>).flatMap(
    ([resource, { Metadata }]) => (Metadata?.cdk_nag?.rules_to_suppress ?? []).map((rule) => ({ resource, ...rule })),
  );
}

describe('BackCoachStack', () => {
  let template: Template;
  let stack: BackCoachStack;
  let app: App;
  let tableId: string;
  let functionId: string;

  beforeAll(() => {
    ({ app, stack, template } = synth(SKILL_CONTEXT));
    tableId = onlyLogicalId(template, 'AWS::DynamoDB::Table');
    functionId = onlyLogicalId(template, 'AWS::Lambda::Function');
  });

  describe('progress table', () => {
    it('uses the key schema and TTL attribute from lambda/store/table.ts', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: PROGRESS_TABLE.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: PROGRESS_TABLE.sortKey.name, KeyType: 'RANGE' },
        ],
        AttributeDefinitions: Match.arrayEquals([
          { AttributeName: PROGRESS_TABLE.partitionKey.name, AttributeType: PROGRESS_TABLE.partitionKey.type },
          { AttributeName: PROGRESS_TABLE.sortKey.name, AttributeType: PROGRESS_TABLE.sortKey.type },
        ]),
        TimeToLiveSpecification: { AttributeName: PROGRESS_TABLE.timeToLiveAttribute, Enabled: true },
      });
    });

    it('is on-demand, with point-in-time recovery and encryption under the AWS managed key', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent(), SSEType: Match.absent() },
        ProvisionedThroughput: Match.absent(),
      });
    });

    it('survives stack deletion and replacement, and refuses deletion', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      });
    });
  });

  describe('handler function', () => {
    it('runs index.handler on Node.js 22 on ARM', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
    });

    it('gives up before Alexa does (8 s)', () => {
      const timeout = template.toJSON().Resources[functionId].Properties.Timeout as number;
      expect(timeout).toBeLessThan(8);
      expect(timeout).toBe(7);
    });

    it('has 1,769 MB (one full vCPU) by default, and the memory the stack is given', () => {
      template.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 1769 });
      const sized = new BackCoachStack(newApp({}), 'Sized', { skillId: SKILL_ID, memorySize: 1024 });
      Template.fromStack(sized).hasResourceProperties('AWS::Lambda::Function', { MemorySize: 1024 });
    });

    it('knows its table and its skill, and nothing else (no --enable-source-maps: it slows every cold start)', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectEquals({ TABLE_NAME: { Ref: tableId }, SKILL_ID: SKILL_ID }) },
      });
    });

    it('logs to its own log group, kept for a month', () => {
      const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
      template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: { LogGroup: { Ref: logGroupId } } });
    });

    it('refuses a timeout Alexa would not wait for', () => {
      expect(() => new SkillBackend(new Stack(), 'Backend', { skillId: SKILL_ID, timeout: Duration.seconds(8) })).toThrow(
        /under Alexa's 8 seconds/,
      );
    });
  });

  describe('Alexa Skills Kit trigger', () => {
    it('lets Alexa invoke the function for this skill only', () => {
      template.resourceCountIs('AWS::Lambda::Permission', 1);
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: SKILL_ID,
        FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      });
    });
  });

  describe('permissions', () => {
    it('lets the function make exactly the table calls the store makes, on that table only', () => {
      const tableStatements = policyStatements(template).filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
      expect(tableStatements).toHaveLength(1);
      const [statement] = tableStatements as [Statement];
      expect(statement.Effect).toBe('Allow');
      expect([...asArray(statement.Action)].sort()).toEqual(TABLE_ACTIONS);
      expect(statement.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
    });

    it('grants no wildcard actions or resources, no Scan, and no managed policies', () => {
      const statements = policyStatements(template);
      const actions = statements.flatMap((s) => asArray(s.Action));
      expect(actions.filter((a) => a.includes('*') || a === 'dynamodb:Scan')).toEqual([]);
      expect(statements.flatMap((s) => asArray(s.Resource)).filter((r) => typeof r === 'string' && r.includes('*'))).toEqual([]);
      for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
        expect(role.Properties.Policies).toBeUndefined();
      }
    });

    it('lets the function write to its own log group only', () => {
      const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
      const logStatements = policyStatements(template).filter((s) => asArray(s.Action).some((a) => a.startsWith('logs:')));
      expect(logStatements).toEqual([
        { Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } },
      ]);
    });
  });

  describe('outputs', () => {
    it("gives the function's ARN and the table's name", () => {
      template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
      template.hasOutput('ProgressTableName', { Value: { Ref: tableId } });
      expect(template.findOutputs('SkillId')).toEqual({});
    });
  });

  describe('skill id', () => {
    it('is required: without it nothing is synthesized, and the message says what to pass', () => {
      const app = newApp({});
      expect(() => buildApp(app)).toThrow(ContextError);
      expect(() => buildApp(newApp({}))).toThrow(/Pass your skill id: npx cdk deploy -c skillId=amzn1\.ask\.skill\./);
      expect(app.node.children).toHaveLength(0);
    });

    it('must look like a skill id', () => {
      expect(() => buildApp(newApp({ skillId: 'my-skill' }))).toThrow(ContextError);
      expect(() => new SkillBackend(new Stack(), 'Backend', { skillId: 'amzn1.ask.skill.nope' })).toThrow(/is not a skill id/);
    });
  });

  describe('skill created by CloudFormation', () => {
    it('is not created without vendorId and lwaSecretName', () => {
      template.resourceCountIs('Alexa::ASK::Skill', 0);
    });

    it('needs both vendorId and lwaSecretName', () => {
      expect(() => buildApp(newApp({ ...SKILL_CONTEXT, vendorId: 'M1EXAMPLEVENDOR' }))).toThrow(ContextError);
      expect(() => buildApp(newApp({ ...SKILL_CONTEXT, lwaSecretName: 'back-coach/lwa' }))).toThrow(ContextError);
    });

    describe('with the skill id (second deploy)', () => {
      let skillTemplate: Template;
      let skillFunctionId: string;

      beforeAll(() => {
        skillTemplate = synth({ ...SKILL_CONTEXT, ...CFN_SKILL_CONTEXT }).template;
        skillFunctionId = onlyLogicalId(skillTemplate, 'AWS::Lambda::Function');
      });

      it('reads the Login with Amazon credentials from Secrets Manager at deploy time', () => {
        skillTemplate.hasResourceProperties('Alexa::ASK::Skill', {
          VendorId: CFN_SKILL_CONTEXT.vendorId,
          AuthenticationConfiguration: {
            ClientId: '{{resolve:secretsmanager:back-coach/lwa:SecretString:clientId::}}',
            ClientSecret: '{{resolve:secretsmanager:back-coach/lwa:SecretString:clientSecret::}}',
            RefreshToken: '{{resolve:secretsmanager:back-coach/lwa:SecretString:refreshToken::}}',
          },
        });
      });

      it('points the skill (and its events, if skill.json has events) at the function, and each other region at its own', () => {
        const endpoint = { uri: { 'Fn::GetAtt': [skillFunctionId, 'Arn'] } };
        const regionalArn = (region: AlexaRegion) => ({
          'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:lambda:${ALEXA_REGIONS[region]}:`, { Ref: 'AWS::AccountId' }, `:function:${SKILL_FUNCTION_NAME}`]],
        });
        const regions = Object.fromEntries(APP_REGIONS.slice(1).map((region) => [region, { endpoint: { uri: regionalArn(region) } }]));
        const { regions: _placeholders, ...events } = (SKILL_JSON.manifest.events ?? {}) as Record<string, unknown>;
        skillTemplate.hasResourceProperties('Alexa::ASK::Skill', {
          SkillPackage: Match.objectLike({
            Overrides: {
              Manifest: {
                apis: { custom: Match.objectLike({ endpoint, regions }) },
                events: SKILL_JSON.manifest.events === undefined ? Match.absent() : { ...events, endpoint, regions },
              },
            },
          }),
        });
      });

      it("is saved after the other regions' stacks, whose functions Alexa checks too", () => {
        const { stacks, stack } = synth({ ...SKILL_CONTEXT, ...CFN_SKILL_CONTEXT });
        for (const region of APP_REGIONS.slice(1)) expect(stack.dependencies).toContain(stacks[region]);
      });

      it('is saved only after the trigger exists, since Alexa checks it', () => {
        const permissionId = onlyLogicalId(skillTemplate, 'AWS::Lambda::Permission');
        skillTemplate.hasResource('Alexa::ASK::Skill', { DependsOn: Match.arrayWith([permissionId]) });
      });

      it('lets Alexa read the skill package object and nothing else', () => {
        const readerId = Object.keys(
          skillTemplate.findResources('AWS::IAM::Role', {
            Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'alexa-appkit.amazon.com' } })] } },
          }),
        );
        expect(readerId).toHaveLength(1);
        skillTemplate.hasResourceProperties('Alexa::ASK::Skill', {
          SkillPackage: Match.objectLike({ S3BucketRole: { 'Fn::GetAtt': [readerId[0], 'Arn'] } }),
        });
        skillTemplate.hasResourceProperties('AWS::IAM::Policy', {
          Roles: [{ Ref: readerId[0] }],
          PolicyDocument: {
            Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('^/[0-9a-f]{64}\\.zip$')])] } }],
          },
        });
      });

      it('outputs the skill id', () => {
        skillTemplate.hasOutput('SkillId', { Value: { Ref: onlyLogicalId(skillTemplate, 'Alexa::ASK::Skill') } });
      });
    });

    describe('without the skill id (first deploy)', () => {
      it('creates only the skill, with no endpoint, and outputs its id', () => {
        const { template: first, stacks } = synth(CFN_SKILL_CONTEXT);
        expect(Object.keys(stacks)).toEqual([APP_REGIONS[0]]);
        first.hasResourceProperties('Alexa::ASK::Skill', { SkillPackage: Match.objectLike({ Overrides: Match.absent() }) });
        first.resourceCountIs('AWS::Lambda::Function', 0);
        first.resourceCountIs('AWS::Lambda::Permission', 0);
        first.resourceCountIs('AWS::DynamoDB::Table', 0);
        first.hasOutput('SkillId', { Value: { Ref: onlyLogicalId(first, 'Alexa::ASK::Skill') } });
      });
    });

    it('sets the events endpoint only when skill.json subscribes to events', () => {
      const packageDir = tempDir();
      mkdirSync(join(packageDir, 'interactionModels', 'custom'), { recursive: true });
      writeFileSync(join(packageDir, 'skill.json'), JSON.stringify({ manifest: { apis: { custom: {} } } }));
      const stack = new Stack(newApp({}), 'EventsFree');
      const endpoint = LambdaFunction.fromFunctionArn(stack, 'Endpoint', 'arn:aws:lambda:us-east-1:123456789012:function:back-coach');
      new AlexaSkill(stack, 'Skill', { vendorId: 'M1EXAMPLEVENDOR', lwaSecretName: 'back-coach/lwa', endpoint, skillPackageDir: packageDir });
      Template.fromStack(stack).hasResourceProperties('Alexa::ASK::Skill', {
        SkillPackage: Match.objectLike({ Overrides: { Manifest: { apis: Match.anyValue(), events: Match.absent() } } }),
      });
    });
  });

  describe('cdk-nag AwsSolutions', () => {
    // Three apps of up to three stacks each, every resource through every rule: slow on a busy machine.
    it('reports no unacknowledged errors or warnings, with or without the CloudFormation skill', { timeout: 60_000 }, () => {
      const variants = [app, synth({ ...SKILL_CONTEXT, ...CFN_SKILL_CONTEXT }).app, synth(CFN_SKILL_CONTEXT).app];
      for (const variant of variants) {
        expect(new AwsSolutionsChecks().validateScope(variant).violations).toEqual([]);
      }
    });

    it('acknowledges only the runtime finding, on the function, and the alarm topic’s key, each with a written reason', () => {
      const topicId = onlyLogicalId(template, 'AWS::SNS::Topic');
      expect(acknowledgedFindings(template)).toEqual([
        { resource: functionId, id: 'AwsSolutions-L1', reason: expect.any(String) },
        { resource: topicId, id: 'AwsSolutions-SNS2', reason: expect.any(String) },
      ]);
      for (const { reason } of acknowledgedFindings(template)) expect(reason.length).toBeGreaterThan(60);
    });

    it('acknowledges nothing that would pass anyway', () => {
      const fn = stack.backend?.handler.node.defaultChild as CfnFunction;
      expect(rules.lambda.LambdaLatestVersion(fn)).toBe(NagRuleCompliance.NON_COMPLIANT);
    });

    it('leaves no CDK errors or warnings on the stack', () => {
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
    });
  });
});

describe('one stack per Alexa region', () => {
  let synthed: ReturnType<typeof synth>;
  beforeAll(() => {
    synthed = synth(SKILL_CONTEXT);
  });

  it('covers the regions the locales need: North America, Europe and India, the Far East', () => {
    expect(APP_REGIONS).toEqual(['NA', 'EU', 'FE']);
    expect(Object.keys(synthed.stacks)).toEqual(['EU', 'FE', 'NA']);
  });

  it.each(['NA', 'EU', 'FE'] as const)('%s: in its AWS region, named for it, a locked-down backend of its own', (region) => {
    const stack = synthed.stacks[region]!;
    expect(stack.region).toBe(ALEXA_REGIONS[region]);
    expect(stack.stackName).toBe(region === 'NA' ? STACK_NAME : `${STACK_NAME}-${region}`);
    const template = Template.fromStack(stack);
    const tableId = onlyLogicalId(template, 'AWS::DynamoDB::Table');
    const functionId = onlyLogicalId(template, 'AWS::Lambda::Function');
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: SKILL_FUNCTION_NAME, Runtime: 'nodejs22.x', Timeout: 7 });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ DeletionProtectionEnabled: true }) });
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'alexa-appkit.amazon.com', EventSourceToken: SKILL_ID });
    const tableStatements = policyStatements(template).filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
    expect(tableStatements.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    template.resourceCountIs('Alexa::ASK::Skill', 0);
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });

  it('keeps each table in its region: no global table, no replicas', () => {
    for (const stack of Object.values(synthed.stacks)) {
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
      template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: Match.absent() });
    }
  });
});

describe('alarms, in every region’s stack', () => {
  let synthed: ReturnType<typeof synth>;
  let withEmail: ReturnType<typeof synth>;
  beforeAll(() => {
    synthed = synth(SKILL_CONTEXT);
    withEmail = synth({ ...SKILL_CONTEXT, alarmEmail: 'ops@example.com' });
  });

  const REGIONS = ['NA', 'EU', 'FE'] as const;
  const templateOf = (region: AlexaRegion, from = synthed) => Template.fromStack(from.stacks[region]!);

  /** The one alarm on this metric (by namespace and name, or the math expression over one metric name). */
  function alarmOn(template: Template, metricName: string): Record<string, unknown> {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties as Record<string, unknown>);
    const matching = alarms.filter((alarm) => JSON.stringify(alarm).includes(`"MetricName":"${metricName}"`));
    expect(matching).toHaveLength(1);
    return matching[0]!;
  }

  /** Every alarm tells the topic when it goes off and when it recovers, looks at 5 minutes, and takes silence as health. */
  function expectNotifies(template: Template, alarm: Record<string, unknown>) {
    const topic = { Ref: onlyLogicalId(template, 'AWS::SNS::Topic') };
    expect(alarm).toMatchObject({ AlarmActions: [topic], OKActions: [topic], EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
    expect(alarm.AlarmDescription).toEqual(expect.any(String));
  }

  it.each(REGIONS)('%s: the function’s errors and throttles, at the first one', (region) => {
    const template = templateOf(region);
    const functionId = onlyLogicalId(template, 'AWS::Lambda::Function');
    for (const metricName of ['Errors', 'Throttles']) {
      const alarm = alarmOn(template, metricName);
      expect(alarm).toMatchObject({
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
      expectNotifies(template, alarm);
    }
  });

  it.each(REGIONS)('%s: the function’s p99 duration over 6 s', (region) => {
    const template = templateOf(region);
    const alarm = alarmOn(template, 'Duration');
    expect(alarm).toMatchObject({ Namespace: 'AWS/Lambda', ExtendedStatistic: 'p99', Period: 300, Threshold: 6000, ComparisonOperator: 'GreaterThanThreshold' });
    expect(alarm.Statistic).toBeUndefined();
    expectNotifies(template, alarm);
  });

  it.each(REGIONS)('%s: the table’s throttled requests and system errors, over every call the store makes', (region) => {
    const template = templateOf(region);
    const tableId = onlyLogicalId(template, 'AWS::DynamoDB::Table');
    for (const metricName of ['ThrottledRequests', 'SystemErrors']) {
      const alarm = alarmOn(template, metricName);
      expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      expectNotifies(template, alarm);
      const metrics = (alarm.Metrics as { MetricStat?: { Metric: { Dimensions: { Name: string; Value: unknown }[] }; Period: number } }[]).flatMap(
        (metric) => (metric.MetricStat ? [metric.MetricStat] : []),
      );
      const operations = metrics.map(({ Metric }) => Metric.Dimensions.find((dimension) => dimension.Name === 'Operation')?.Value).sort();
      expect(operations).toEqual(['BatchWriteItem', 'GetItem', 'Query', 'UpdateItem']);
      for (const { Metric, Period } of metrics) {
        expect(Metric.Dimensions).toContainEqual({ Name: 'TableName', Value: { Ref: tableId } });
        expect(Period).toBe(300);
      }
    }
  });

  it.each(REGIONS)('%s: failed requests and failed deletions, counted from the function’s log lines', (region) => {
    const template = templateOf(region);
    const logGroupId = onlyLogicalId(template, 'AWS::Logs::LogGroup');
    template.resourceCountIs('AWS::Logs::MetricFilter', 2);
    for (const [metricName, message] of Object.entries(LOGGED_FAILURES)) {
      template.hasResourceProperties('AWS::Logs::MetricFilter', {
        LogGroupName: { Ref: logGroupId },
        FilterPattern: `{ $.message = "${message}" }`,
        MetricTransformations: [{ MetricNamespace: LOG_METRICS_NAMESPACE, MetricName: metricName, MetricValue: '1' }],
      });
      const alarm = alarmOn(template, metricName);
      expect(alarm).toMatchObject({ Namespace: LOG_METRICS_NAMESPACE, Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      expectNotifies(template, alarm);
    }
    template.resourceCountIs('AWS::CloudWatch::Alarm', 7);
  });

  it('counts log lines the skill really writes', () => {
    const source = (file: string) => readFileSync(join(REPO_ROOT, 'lambda', file), 'utf8');
    expect(source('handlers/error.ts')).toContain(`log.error('${LOGGED_FAILURES.FailedRequests}'`);
    expect(source('handlers/session.ts')).toContain(`log.error('${LOGGED_FAILURES.FailedDeletions}'`);
    expect(source('replies/progress.ts')).toContain(`log.error('${LOGGED_FAILURES.FailedDeletions}'`);
    expect(source('conversation/turn.ts')).toContain(`log.error('${LOGGED_FAILURES.FailedDeletions}'`);
    // The filters read the line's top-level "message": the logger's own, never a field passed with it.
    const lines: string[] = [];
    jsonLogger((line) => lines.push(line)).error(LOGGED_FAILURES.FailedDeletions, { message: 'a field', trigger: 'asked' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: LOGGED_FAILURES.FailedDeletions });
  });

  it.each(REGIONS)('%s: the function logs in Lambda’s text format, so each line’s JSON is the skill’s own', (region) => {
    // In Lambda's JSON format a logged string becomes the "message" of Lambda's own object, and { $.message = … }
    // would never see the skill's message.
    const functions = Object.values(templateOf(region).findResources('AWS::Lambda::Function'));
    expect(functions.map((fn) => fn.Properties.LoggingConfig?.LogFormat ?? 'Text')).toEqual(['Text']);
  });

  it.each(REGIONS)('%s: one topic, publish over TLS only, subscribed to nobody unless an address is given', (region) => {
    const template = templateOf(region);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    template.hasOutput('AlarmTopicArn', { Value: { Ref: onlyLogicalId(template, 'AWS::SNS::Topic') } });
  });

  it.each(REGIONS)('%s: -c alarmEmail subscribes that address', (region) => {
    const template = templateOf(region, withEmail);
    template.resourceCountIs('AWS::SNS::Subscription', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com', TopicArn: { Ref: onlyLogicalId(template, 'AWS::SNS::Topic') } });
    expect(new AwsSolutionsChecks().validateScope(withEmail.stacks[region]!).violations).toEqual([]);
  });

  it('refuses an alarmEmail that is not an address', () => {
    expect(() => buildApp(newApp({ ...SKILL_CONTEXT, alarmEmail: 'ops' }))).toThrow(ContextError);
  });

  it.each(REGIONS)('%s: reserves no concurrency (infra/skill-backend.ts says why)', (region) => {
    templateOf(region).hasResourceProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: Match.absent() });
  });
});

describe('bundle', () => {
  let bundleDir: string;
  let packageDir: string;
  let runtime: string;

  beforeAll(() => {
    const { app, template } = synth({ ...SKILL_CONTEXT, ...CFN_SKILL_CONTEXT }, { bundle: true });
    const assetDir = (s3Key: string) => join(app.outdir, `asset.${s3Key.replace(/\.zip$/, '')}`);
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    const [skill] = Object.values(template.findResources('Alexa::ASK::Skill'));
    bundleDir = assetDir(fn?.Properties.Code.S3Key);
    packageDir = assetDir(skill?.Properties.SkillPackage.S3Key);
    runtime = fn?.Properties.Runtime as string;
  });

  it('bundles the real entry with esbuild: code and its source map', () => {
    expect(existsSync(join(bundleDir, 'index.js'))).toBe(true);
    expect(existsSync(join(bundleDir, 'index.js.map'))).toBe(true);
    expect(/\/\/# sourceMappingURL=index\.js\.map\s*$/.test(readFileSync(join(bundleDir, 'index.js'), 'utf8'))).toBe(true);
  });

  it('keeps the AWS SDK out of index.js: the store requires the one file beside it that holds the SDK calls it makes', () => {
    const code = readFileSync(join(bundleDir, 'index.js'), 'utf8');
    expect(code.includes('DynamoDB_20120810')).toBe(false);
    expect(code.match(/require\(["']@aws-sdk\/[^"']+["']\)/g)).toBeNull();
    expect(code.match(/require\(["']\.\/dynamo-sdk["']\)/g)).toHaveLength(1);
    expect(code).not.toMatch(/\bimport\(/);
    const sdk = readFileSync(join(bundleDir, STORE_SDK_FILE), 'utf8');
    // A dynamic import, even of a Node builtin, would start the ES module loader on the first store call.
    expect(sdk).not.toMatch(/\bimport\(/);
    expect(sdk.includes('DynamoDB_20120810')).toBe(true);
    // At most the optional SigV4a signer, tried only for multi-region endpoints, is left to require.
    for (const call of sdk.match(/require\(["']@aws-sdk\/[^"']+["']\)/g) ?? []) expect(call).toMatch(/@aws-sdk\/signature-v4(-crt|a)/);
    // Tree-shaken: the client and the commands the store sends, not the package's fifty-odd others.
    expect(sdk.includes('ScanCommand')).toBe(false);
    // No default credential chain: neither STS's web identity nor SSO.
    expect(sdk.includes('AssumeRoleWithWebIdentity')).toBe(false);
    expect(sdk.includes('sso-oidc')).toBe(false);
  });

  it('loads the store’s SDK file by itself, with the client the store builds', () => {
    const sdk = createRequire(import.meta.url)(join(bundleDir, STORE_SDK_FILE)) as Record<string, unknown>;
    expect(Object.keys(sdk).sort()).toEqual(expect.arrayContaining(['DynamoDBClient', 'GetItemCommand', 'QueryCommand', 'UpdateItemCommand', 'BatchWriteItemCommand']));
  });

  it('loads and exports the handler', () => {
    const loaded = createRequire(import.meta.url)(join(bundleDir, 'index.js')) as { handler?: unknown };
    expect(typeof loaded.handler).toBe('function');
  });

  it('answers in Hindi from the bundle, in a fresh process, reading the Hindi content only when a hi-IN request comes', async () => {
    // Tests load every locale up front (tests/setup/locales.ts); a fresh Node process running the bundle does not.
    const request = (locale: string) =>
      intentRequest(
        { ...benchDevice('http://127.0.0.1:9', 1), skillId: SKILL_ID, locale, sessionId: newSessionId(), newSession: true, requestId: newRequestId() },
        'ExerciseHowToIntent',
        { exercise: slotFor(SKILL_ID, 'exercise', 'ExerciseName', 'superman') },
      );
    const script = `
      const { handler } = require(process.argv[1]);
      (async () => {
        for (const event of JSON.parse(process.env.EVENTS)) console.log((await handler(event, {})).response.outputSpeech.ssml);
      })();`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, join(bundleDir, 'index.js')], {
      env: { ...process.env, EVENTS: JSON.stringify([request('en-US'), request('hi-IN')]), SKILL_ID },
      timeout: 30_000,
    });
    const [english, hindi] = stdout.split('\n').filter((line) => line.startsWith('<speak>'));
    expect(english).toMatch(/how to do the superman\./);
    expect(hindi).toMatch(/\p{Script=Devanagari}/u);
    expect(hindi).toContain('superman');
  });

  it('is what esbuild builds from esbuildOptionsFor and storeSdkOptionsFor, byte for byte', async () => {
    const dir = tempDir();
    await esbuild.build({ ...esbuildOptionsFor(join(dir, 'index.js')), logLevel: 'silent' });
    await esbuild.build({ ...storeSdkOptionsFor(join(dir, STORE_SDK_FILE)), logLevel: 'silent' });
    expect(readFileSync(join(dir, 'index.js')).equals(readFileSync(join(bundleDir, 'index.js')))).toBe(true);
    expect(readFileSync(join(dir, STORE_SDK_FILE)).equals(readFileSync(join(bundleDir, STORE_SDK_FILE)))).toBe(true);
  });

  it('uploads the skill package without the placeholder endpoints, which the overrides replace', () => {
    const uploaded = JSON.parse(readFileSync(join(packageDir, 'skill.json'), 'utf8'));
    const { events: _events, ...manifest } = SKILL_JSON.manifest;
    const { endpoint: _endpoint, regions: _regions, ...custom } = SKILL_JSON.manifest.apis.custom;
    expect(uploaded).toEqual({ manifest: { ...manifest, apis: { ...manifest.apis, custom } } });
    const model = join('interactionModels', 'custom', 'en-US.json');
    expect(readFileSync(join(packageDir, model)).equals(readFileSync(join(REPO_ROOT, 'skill-package', model)))).toBe(true);
  });

  it('maps every LAMBDA_BUNDLING option to the same esbuild option', () => {
    const options = esbuildOptionsFor('/tmp/out/index.js');
    expect(options).toMatchObject({
      bundle: true,
      platform: 'node',
      minify: LAMBDA_BUNDLING.minify,
      sourcemap: LAMBDA_BUNDLING.sourceMap,
      sourcesContent: LAMBDA_BUNDLING.sourcesContent,
      target: LAMBDA_BUNDLING.target,
      format: LAMBDA_BUNDLING.format,
      mainFields: LAMBDA_BUNDLING.mainFields,
      external: LAMBDA_BUNDLING.externalModules,
      supported: { 'dynamic-import': false },
    });
    expect(storeSdkOptionsFor('/tmp/out/dynamo-sdk.js')).toMatchObject({
      bundle: true,
      platform: 'node',
      external: [],
      minify: LAMBDA_BUNDLING.minify,
      target: LAMBDA_BUNDLING.target,
      format: LAMBDA_BUNDLING.format,
      mainFields: LAMBDA_BUNDLING.mainFields,
      supported: { 'dynamic-import': false },
      alias: { '@aws-sdk/credential-provider-node': join(REPO_ROOT, 'lambda', 'store', 'no-default-credentials.ts') },
    });
    const { commandHooks, ...flags } = LAMBDA_BUNDLING;
    expect(flags).toEqual({
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      target: 'node22',
      format: 'cjs',
      mainFields: ['module', 'main'],
      externalModules: ['@aws-sdk/*', './dynamo-sdk'],
      esbuildArgs: { '--supported:dynamic-import': 'false' },
    });
    expect(commandHooks.afterBundling('/in', '/out')).toEqual([
      "npx --no-install esbuild '/in/lambda/store/dynamo-sdk.ts' '--bundle' '--platform=node' '--target=node22' '--format=cjs' '--minify' " +
        "'--main-fields=module,main' '--supported:dynamic-import=false' " +
        "'--alias:@aws-sdk/credential-provider-node=/in/lambda/store/no-default-credentials.ts' '--outfile=/out/dynamo-sdk.js' '--log-level=warning'",
    ]);
  });

  it('targets the runtime the function runs on', () => {
    expect(runtime).toBe(LAMBDA_RUNTIME.name);
    expect(`nodejs${LAMBDA_BUNDLING.target.replace('node', '')}.x`).toBe(runtime);
  });
});

type CliRun = { code: number; stdout: string; stderr: string };

/** A developer's shell with no AWS credentials, no calls home, and none of the test runner's variables. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(AWS_|CDK_|VITEST|NODE_ENV$)/.test(key)));
  return { ...env, CDK_DISABLE_VERSION_CHECK: '1', CDK_DISABLE_CLI_TELEMETRY: 'true', AWS_EC2_METADATA_DISABLED: 'true' };
}

function cdkSynth(args: string[], outdir: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['cdk', 'synth', ...args, '--quiet', '--no-notices', '-o', outdir],
      { cwd: REPO_ROOT, env: offlineEnv(), timeout: 170_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const cliOut = { withSkillId: tempDir(), withoutSkillId: tempDir() };
let cliRuns: Promise<[CliRun, CliRun]>;
// Started before everything else, so the CLI's run (about 25 s alone, a stack and a bundle per region; longer beside
// the in-process synths on two cores) overlaps them.
beforeAll(() => {
  cliRuns = Promise.all([cdkSynth(['-c', `skillId=${SKILL_ID}`], cliOut.withSkillId), cdkSynth([], cliOut.withoutSkillId)]);
});

describe('npx cdk synth', () => {
  let withSkillId: CliRun;
  let withoutSkillId: CliRun;

  beforeAll(async () => {
    [withSkillId, withoutSkillId] = await cliRuns;
  }, 180_000);

  it('synthesizes a stack per region offline, with no AWS credentials, given a skill id', () => {
    expect(withSkillId.stderr).not.toMatch(/AwsSolutions-/);
    expect(withSkillId.code, withSkillId.stderr).toBe(0);
    for (const region of APP_REGIONS) {
      const template = JSON.parse(readFileSync(join(cliOut.withSkillId, `${stackNameFor(region)}.template.json`), 'utf8')) as {
        Resources: Record<string, { Type: string }>;
      };
      expect(Object.values(template.Resources).map((resource) => resource.Type)).toContain('AWS::Lambda::Function');
    }
    const report = JSON.parse(readFileSync(join(cliOut.withSkillId, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
  });

  it('stops without a skill id, saying what to pass, and writes no template', () => {
    expect(withoutSkillId.code).not.toBe(0);
    expect(withoutSkillId.stderr).toContain('Pass your skill id: npx cdk deploy -c skillId=amzn1.ask.skill.');
    expect(existsSync(join(cliOut.withoutSkillId, `${STACK_NAME}.template.json`))).toBe(false);
  });
});
