import { type PolicyValue, defineRule, expandActionPattern, helpers, isKnownService, nearestAction } from '../api';
import { editable } from '../lib/iam';

const LEGACY_ACTIONS = new Set(['sns:receive']);

/**
 * ## What it does
 * Flags an `Action` or `NotAction` value that names no real IAM action: a likely typo such as
 * `s3:GetObjects`, a wrong service prefix (`lambada:InvokeFunction`) or a wildcard that matches
 * nothing (`s3:Gett*`). The message names the nearest real action from AWS's service authorization
 * reference; matching is case-insensitive, as in IAM.
 *
 * ## Why it matters
 * IAM accepts unknown actions silently. In an Allow the permission simply never works; in a Deny or a
 * `NotAction` the typo is a hole: `Deny s3:DeleteObjects` denies nothing, and `NotAction` with a typo
 * excludes nothing, so the statement grants more than intended.
 *
 * ## Example
 * ```yaml
 * - Effect: Deny
 *   Action: s3:DeleteObjects
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Deny
 *   Action: s3:DeleteObject
 *   Resource: "*"
 * ```
 *
 * ## Fix safety
 * Safe when the nearest action is unambiguous (one closest candidate): the fix replaces the value with
 * it. No fix is offered when two actions are equally close or nothing is close.
 *
 * ## References
 * - https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export default defineRule({
  meta: {
    id: 'SW3002',
    name: 'iam-unknown-action',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'medium',
    description: 'IAM policy names an action that does not exist (likely a typo)',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      typo: '{{action}} is not an IAM action; did you mean {{nearest}}?',
      unknown: '{{action}} is not an IAM action and nothing close exists',
      unknownService: '{{action}}: {{service}} is not an IAM service prefix',
      noMatch: '{{action}} matches no IAM action',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
    equivalents: {},
  },
  policy: {
    check(ctx) {
      for (const s of ctx.policy.statements) {
        for (const v of [...(s.action ?? []), ...(s.notAction ?? [])]) check(v);
      }
      function check(v: PolicyValue): void {
        if (typeof v.value !== 'string') return;
        const action = v.value.trim();
        if (action === '*' || action.includes('${')) return;
        const colon = action.indexOf(':');
        if (colon <= 0) return; // malformed: IAM itself rejects the policy
        const service = action.slice(0, colon);
        if (/[*?]/.test(action)) {
          if (/[*?]/.test(service)) return;
          if (!isKnownService(service)) {
            ctx.report({ at: v.node, messageId: 'unknownService', data: { action, service }, conditions: v.conditions });
            return;
          }
          if (expandActionPattern(action).length === 0) ctx.report({ at: v.node, messageId: 'noMatch', data: { action }, conditions: v.conditions });
          return;
        }
        // Accepted by IAM but absent from the service authorization reference (legacy names still seen
        // in AWS's own default policies).
        if (LEGACY_ACTIONS.has(action.toLowerCase())) return;
        let nearest = nearestAction(action);
        if (nearest && nearest.toLowerCase() === action.toLowerCase()) return;
        // A suggestion from another service is misleading when the named service exists, unless it is the
        // same action name (iam:AssumeRole → sts:AssumeRole).
        if (nearest && isKnownService(service)) {
          const [ns, nn] = [nearest.slice(0, nearest.indexOf(':')), nearest.slice(nearest.indexOf(':') + 1)];
          if (ns.toLowerCase() !== service.toLowerCase() && nn.toLowerCase() !== action.slice(colon + 1).toLowerCase()) nearest = undefined;
        }
        if (!nearest) {
          ctx.report({ at: v.node, messageId: isKnownService(service) ? 'unknown' : 'unknownService', data: { action, service }, conditions: v.conditions });
          return;
        }
        const fixable = editable(v.node, v.conditions) && v.node.kind === 'scalar';
        ctx.report({
          at: v.node,
          messageId: 'typo',
          data: { action, nearest },
          conditions: v.conditions,
          fixes: fixable ? helpers.fix(`Replace with ${nearest}`, 'safe', { op: 'replace', target: v.node, value: nearest }) : undefined,
        });
      }
    },
  },
});
