import { defineRule } from '../api';
import { where } from '../lib/iam';

/** Services where `service:*` hands over the keys: identity, secrets, encryption, audit, compute. */
export const SENSITIVE_SERVICES: readonly string[] = ['iam', 'sts', 'organizations', 'account', 'sso', 'kms', 'secretsmanager', 'ssm', 's3', 'ec2', 'lambda', 'cloudtrail', 'config', 'guardduty', 'dynamodb', 'rds', 'cloudformation', 'ecr', 'eks', 'backup'];
const SENSITIVE = new Set(SENSITIVE_SERVICES);

/**
 * ## What it does
 * Flags an Allow that grants every action of a sensitive service (`iam:*`, `kms:*`, `s3:*`,
 * `secretsmanager:*`, `ec2:*`, `lambda:*`, `cloudtrail:*` …) in an identity policy. Actions are matched
 * case-insensitively; `IAM:*` counts. `*` alone is reported by iam-policy-admin-wildcard instead.
 *
 * ## Why it matters
 * A service-wide wildcard on these services is administrator access in disguise: `iam:*` can create
 * an admin user, `kms:*` can schedule deletion of every key, `cloudtrail:*` can stop the audit trail,
 * `s3:*` can delete every bucket. It also grants every action AWS adds to the service later.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Action: kms:*
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: [kms:Decrypt, kms:GenerateDataKey]
 *   Resource: !GetAtt DataKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows which actions are needed. IAM Access Analyzer can generate a
 * policy from CloudTrail activity.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html
 */
export default defineRule({
  meta: {
    id: 'SW3003',
    name: 'iam-service-wildcard-on-sensitive-service',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'IAM policy allows every action of a sensitive service (e.g. iam:*, kms:*)',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      serviceWildcard: '{{where}} allows every {{service}} action ({{action}}); name the actions needed',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    equivalents: { checkov: ['CKV_AWS_109', 'CKV_AWS_111'], securityHub: ['IAM.21'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        for (const a of s.action ?? []) {
          if (typeof a.value !== 'string') continue;
          const m = /^([a-z0-9-]+):\*+$/i.exec(a.value.trim());
          if (!m || !SENSITIVE.has(m[1]!.toLowerCase())) continue;
          ctx.report({ at: a.node, messageId: 'serviceWildcard', data: { where: where(ctx.policy, s), service: m[1]!.toLowerCase(), action: a.value }, conditions: a.conditions });
        }
      }
    },
  },
});
