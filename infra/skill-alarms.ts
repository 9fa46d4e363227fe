import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { type CfnTopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** The metric filters' namespace; each region's stack counts its own function's log lines. */
export const LOG_METRICS_NAMESPACE = 'BackCoach';

/**
 * The log lines counted, by their `message` (lambda/services/logger.ts writes one JSON object a line): a request the
 * skill could not answer (lambda/handlers/error.ts), and a user's data it could not delete, whether the user asked
 * or disabled the skill (lambda/handlers/session.ts, lambda/replies/progress.ts, lambda/conversation/turn.ts). The
 * function logs in Lambda's text format (its default), where each line is the logger's JSON after Lambda's prefix; in
 * Lambda's JSON format the skill's line would be a string in Lambda's own `message` field, and no filter would match.
 */
export const LOGGED_FAILURES = {
  FailedRequests: 'request failed',
  FailedDeletions: 'deletion failed',
} as const;

/** p99 duration past this means some users wait most of Alexa's 8 s; the function itself stops at 7. */
export const SLOW_P99 = Duration.seconds(6);

/** The table calls the store makes (infra/skill-backend.ts lets it make exactly these). */
const STORE_OPERATIONS = [Operation.GET_ITEM, Operation.QUERY, Operation.UPDATE_ITEM, Operation.BATCH_WRITE_ITEM];

/** Properties for {@link SkillAlarms}. */
export interface SkillAlarmsProps {
  readonly handler: IFunction;
  readonly table: ITable;
  /** The function's log group, whose JSON lines the metric filters read. */
  readonly logGroup: ILogGroup;
  /**
   * An email address told when an alarm goes off or recovers. AWS sends it a confirmation first; nothing arrives until
   * it is confirmed.
   *
   * @default - no subscription: the alarms still change state, in the console and on the topic
   */
  readonly notificationEmail?: string;
}

/**
 * What someone running the skill needs to hear about, each an alarm on the one topic: the function failing, being
 * throttled or slow, the table throttling or failing, and the skill logging a failed request or a failed deletion.
 * Every alarm looks at 5-minute periods and treats no data as fine: a skill nobody talks to is healthy.
 */
export class SkillAlarms extends Construct {
  /** Where every alarm sends its changes of state; subscribe more endpoints to it as needed. */
  readonly topic: Topic;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const { handler, table, logGroup } = props;
    const period = Duration.minutes(5);

    this.topic = new Topic(this, 'Topic', {
      displayName: 'Back Coach alarms',
      // Publishers must use TLS (AwsSolutions-SNS3).
      enforceSSL: true,
    });
    Validations.of(this.topic.node.defaultChild as CfnTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'The topic carries only alarm state changes (alarm name, metric, threshold), never user data. CloudWatch cannot ' +
        'publish to a topic under the AWS managed SNS key, and a customer managed key would cost each region a key a ' +
        'month to protect nothing: the same trade as the table, which uses the AWS managed key.',
    });
    if (props.notificationEmail) this.topic.addSubscription(new EmailSubscription(props.notificationEmail));

    const loggedFailures = Object.entries(LOGGED_FAILURES).map(([metricName, message]) => {
      new MetricFilter(this, `${metricName}Filter`, {
        logGroup,
        filterPattern: FilterPattern.stringValue('$.message', '=', message),
        metricNamespace: LOG_METRICS_NAMESPACE,
        metricName,
        metricValue: '1',
      });
      return [metricName, new Metric({ namespace: LOG_METRICS_NAMESPACE, metricName, statistic: 'Sum', period })] as const;
    });

    const atLeastOnce = (alarmId: string, metric: IMetric, description: string) =>
      this.alarm(alarmId, metric, 1, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, description);

    this.alarms = [
      atLeastOnce('Errors', handler.metricErrors({ period }), 'The skill function failed (an uncaught error or a timeout).'),
      atLeastOnce('Throttles', handler.metricThrottles({ period }), "Lambda throttled the skill function: users heard nothing. Check the account's concurrency."),
      this.alarm(
        'SlowP99',
        handler.metricDuration({ period, statistic: 'p99' }),
        SLOW_P99.toMilliseconds(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        `The skill function's p99 duration passed ${SLOW_P99.toHumanString()}: close to Alexa's 8 s.`,
      ),
      atLeastOnce(
        'TableThrottles',
        table.metricThrottledRequestsForOperations({ operations: STORE_OPERATIONS, period }),
        'DynamoDB throttled the progress table: progress answers said they could not reach it.',
      ),
      atLeastOnce(
        'TableSystemErrors',
        table.metricSystemErrorsForOperations({ operations: STORE_OPERATIONS, period }),
        'DynamoDB failed requests to the progress table (HTTP 500).',
      ),
      ...loggedFailures.map(([metricName, metric]) =>
        atLeastOnce(
          metricName,
          metric,
          metricName === 'FailedDeletions'
            ? "The skill could not delete a user's data: they asked for it, or disabled the skill. Check the logs and delete it by hand if Alexa gives up retrying."
            : 'The skill logged "request failed": a user heard the error answer. Check the logs.',
        ),
      ),
    ];
  }

  private alarm(id: string, metric: IMetric, threshold: number, comparisonOperator: ComparisonOperator, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    return alarm;
  }
}
