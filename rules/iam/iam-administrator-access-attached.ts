import { type Node, defineRule, isMap, isScalar, isSeq, str } from '../api';

/**
 * ## What it does
 * Flags a role, user or group whose `ManagedPolicyArns` attach the AWS managed
 * `AdministratorAccess` policy, written literally or with `!Sub arn:${AWS::Partition}:…`.
 *
 * ## Why it matters
 * AdministratorAccess is `*` on `*`: whoever assumes the role or holds the user's credentials owns the
 * account. Workload roles almost never need it, and people who do should get it through a role that
 * requires MFA.
 *
 * ## Example
 * ```yaml
 * DeployRole:
 *   Type: AWS::IAM::Role
 *   Properties:
 *     ManagedPolicyArns:
 *       - arn:aws:iam::aws:policy/AdministratorAccess
 * ```
 *
 * ## Use instead
 * ```yaml
 *     ManagedPolicyArns:
 *       - !Ref DeployPolicy   # only the actions the deployment needs
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows which permissions are needed.
 *
 * ## References
 * - https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 */
export default defineRule({
  meta: {
    id: 'SW3010',
    name: 'iam-administrator-access-attached',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'The AdministratorAccess managed policy is attached to a role, user or group',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      admin: '{{kind}} {{resource}} has AdministratorAccess attached: full control of the account',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html'],
    equivalents: { cfnNag: ['W43'], checkov: ['CKV_AWS_274'] },
  },
  resource: {
    types: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
    check(ctx) {
      const kind = ctx.resource.type!.slice('AWS::IAM::'.length);
      for (const v of ctx.prop('ManagedPolicyArns.*')) {
        if (v.missing || !v.node) continue;
        if (isAdmin(v.node, ctx.value(v))) ctx.report({ at: v, messageId: 'admin', data: { kind, resource: ctx.resource.logicalId } });
      }
    },
  },
});

const ADMIN = /^arn:(aws|aws-cn|aws-us-gov|\$\{AWS::Partition\}):iam::aws:policy\/AdministratorAccess$/;

function isAdmin(node: Node, value: unknown): boolean {
  if (typeof value === 'string') return ADMIN.test(value);
  if (isScalar(node)) return false;
  if (isMap(node) && node.intrinsic === 'Fn::Sub') {
    const arg = node.entries[0]!.value;
    const t = isSeq(arg) ? str(arg.items[0]) : str(arg);
    return t !== undefined && ADMIN.test(t);
  }
  if (isMap(node) && node.intrinsic === 'Fn::Join') {
    const arg = node.entries[0]!.value;
    if (!isSeq(arg) || !isSeq(arg.items[1])) return false;
    const parts = arg.items[1].items.map((i) => (isMap(i) && i.intrinsic === 'Ref' ? `\${${str(i.entries[0]!.value) ?? ''}}` : (str(i) ?? '?')));
    return ADMIN.test(parts.join(str(arg.items[0]) ?? ''));
  }
  return false;
}
