import { type ActionInfo, accessLevel, defineRule, summarize } from '../api';
import { granted, hasCondition, starResource, where } from '../lib/iam';

/** Telemetry writes every workload needs, granted on `*` by AWS's own managed policies (AWSLambdaBasicExecutionRole). */
const TELEMETRY = new Set(['logs:createloggroup', 'logs:createlogstream', 'logs:putlogevents', 'cloudwatch:putmetricdata']);

const restrictableWrite = (a: ActionInfo): boolean => !a.wildcardOnly && !TELEMETRY.has(a.action.toLowerCase()) && (a.accessLevel === 'Write' || a.accessLevel === 'Permissions management');

/**
 * ## What it does
 * Flags an Allow in an identity policy that grants write or permissions-management actions on
 * `Resource: "*"` without a Condition, when those actions support resource-level permissions. Actions
 * are expanded against AWS's service authorization reference (`s3:Put*` is every S3 write); actions
 * that only accept `*` (such as `xray:PutTraceSegments`) are not counted, nor the telemetry writes
 * every workload needs (`logs:CreateLogGroup`, `logs:CreateLogStream`, `logs:PutLogEvents`,
 * `cloudwatch:PutMetricData`, as in AWS's AWSLambdaBasicExecutionRole). `Action: "*"` on `*` is reported by iam-policy-admin-wildcard instead.
 *
 * ## Why it matters
 * Write and permissions-management actions change and delete data and change who can access it.
 * Granting them on every resource means a leaked credential or a bug can damage every bucket, queue
 * or key in the account, not just the one the workload owns.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Action: [s3:PutObject, s3:DeleteObject]
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: [s3:PutObject, s3:DeleteObject]
 *   Resource: !Sub "${Bucket.Arn}/*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: the right resource ARNs depend on the workload.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 * - https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export default defineRule({
  meta: {
    id: 'SW3005',
    name: 'iam-write-on-any-resource',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'medium',
    description: 'IAM policy allows write or permissions-management actions on every resource',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      write: '{{where}} allows {{count}} write action(s) on every resource ({{actions}}); name the resources',
      permissions: '{{where}} allows {{count}} permissions-management action(s) on every resource ({{actions}}); name the resources',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    equivalents: { checkov: ['CKV_AWS_109', 'CKV_AWS_111'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow' || hasCondition(s)) continue;
        const star = starResource(s);
        if (!star) continue;
        if ((s.action ?? []).some((a) => a.value === '*')) continue; // administrator access: SW3001
        const acts = granted(s, restrictableWrite);
        if (!acts || acts.length === 0) continue;
        const at = (s.notAction ?? s.action ?? [])[0]?.node ?? star.node;
        const perms = acts.filter((a) => accessLevel(a) === 'Permissions management');
        // The statement's own branches, plus the branch that makes the resource `*`.
        const conditions = [...s.conditions, ...star.conditions.filter((c) => !s.conditions.some((x) => x.name === c.name))];
        if (perms.length > 0) ctx.report({ at, messageId: 'permissions', data: { where: where(ctx.policy, s), count: perms.length, actions: summarize(perms) }, conditions });
        else ctx.report({ at, messageId: 'write', data: { where: where(ctx.policy, s), count: acts.length, actions: summarize(acts) }, conditions });
      }
    },
  },
});
