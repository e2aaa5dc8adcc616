import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Cognito::IdentityPool` with `AllowUnauthenticatedIdentities: true` (also through a
 * parameter Default or one Fn::If branch).
 *
 * ## Why it matters
 * Anyone who knows the identity pool ID (it ships inside your web or mobile app) can obtain temporary
 * AWS credentials for the pool's unauthenticated role without signing in. That is sometimes intended
 * (guest access), but then the unauthenticated role must grant only the little a guest may do; a broad
 * role turns the pool into a public credential vending machine.
 *
 * ## Example
 * ```yaml
 * Identities:
 *   Type: AWS::Cognito::IdentityPool
 *   Properties:
 *     AllowUnauthenticatedIdentities: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Identities:
 *   Type: AWS::Cognito::IdentityPool
 *   Properties:
 *     AllowUnauthenticatedIdentities: false
 *     CognitoIdentityProviders:
 *       - ClientId: !Ref AppClient
 *         ProviderName: !GetAtt UserPool.ProviderName
 * ```
 *
 * ## Fix safety
 * Unsafe: guest users of the app lose access to whatever the unauthenticated role allowed.
 *
 * ## References
 * - https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#authenticated-and-unauthenticated-identities
 * - https://docs.aws.amazon.com/cognito/latest/developerguide/security-best-practices.html
 */
export default defineRule({
  meta: {
    id: 'SW5414',
    name: 'cognito-identity-pool-unauthenticated-access',
    family: 'cognito',
    category: 'public-access',
    severity: 'medium',
    description: 'Cognito identity pool hands out AWS credentials to unauthenticated users',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      guests: 'Cognito identity pool {{pool}} allows unauthenticated identities: anyone with the pool ID gets credentials for its unauthenticated role',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html#authenticated-and-unauthenticated-identities'],
    equivalents: { cfnNag: ['W57'] },
    cdk: 'allowUnauthenticatedIdentities: false',
  },
  resource: {
    types: ['AWS::Cognito::IdentityPool'],
    check(ctx) {
      for (const v of ctx.prop('AllowUnauthenticatedIdentities')) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({
          at: v,
          messageId: 'guests',
          data: { pool: ctx.resource.logicalId },
          fixes: v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set AllowUnauthenticatedIdentities: false', 'unsafe', helpers.setAt(ctx, v, 'AllowUnauthenticatedIdentities', false)),
        });
      }
    },
  },
});
