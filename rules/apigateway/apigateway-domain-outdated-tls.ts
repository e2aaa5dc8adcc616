import { defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags an API Gateway custom domain name whose security policy accepts TLS 1.0: an
 * `AWS::ApiGateway::DomainName` with `SecurityPolicy: TLS_1_0` or without `SecurityPolicy` (the
 * REST API default for edge-optimized and regional domains is `TLS_1_0`), and an
 * `AWS::ApiGatewayV2::DomainName` configuration with `SecurityPolicy: TLS_1_0`.
 *
 * ## Why it matters
 * TLS 1.0 is deprecated (RFC 8996), has known weaknesses (BEAST, weak CBC suites) and fails PCI DSS.
 * `TLS_1_2` keeps TLS 1.2 and 1.3 and rejects the rest.
 *
 * ## Example
 * ```yaml
 * ApiDomain:
 *   Type: AWS::ApiGateway::DomainName
 *   Properties:
 *     DomainName: api.example.com
 *     RegionalCertificateArn: !Ref Certificate
 *     EndpointConfiguration:
 *       Types: [REGIONAL]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     SecurityPolicy: TLS_1_2
 * ```
 *
 * ## Fix safety
 * Unsafe: clients limited to TLS 1.0/1.1 can no longer call the API through the custom domain.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html
 */
export default defineRule({
  meta: {
    id: 'SW5210',
    name: 'apigateway-domain-outdated-tls',
    family: 'apigateway',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'API Gateway custom domain accepts TLS 1.0',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'API Gateway domain {{domain}} sets no SecurityPolicy: the default TLS_1_0 accepts TLS 1.0',
      tls10: 'API Gateway domain {{domain}} uses SecurityPolicy TLS_1_0: use TLS_1_2',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
    equivalents: { checkov: ['CKV_AWS_206'], cfnNag: ['W62'], trivy: ['AVD-AWS-0005'] },
    cdk: 'securityPolicy: apigateway.SecurityPolicy.TLS_1_2',
  },
  resource: {
    types: ['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName'],
    check(ctx) {
      const domain = ctx.resource.logicalId;
      const v2 = ctx.resource.type === 'AWS::ApiGatewayV2::DomainName';
      const variants = v2 ? ctx.prop('DomainNameConfigurations.*.SecurityPolicy') : ctx.prop('SecurityPolicy');
      for (const v of variants) {
        const fixes = fixable(v) ? helpers.fix('Set SecurityPolicy: TLS_1_2', 'unsafe', helpers.setAt(ctx, v, 'SecurityPolicy', 'TLS_1_2')) : undefined;
        if (v.missing) {
          // HTTP and WebSocket API domains (V2) only support TLS_1_2 when none is given.
          if (!v2) ctx.report({ at: v, messageId: 'missing', data: { domain }, fixes });
          continue;
        }
        if (literal(ctx, v)?.toUpperCase() === 'TLS_1_0') ctx.report({ at: v, messageId: 'tls10', data: { domain }, fixes });
      }
    },
  },
});
