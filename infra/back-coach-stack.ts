import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, CfnOutput, DockerImage, SecretValue, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import type { AlexaRegion } from './regions';
import { SkillAlarms } from './skill-alarms';
import { ALEXA_SKILLS_KIT_PRINCIPAL, SkillBackend } from './skill-backend';

/** The ASK CLI skill package at the repository root: skill.json and interactionModels/. */
export const SKILL_PACKAGE_DIR = fileURLToPath(new URL('../skill-package', import.meta.url));

/** Properties for {@link AlexaSkill}. */
export interface AlexaSkillProps {
  /** Your Alexa developer vendor id (developer console: Settings, Customer Details). */
  readonly vendorId: string;

  /**
   * Name of the Secrets Manager secret holding the Login with Amazon credentials CloudFormation calls the
   * Alexa Skill Management API with: a JSON object with `clientId`, `clientSecret` and `refreshToken`.
   */
  readonly lwaSecretName: string;

  /**
   * The function to set as the skill's endpoint. It must already let this skill invoke it: Alexa checks the trigger
   * when the skill is saved.
   *
   * @default - no endpoint: the skill is created without one
   */
  readonly endpoint?: IFunction;

  /**
   * The function that serves each Alexa region, by ARN; `endpoint` serves any region not named here. Each is checked
   * by Alexa like `endpoint`, so each must already let this skill invoke it.
   *
   * @default - `endpoint` serves every region
   */
  readonly regionalEndpoints?: Partial<Record<AlexaRegion, string>>;

  /**
   * The skill package directory, in ASK CLI layout.
   *
   * @default the repository's skill-package/
   */
  readonly skillPackageDir?: string;
}

/**
 * The skill itself (`Alexa::ASK::Skill`), created from the skill package, with the endpoint set on top of skill.json.
 * The Login with Amazon credentials are read from Secrets Manager by CloudFormation; they never enter the template.
 */
export class AlexaSkill extends Construct {
  /** The skill id, known once CloudFormation has created the skill. */
  readonly skillId: string;

  /** The `Alexa::ASK::Skill` resource. */
  readonly resource: CfnSkill;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    const packageDir = props.skillPackageDir ?? SKILL_PACKAGE_DIR;

    const skillJson = readSkillJson(packageDir);
    // The uploaded package carries no endpoints: the ones in skill.json are placeholders for the ASK CLI way, and
    // Alexa would reject them. The real endpoint comes in through overrides, or, before there is a backend, none at all.
    const skillPackage = new Asset(this, 'Package', {
      path: packageDir,
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never pulled: the local step below always succeeds.
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/busybox'),
        local: {
          tryBundle(outputDir) {
            cpSync(packageDir, outputDir, { recursive: true });
            writeFileSync(join(outputDir, 'skill.json'), `${JSON.stringify(withoutEndpoints(skillJson), null, 2)}\n`);
            return true;
          },
        },
      },
    });
    // Alexa fetches the package with this role: the one object, nothing else in the assets bucket.
    const packageReader = new Role(this, 'PackageReader', {
      assumedBy: new ServicePrincipal(ALEXA_SKILLS_KIT_PRINCIPAL),
      description: 'Lets Alexa read the Back Coach skill package while CloudFormation creates or updates the skill.',
    });
    packageReader.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)] }),
    );

    const credential = (field: 'clientId' | 'clientSecret' | 'refreshToken') =>
      // A dynamic reference ({{resolve:secretsmanager:…}}) that CloudFormation resolves at deploy time.
      SecretValue.secretsManager(props.lwaSecretName, { jsonField: field }).unsafeUnwrap();

    this.resource = new CfnSkill(this, 'Resource', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: credential('clientId'),
        clientSecret: credential('clientSecret'),
        refreshToken: credential('refreshToken'),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        ...(props.endpoint && { overrides: { manifest: endpointOverrides(skillJson.manifest, props.endpoint.functionArn, props.regionalEndpoints) } }),
      },
    });
    // Alexa reads the package (role and its policy in place) and checks the endpoint's trigger when the skill is saved.
    this.resource.node.addDependency(packageReader);
    if (props.endpoint) this.resource.node.addDependency(props.endpoint);
    this.skillId = this.resource.ref;
  }
}

interface SkillJson {
  manifest: { apis: { custom: Record<string, unknown> }; events?: Record<string, unknown> } & Record<string, unknown>;
}

function readSkillJson(packageDir: string): SkillJson {
  return JSON.parse(readFileSync(join(packageDir, 'skill.json'), 'utf8')) as SkillJson;
}

/** skill.json with no custom endpoints (default or regional) and no events (which need an endpoint). */
function withoutEndpoints(skillJson: SkillJson): SkillJson {
  const { events: _events, ...manifest } = skillJson.manifest;
  const { endpoint: _endpoint, regions: _regions, ...custom } = manifest.apis.custom;
  return { ...skillJson, manifest: { ...manifest, apis: { ...manifest.apis, custom } } };
}

/**
 * What the package left out, pointed at the functions: the default endpoint and one per region given, for requests
 * and, if skill.json has any, for events. skill.json's own regional endpoints are placeholders and are not kept.
 */
function endpointOverrides(manifest: SkillJson['manifest'], functionArn: string, regional: Partial<Record<AlexaRegion, string>> = {}): Record<string, unknown> {
  const regions = Object.fromEntries(Object.entries(regional).map(([region, arn]) => [region, { endpoint: { uri: arn } }]));
  const endpoints = { endpoint: { uri: functionArn }, ...(Object.keys(regions).length > 0 && { regions }) };
  const { regions: _regions, ...custom } = manifest.apis.custom;
  const { regions: _eventRegions, ...events } = manifest.events ?? {};
  return {
    apis: { ...manifest.apis, custom: { ...custom, ...endpoints } },
    ...(manifest.events !== undefined && { events: { ...events, ...endpoints } }),
  };
}

/** Properties for {@link BackCoachStack}. */
export interface BackCoachStackProps extends StackProps {
  /**
   * The skill the backend serves. Without it there is no backend: a function any skill could invoke is never deployed.
   *
   * @default - no backend; allowed only with `alexaSkill`, to create the skill and learn its id (the first of two deploys)
   */
  readonly skillId?: string;

  /**
   * Memory for the function, in MB.
   *
   * @default 1769 - SkillBackend's default: one full vCPU, chosen by measurement (bench/RESULTS.md)
   */
  readonly memorySize?: number;

  /**
   * The function's name (see SkillBackendProps.functionName).
   *
   * @default - a name CloudFormation generates
   */
  readonly functionName?: string;

  /**
   * Create the skill itself with CloudFormation.
   *
   * Alexa checks the function's trigger (which names the skill id) whenever the skill is saved with that endpoint,
   * and the id exists only once the skill does, so this takes two deploys: without `skillId`, the skill is created
   * with no endpoint and its id is an output; with that id as `skillId`, the backend is added and the skill pointed at it.
   *
   * @default - the skill is managed outside CloudFormation (ASK CLI or developer console)
   */
  readonly alexaSkill?: Omit<AlexaSkillProps, 'endpoint'>;

  /**
   * An email address the backend's alarms notify (see SkillAlarms).
   *
   * @default - no subscription: the alarms and their topic exist, and notify nobody until subscribed
   */
  readonly alarmEmail?: string;
}

/** Back Coach: the skill's backend and, optionally, the skill itself. */
export class BackCoachStack extends Stack {
  readonly backend?: SkillBackend;
  readonly alarms?: SkillAlarms;
  readonly skill?: AlexaSkill;

  constructor(scope: Construct, id: string, props: BackCoachStackProps) {
    super(scope, id, props);
    if (props.skillId === undefined && props.alexaSkill === undefined) {
      throw new Error('BackCoachStack needs a skillId (or alexaSkill, to create the skill first).');
    }

    if (props.skillId !== undefined) {
      this.backend = new SkillBackend(this, 'Backend', { skillId: props.skillId, memorySize: props.memorySize, functionName: props.functionName });
      const { handler, table, logGroup } = this.backend;
      this.alarms = new SkillAlarms(this, 'Alarms', { handler, table, logGroup, notificationEmail: props.alarmEmail });
      new CfnOutput(this, 'AlarmTopicArn', {
        description: 'Where the alarms notify: subscribe to it (or deploy with -c alarmEmail=you@example.com)',
        value: this.alarms.topic.topicArn,
      });
      new CfnOutput(this, 'SkillFunctionArn', {
        description: "The skill's endpoint (skill.json apis.custom.endpoint.uri and events.endpoint.uri): npm run skill:endpoint -- <this ARN>",
        value: this.backend.handler.functionArn,
      });
      new CfnOutput(this, 'ProgressTableName', {
        description: 'The progress table (retained when the stack is deleted)',
        value: this.backend.table.tableName,
      });
    }

    if (props.alexaSkill !== undefined) {
      this.skill = new AlexaSkill(this, 'Skill', { ...props.alexaSkill, endpoint: this.backend?.handler });
      new CfnOutput(this, 'SkillId', {
        description: props.skillId === undefined ? 'Deploy again with -c skillId=<this id> to add the backend' : 'The skill id',
        value: this.skill.skillId,
      });
    }
  }
}
