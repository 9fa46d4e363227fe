import { join } from 'node:path';
import { Duration, RemovalPolicy, Token, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PROGRESS_TABLE } from '../lambda/store/table';
import { LAMBDA_BUNDLING, LAMBDA_ENTRY, LAMBDA_RUNTIME, PROJECT_ROOT } from './bundling';

/** The service principal Alexa invokes skill endpoints as. */
export const ALEXA_SKILLS_KIT_PRINCIPAL = 'alexa-appkit.amazon.com';

/** Alexa gives a skill 8 seconds to answer; the function must give up before that. */
const ALEXA_RESPONSE_DEADLINE = Duration.seconds(8);

const SKILL_ID_PATTERN = /^amzn1\.(ask\.skill|echo-sdk-ams\.app)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `amzn1.ask.skill.<uuid>`, or the `amzn1.echo-sdk-ams.app.<uuid>` of skills created before 2017. */
export function isSkillId(value: string): boolean {
  return SKILL_ID_PATTERN.test(value);
}

/**
 * The calls the progress store makes, and no others: GetItem (profile), Query (history, delete-all),
 * UpdateItem (logs, undo, profile, week reset), BatchWriteItem (delete-all, its tombstones included).
 * Written out rather than `grantReadWriteData`, which adds Scan, PutItem, DeleteItem, ConditionCheckItem and more.
 */
const PROGRESS_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];

const ATTRIBUTE_TYPES = { S: AttributeType.STRING, N: AttributeType.NUMBER, B: AttributeType.BINARY } as const;

function attribute(key: { readonly name: string; readonly type: keyof typeof ATTRIBUTE_TYPES }): Attribute {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}

/** Properties for {@link SkillBackend}. */
export interface SkillBackendProps {
  /**
   * The one skill allowed to invoke the function: the Alexa Skills Kit trigger's `EventSourceToken`,
   * and `SKILL_ID` for the handler, which also rejects requests for any other skill.
   */
  readonly skillId: string;

  /**
   * Memory for the function, in MB. Lambda allots CPU in proportion, so this also sets cold-start and response time.
   *
   * @default 1769 - one full vCPU, chosen by measurement: smaller sizes make a cold start audibly slower (bench/RESULTS.md)
   */
  readonly memorySize?: number;

  /**
   * How long one request may run. Must be under Alexa's 8 s, so the skill answers with an error rather than silence.
   *
   * @default Duration.seconds(7)
   */
  readonly timeout?: Duration;

  /**
   * The function's name. A fixed name gives the function an ARN known before it exists, so the skill (created in
   * another region's stack) can name it as that region's endpoint.
   *
   * @default - a name CloudFormation generates
   */
  readonly functionName?: string;

  /**
   * How long the function's logs are kept. They hold errors and timings, no user ids.
   *
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
}

/**
 * The skill's backend: the progress table, the handler function (only it may use the table, and only the skill
 * may invoke it, through the Alexa Skills Kit trigger) and the function's logs.
 */
export class SkillBackend extends Construct {
  /** Progress per user: the table defined in `lambda/store/table.ts`. Retained when the stack is deleted. */
  readonly table: Table;

  /** The skill's endpoint. */
  readonly handler: NodejsFunction;

  /** The function's log group. */
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: SkillBackendProps) {
    super(scope, id);

    const { skillId } = props;
    if (!Token.isUnresolved(skillId) && !isSkillId(skillId)) {
      throw new Error(`"${skillId}" is not a skill id. Copy it from the developer console: it looks like amzn1.ask.skill.<uuid>.`);
    }
    const timeout = props.timeout ?? Duration.seconds(7);
    if (timeout.toMilliseconds() >= ALEXA_RESPONSE_DEADLINE.toMilliseconds()) {
      throw new Error(`timeout is ${timeout.toHumanString()}; it must be under Alexa's ${ALEXA_RESPONSE_DEADLINE.toHumanString()}.`);
    }

    this.table = new Table(this, 'ProgressTable', {
      partitionKey: attribute(PROGRESS_TABLE.partitionKey),
      sortKey: attribute(PROGRESS_TABLE.sortKey),
      timeToLiveAttribute: PROGRESS_TABLE.timeToLiveAttribute,
      // A few requests per user per day: on-demand costs nothing while nobody talks to the skill.
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS managed key (aws/dynamodb) rather than the default AWS owned one: key use shows in CloudTrail, at no
      // monthly key cost and with no key policy to maintain. A customer managed key would only pay off for
      // cross-account access or revoking the key, neither of which this skill needs.
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      // Logs expire anyway; tearing the stack down leaves only the table behind.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of the default one with AWSLambdaBasicExecutionRole, which may write to any log group.
    const role = new Role(this, 'HandlerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Back Coach skill handler: writes its own logs and uses the progress table, nothing else.',
    });
    this.logGroup.grantWrite(role);
    role.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'ProgressTable', actions: PROGRESS_TABLE_ACTIONS, resources: [this.table.tableArn] }),
    );

    this.handler = new NodejsFunction(this, 'Handler', {
      description: 'Back Coach Alexa skill',
      functionName: props.functionName,
      entry: LAMBDA_ENTRY,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      bundling: LAMBDA_BUNDLING,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1769,
      // No reserved concurrency, on purpose. Only Alexa can invoke the function, for this skill only, so its concurrency
      // is users talking to it: a cap would turn a busy evening into throttled, silent answers, with nothing downstream
      // to protect (the table is on-demand). A reservation would also take from every other function in the account,
      // and cannot be made at all where the account's limit is Lambda's starting 10. SkillAlarms' Throttles alarm says
      // when the account's limit bites.
      timeout,
      role,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: this.table.tableName,
        SKILL_ID: skillId,
      },
    });
    Validations.of(this.handler.node.defaultChild as CfnFunction).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x on purpose: Node 22 is a supported Lambda runtime (LTS until April 2027) and the one the bundle ' +
        'targets (node22). Moving to a newer runtime is a deliberate change, made once the skill is tested on it, ' +
        'not one forced whenever aws-cdk-lib learns of a newer runtime.',
    });

    // The Alexa Skills Kit trigger, for this skill only.
    this.handler.addPermission('AlexaSkillsKit', {
      principal: new ServicePrincipal(ALEXA_SKILLS_KIT_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });
  }
}
