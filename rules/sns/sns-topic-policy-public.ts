import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::SNS::TopicPolicy` with an `Allow` statement for any principal (`Principal: "*"` or
 * `{AWS: "*"}`), or an `Allow` with `NotPrincipal`, that no Condition narrows (`aws:SourceOwner`,
 * `aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`…). A computed Condition, or one with a key
 * the rule does not know, counts as narrowing.
 *
 * ## Why it matters
 * Anyone in any AWS account can publish to the topic (spoofing notifications to every subscriber),
 * subscribe their own endpoint to receive every message, or change and delete the topic.
 *
 * ## Example
 * ```yaml
 * TopicPolicy:
 *   Type: AWS::SNS::TopicPolicy
 *   Properties:
 *     Topics: [!Ref Alerts]
 *     PolicyDocument:
 *       Statement:
 *         - Effect: Allow
 *           Principal: "*"
 *           Action: sns:Publish
 *           Resource: !Ref Alerts
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal:
 *             Service: cloudwatch.amazonaws.com
 *           Action: sns:Publish
 *           Resource: !Ref Alerts
 *           Condition:
 *             StringEquals:
 *               aws:SourceAccount: !Ref AWS::AccountId
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should publish or subscribe.
 *
 * ## References
 * - https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html
 * - https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
 */
export default defineRule({
  meta: {
    id: 'SW5403',
    name: 'sns-topic-policy-public',
    family: 'sns',
    category: 'public-access',
    severity: 'high',
    description: 'SNS topic policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Topic policy {{policy}} lets anyone (Principal "*") perform {{actions}} on its topics{{sid}}',
      notPrincipal: 'Topic policy {{policy}} allows {{actions}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html'],
    equivalents: { cfnNag: ['F18', 'F8'] },
  },
  resource: {
    types: ['AWS::SNS::TopicPolicy'],
    check(ctx) {
      reportPublicPolicies(ctx, { policy: ctx.resource.logicalId });
    },
  },
});
