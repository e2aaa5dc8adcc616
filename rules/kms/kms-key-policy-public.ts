import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::KMS::Key` whose `KeyPolicy` has an `Allow` statement for any principal
 * (`Principal: "*"`, `{AWS: "*"}` or `*` inside a list), or an `Allow` with `NotPrincipal`, that no
 * Condition narrows. The usual narrowing pattern, `kms:CallerAccount` with `kms:ViaService`, and
 * `aws:PrincipalOrgID` / `aws:PrincipalAccount` / `aws:SourceAccount` are accepted; a computed
 * Condition, or one with a key the rule does not know, counts as narrowing.
 *
 * ## Why it matters
 * A key policy is the primary control over a KMS key: with `*` any principal in any AWS account whose
 * own IAM policies allow it can use the key to decrypt your data, or manage and schedule the key for
 * deletion, depending on the actions granted.
 *
 * ## Example
 * ```yaml
 * Key:
 *   Type: AWS::KMS::Key
 *   Properties:
 *     KeyPolicy:
 *       Statement:
 *         - Effect: Allow
 *           Principal:
 *             AWS: "*"
 *           Action: kms:*
 *           Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal:
 *             AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root
 *           Action: kms:*
 *           Resource: "*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should use and administer the key.
 *
 * ## References
 * - https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 * - https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export default defineRule({
  meta: {
    id: 'SW5404',
    name: 'kms-key-policy-public',
    family: 'kms',
    category: 'public-access',
    severity: 'critical',
    description: 'KMS key policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Key policy of KMS key {{key}} lets any principal in any account (Principal "*") perform {{actions}}{{sid}}',
      notPrincipal: 'Key policy of KMS key {{key}} allows {{actions}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html'],
    equivalents: { checkov: ['CKV_AWS_33'], cfnNag: ['F76'] },
  },
  resource: {
    types: ['AWS::KMS::Key'],
    check(ctx) {
      reportPublicPolicies(ctx, { key: ctx.resource.logicalId });
    },
  },
});
