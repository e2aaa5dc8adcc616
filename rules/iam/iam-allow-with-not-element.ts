import { type Node, defineRule, isMap } from '../api';
import { where } from '../lib/iam';

/**
 * ## What it does
 * Flags an `Effect: Allow` statement that uses `NotAction`, `NotResource` or `NotPrincipal`, in any
 * policy: identity, trust, resource, boundary, SCP or endpoint policy.
 *
 * ## Why it matters
 * "Allow everything except" grants every action, resource or principal that is not listed, including
 * ones AWS adds later: `Allow NotAction iam:*` is administrator access for everything outside IAM,
 * `Allow NotResource` opens every other resource, and `Allow NotPrincipal` admits every principal in
 * the world except the named ones. These elements are meant for Deny statements.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   NotAction: iam:*
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: [s3:GetObject, sqs:SendMessage]
 *   Resource: "*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: turning the exclusion into an allow list needs the author's intent.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export default defineRule({
  meta: {
    id: 'SW3004',
    name: 'iam-allow-with-not-element',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'medium',
    description: 'Allow statement uses NotAction, NotResource or NotPrincipal',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      notAction: '{{where}} allows every action except the ones listed in NotAction',
      notResource: '{{where}} allows access to every resource except the ones listed in NotResource',
      notPrincipal: '{{where}} allows every principal except the ones listed in NotPrincipal',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
    equivalents: { cfnNag: ['W14', 'W15', 'W16', 'W17', 'W18', 'W19', 'W20', 'W21', 'W22', 'W23', 'F6', 'F7', 'F8', 'F9'], checkov: ['CKV_AWS_63'] },
  },
  policy: {
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow' || !isMap(s.node)) continue;
        for (const [key, messageId] of [['NotAction', 'notAction'], ['NotResource', 'notResource'], ['NotPrincipal', 'notPrincipal']] as const) {
          const keyNode: Node | undefined = s.node.entry(key)?.keyNode;
          if (keyNode) ctx.report({ at: keyNode, messageId, data: { where: where(ctx.policy, s) }, conditions: s.conditions });
        }
      }
    },
  },
});
