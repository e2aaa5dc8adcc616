import { type ConditionEntry, defineRule } from '../api';
import { oidcEntries, statementPrincipals, where } from '../lib/iam';

const GITHUB = 'token.actions.githubusercontent.com';

/** Web-identity providers whose tokens are pinned by `aud` (an app id) rather than by `sub`. */
const AUD_PROVIDERS = new Set(['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com']);

/**
 * ## What it does
 * Flags a role trust policy that lets a web identity (OIDC) provider assume the role
 * (`sts:AssumeRoleWithWebIdentity`) without pinning who: for GitHub Actions
 * (`token.actions.githubusercontent.com`) and other OIDC providers (EKS, GitLab, Terraform Cloud…) a
 * condition on the `sub` claim, and no `sub` value that admits any repository (`*`, `repo:*`, or an owner
 * wildcard); for Cognito identity pools, Google, Facebook and Login with Amazon a condition on `aud`.
 *
 * ## Why it matters
 * Every GitHub repository in the world can get a token from `token.actions.githubusercontent.com`. A
 * trust policy that checks only `aud` (always `sts.amazonaws.com`) or allows `repo:*` lets any of them
 * assume the role from a workflow. The same holds for any OIDC provider without a subject condition.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Principal:
 *     Federated: !Sub arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
 *   Action: sts:AssumeRoleWithWebIdentity
 *   Condition:
 *     StringEquals:
 *       token.actions.githubusercontent.com:aud: sts.amazonaws.com
 * ```
 *
 * ## Use instead
 * ```yaml
 *   Condition:
 *     StringEquals:
 *       token.actions.githubusercontent.com:aud: sts.amazonaws.com
 *     StringLike:
 *       token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main
 * ```
 *
 * ## Fix safety
 * No automatic fix: the repository and branch must come from the author.
 *
 * ## References
 * - https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
 */
export default defineRule({
  meta: {
    id: 'SW3022',
    name: 'iam-oidc-trust-without-subject',
    family: 'iam',
    category: 'public-access',
    severity: 'critical',
    description: 'Role trusts an OIDC provider (e.g. GitHub Actions) without restricting the token subject',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      noSub: '{{where}} lets any identity of {{provider}} assume the role: add a condition on {{provider}}:sub',
      wildSub: '{{where}} admits {{value}} as {{provider}}:sub, which matches any repository: name the repository',
      noAud: '{{where}} lets any application of {{provider}} assume the role: add a condition on {{provider}}:aud',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html'],
    equivalents: {},
  },
  policy: {
    kinds: ['trust'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        for (const p of statementPrincipals(s, ctx.env)) {
          if (p.cls.kind !== 'oidc') continue;
          const provider = p.cls.provider;
          if (provider.includes('${')) continue;
          const data = { where: where(ctx.policy, s), provider };
          if (AUD_PROVIDERS.has(provider.toLowerCase())) {
            if (!usable(oidcEntries(s, ctx.env, provider, 'aud'))) ctx.report({ at: p.value.node, messageId: 'noAud', data, conditions: p.value.conditions });
            continue;
          }
          const subs = oidcEntries(s, ctx.env, provider, 'sub');
          if (!usable(subs)) {
            ctx.report({ at: p.value.node, messageId: 'noSub', data, conditions: p.value.conditions });
            continue;
          }
          for (const e of subs) {
            if (/^String(Not)/.test(e.base)) continue;
            const wild = e.values.find((v) => anySubject(v, provider));
            if (wild !== undefined) ctx.report({ at: e.node, messageId: 'wildSub', data: { ...data, value: JSON.stringify(wild) }, conditions: s.conditions });
          }
        }
      }
    },
  },
});

/** A positive (Equals/Like) condition on the claim; IfExists forms do not count (the claim may be absent). */
function usable(entries: ConditionEntry[]): boolean {
  return entries.some((e) => /^String(Equals|Like)(IgnoreCase)?$/.test(e.base) && !e.ifExists && (e.values.length > 0 || e.unknownValues));
}

/** A subject pattern that admits every repository (GitHub) or every subject (others). */
function anySubject(v: string, provider: string): boolean {
  if (/^\*+$/.test(v)) return true;
  if (provider.toLowerCase() === GITHUB) return /^repo:\*/.test(v) || /^\*/.test(v) || /^repo:[^/:]*\*[^/:]*\//.test(v);
  return false;
}
