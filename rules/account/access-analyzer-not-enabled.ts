import { defineRule, isMap, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags a scanned region without an active IAM Access Analyzer.
 *
 * ## Why it matters
 * Access Analyzer continuously finds resources shared outside the account or organization — buckets,
 * keys, roles, queues — including shares made by hand that no template shows.
 *
 * ## Example
 * ```yaml
 * AccessAnalyzerUsEast1:
 *   Type: Shieldwall::AccessAnalyzer::RegionStatus
 *   Properties:
 *     Region: us-east-1
 *     Analyzers: []
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Analyzers:
 *       - Name: account-analyzer
 *         Type: ACCOUNT
 *         Status: ACTIVE
 * ```
 *
 * ## Fix safety
 * No automatic fix: create an analyzer with `aws accessanalyzer create-analyzer`.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html
 */
export default defineRule({
  meta: {
    id: 'SW6011',
    name: 'access-analyzer-not-enabled',
    family: 'account',
    category: 'iam-least-privilege',
    severity: 'low',
    description: 'IAM Access Analyzer is not enabled in a region',
    appliesTo: ['account'],
    messages: { off: 'IAM Access Analyzer is not active in {{region}}: external sharing there is not detected' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html'],
    equivalents: { securityHub: ['IAM.28'], cis: ['1.20'] },
  },
  resource: {
    types: ['Shieldwall::AccessAnalyzer::RegionStatus'],
    check(ctx) {
      const region = str(ctx.resource.properties?.get('Region')) ?? '?';
      const analyzers = ctx.prop('Analyzers.*').filter((a) => !a.missing && isMap(a.node));
      if (analyzers.some((a) => ctx.value(ctx.lookup(a.node, 'Status')[0]) !== 'DISABLED' && ctx.value(ctx.lookup(a.node, 'Status')[0]) !== 'FAILED')) return;
      ctx.report({ at: ctx.resource.keyNode, messageId: 'off', data: { region } });
    },
  },
});
