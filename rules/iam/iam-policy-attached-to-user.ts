import { defineRule, isSeq } from '../api';

/**
 * ## What it does
 * Flags permissions given directly to IAM users: inline `Policies` and `ManagedPolicyArns` on an
 * `AWS::IAM::User`, `AWS::IAM::Policy` or `AWS::IAM::ManagedPolicy` with `Users`, and
 * `AWS::IAM::UserPolicy`.
 *
 * ## Why it matters
 * Permissions on individual users drift: each user ends up with a slightly different set that nobody
 * reviews, and they stay when the person changes role. Granting through groups (or roles for
 * federated people) keeps access reviewable and revocable in one place.
 *
 * ## Example
 * ```yaml
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     ManagedPolicyArns:
 *       - arn:aws:iam::aws:policy/ReadOnlyAccess
 * ```
 *
 * ## Use instead
 * ```yaml
 * Readers:
 *   Type: AWS::IAM::Group
 *   Properties:
 *     ManagedPolicyArns:
 *       - arn:aws:iam::aws:policy/ReadOnlyAccess
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     Groups: [!Ref Readers]
 * ```
 *
 * ## Fix safety
 * No automatic fix: moving permissions to a group changes who else gets them.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2
 */
export default defineRule({
  meta: {
    id: 'SW3009',
    name: 'iam-policy-attached-to-user',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'low',
    description: 'IAM permissions are attached directly to a user instead of a group',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      inline: 'User {{resource}} has inline policies; grant permissions through a group',
      managed: 'User {{resource}} has managed policies attached directly; attach them to a group',
      policyUsers: '{{resource}} is attached directly to users; attach it to a group',
      userPolicy: 'User policy {{resource}} is attached directly to a user; attach it to a group',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions'],
    equivalents: { cfnNag: ['F10', 'F11', 'F12'], checkov: ['CKV_AWS_40'], securityHub: ['IAM.2'], cis: ['1.15'] },
  },
  resource: {
    types: ['AWS::IAM::User', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::UserPolicy'],
    check(ctx) {
      const r = ctx.resource;
      const data = { resource: r.logicalId };
      if (r.type === 'AWS::IAM::UserPolicy') {
        ctx.report({ at: r.keyNode, messageId: 'userPolicy', data });
        return;
      }
      if (r.type === 'AWS::IAM::User') {
        for (const v of ctx.prop('Policies')) if (!v.missing && v.node && (!isSeq(v.node) || v.node.items.length > 0)) ctx.report({ at: v, messageId: 'inline', data });
        for (const v of ctx.prop('ManagedPolicyArns')) if (!v.missing && v.node && (!isSeq(v.node) || v.node.items.length > 0)) ctx.report({ at: v, messageId: 'managed', data });
        return;
      }
      for (const v of ctx.prop('Users')) if (!v.missing && v.node && (!isSeq(v.node) || v.node.items.length > 0)) ctx.report({ at: v, messageId: 'policyUsers', data });
    },
  },
});
