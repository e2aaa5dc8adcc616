import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::SQS::QueuePolicy` with an `Allow` statement for any principal (`Principal: "*"` or
 * `{AWS: "*"}`), or an `Allow` with `NotPrincipal`, that no Condition narrows (`aws:SourceArn`,
 * `aws:SourceAccount`, `aws:PrincipalOrgID`…). A computed Condition, or one with a key the rule does not
 * know, counts as narrowing.
 *
 * ## Why it matters
 * Anyone in any AWS account can send messages into the queue (injecting work for its consumers), read
 * and delete its messages, or purge it, depending on the actions allowed.
 *
 * ## Example
 * ```yaml
 * QueuePolicy:
 *   Type: AWS::SQS::QueuePolicy
 *   Properties:
 *     Queues: [!Ref Jobs]
 *     PolicyDocument:
 *       Statement:
 *         - Effect: Allow
 *           Principal: "*"
 *           Action: sqs:SendMessage
 *           Resource: !GetAtt Jobs.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal:
 *             Service: sns.amazonaws.com
 *           Action: sqs:SendMessage
 *           Resource: !GetAtt Jobs.Arn
 *           Condition:
 *             ArnEquals:
 *               aws:SourceArn: !Ref Topic
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should send or receive.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous
 */
export default defineRule({
  meta: {
    id: 'SW5402',
    name: 'sqs-queue-policy-public',
    family: 'sqs',
    category: 'public-access',
    severity: 'high',
    description: 'SQS queue policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Queue policy {{policy}} lets anyone (Principal "*") perform {{actions}} on its queues{{sid}}',
      notPrincipal: 'Queue policy {{policy}} allows {{actions}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html'],
    equivalents: { cfnNag: ['F21', 'F7'] },
  },
  resource: {
    types: ['AWS::SQS::QueuePolicy'],
    check(ctx) {
      reportPublicPolicies(ctx, { policy: ctx.resource.logicalId });
    },
  },
});
