import { defineRule } from '../api';
import { mentions } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an `AWS::WAFv2::WebACL` for which the template defines no `AWS::WAFv2::LoggingConfiguration`
 * whose `ResourceArn` refers to it.
 *
 * ## Why it matters
 * WAF logs record every inspected request and which rule allowed, counted or blocked it. Without them
 * you cannot tune false positives, prove an attack was blocked, or see what slipped through a rule
 * left in count mode; the sampled requests in the console cover only three hours.
 *
 * ## Example
 * ```yaml
 * WebAcl:
 *   Type: AWS::WAFv2::WebACL
 *   Properties:
 *     Scope: REGIONAL
 *     DefaultAction: { Allow: {} }
 * ```
 *
 * ## Use instead
 * ```yaml
 * WebAclLogging:
 *   Type: AWS::WAFv2::LoggingConfiguration
 *   Properties:
 *     ResourceArn: !GetAtt WebAcl.Arn
 *     LogDestinationConfigs:
 *       - !Sub arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:aws-waf-logs-app
 * ```
 *
 * ## Fix safety
 * No automatic fix: WAF logs need a destination whose name starts with `aws-waf-logs-`.
 *
 * ## References
 * - https://docs.aws.amazon.com/waf/latest/developerguide/logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-loggingconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5621',
    name: 'wafv2-web-acl-logging-missing',
    family: 'waf',
    category: 'logging',
    severity: 'low',
    description: 'AWS WAF web ACL has no logging configuration in the template',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'Web ACL {{acl}} has no AWS::WAFv2::LoggingConfiguration: inspected and blocked requests are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/logging.html'],
    equivalents: { checkov: ['CKV2_AWS_31'], guard: ['WAFV2_LOGGING_ENABLED'], securityHub: ['WAF.11'] },
    cdk: "new wafv2.CfnLoggingConfiguration(this, 'WafLogs', { resourceArn: acl.attrArn, logDestinationConfigs: [logGroupArn] })",
  },
  resource: {
    types: ['AWS::WAFv2::WebACL'],
    check(ctx) {
      const acl = ctx.resource;
      const logged = ctx.referrers(acl, 'AWS::WAFv2::LoggingConfiguration').some((l) => ctx.lookup(l.properties, 'ResourceArn').some((v) => !v.missing && mentions(ctx, v.node, acl)));
      if (!logged) ctx.report({ at: acl.keyNode, messageId: 'missing', data: { acl: acl.logicalId } });
    },
  },
});
