import { defineRule, str } from '../api';
import { mentions } from '../lib/logging-resilience';

const ASSOCIATIONS = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];

/**
 * ## What it does
 * Flags an internet-facing Application Load Balancer for which the template defines no
 * `AWS::WAFv2::WebACLAssociation` (or classic `AWS::WAFRegional::WebACLAssociation`) whose
 * `ResourceArn` refers to it. Internal load balancers (`Scheme: internal`) and Network or Gateway
 * Load Balancers, which WAF cannot protect, are skipped.
 *
 * ## Why it matters
 * An internet-facing ALB receives scanners, exploit attempts and bots directly. A web ACL filters
 * SQL injection, known bad inputs and request floods before they reach the targets, and rate-based
 * rules slow down credential stuffing.
 *
 * ## Example
 * ```yaml
 * Alb:
 *   Type: AWS::ElasticLoadBalancingV2::LoadBalancer
 *   Properties:
 *     Scheme: internet-facing
 *     Subnets: [!Ref PublicA, !Ref PublicB]
 * ```
 *
 * ## Use instead
 * ```yaml
 * AlbWaf:
 *   Type: AWS::WAFv2::WebACLAssociation
 *   Properties:
 *     ResourceArn: !Ref Alb
 *     WebACLArn: !GetAtt RegionalWebAcl.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a web ACL and its rules have to be designed for the application.
 *
 * ## References
 * - https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webaclassociation.html
 */
export default defineRule({
  meta: {
    id: 'SW5713',
    name: 'alb-without-waf',
    family: 'waf',
    category: 'resilience',
    severity: 'low',
    description: 'Internet-facing Application Load Balancer has no AWS WAF web ACL in the template',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'Internet-facing Application Load Balancer {{lb}} has no WebACLAssociation: requests reach the targets without WAF inspection',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html'],
    equivalents: { checkov: ['CKV2_AWS_28'], guard: ['ALB_WAF_ENABLED'], securityHub: ['ELB.16'] },
    cdk: "new wafv2.CfnWebACLAssociation(this, 'AlbWaf', { resourceArn: alb.loadBalancerArn, webAclArn: acl.attrArn })",
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    check(ctx) {
      const lb = ctx.resource;
      const type = lb.properties?.get('Type');
      if (type && str(type) !== 'application') return;
      const associated = ctx.referrers(lb, ...ASSOCIATIONS).some((a) => ctx.lookup(a.properties, 'ResourceArn').some((v) => !v.missing && mentions(ctx, v.node, lb)));
      if (associated) return;
      for (const scheme of ctx.prop('Scheme')) {
        // Missing means internet-facing (the default); internal and computed schemes are left alone.
        if (!scheme.missing && ctx.value(scheme) !== 'internet-facing') continue;
        ctx.report({ at: lb.keyNode, messageId: 'missing', data: { lb: lb.logicalId }, conditions: scheme.conditions });
        break;
      }
    },
  },
});
