import { type ResourceContext, defineRule, isMap } from '../api';
import { literal } from '../lib/network';

/**
 * ## What it does
 * Flags an API Gateway REST API method (`AWS::ApiGateway::Method`) whose `AuthorizationType` is
 * missing (it defaults to `NONE`) or `NONE`, except `OPTIONS` methods (CORS preflight must be
 * unauthenticated) and methods of a `PRIVATE` REST API defined in the template (reachable only
 * through VPC endpoints). `ApiKeyRequired: true` is reported too, with its own message: API keys
 * identify callers for usage plans and throttling, they are not an authorization mechanism.
 *
 * ## Why it matters
 * Anyone on the internet can call the method and whatever integration sits behind it (a Lambda
 * function, a DynamoDB table through a service integration, an internal HTTP service).
 *
 * ## Example
 * ```yaml
 * GetOrders:
 *   Type: AWS::ApiGateway::Method
 *   Properties:
 *     RestApiId: !Ref Api
 *     ResourceId: !Ref OrdersResource
 *     HttpMethod: GET
 *     AuthorizationType: NONE
 * ```
 *
 * ## Use instead
 * ```yaml
 *     AuthorizationType: COGNITO_USER_POOLS   # or AWS_IAM, or CUSTOM with an AuthorizerId
 *     AuthorizerId: !Ref UserPoolAuthorizer
 * ```
 *
 * ## Fix safety
 * No automatic fix: choosing an authorizer (IAM, Cognito, Lambda) is a design decision and every
 * client must start sending credentials.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html
 */
export default defineRule({
  meta: {
    id: 'SW5312',
    name: 'apigateway-method-without-authorization',
    family: 'apigateway',
    category: 'network-exposure',
    severity: 'medium',
    description: 'API Gateway method can be called without authorization',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'API Gateway method {{method}} ({{verb}}) sets no AuthorizationType (defaults to NONE): anyone can call it',
      none: 'API Gateway method {{method}} ({{verb}}) uses AuthorizationType NONE: anyone can call it',
      apiKeyOnly: 'API Gateway method {{method}} ({{verb}}) is protected only by an API key, which identifies callers but does not authorize them',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'],
    equivalents: { checkov: ['CKV_AWS_59'], cfnNag: ['W59'], trivy: ['AVD-AWS-0004'] },
    cdk: 'authorizationType: apigateway.AuthorizationType.IAM (or an authorizer)',
  },
  resource: {
    types: ['AWS::ApiGateway::Method'],
    check(ctx) {
      const verbs = ctx.prop('HttpMethod').map((v) => literal(ctx, v)?.toUpperCase());
      if (verbs.some((v) => v === 'OPTIONS')) return;
      if (privateApi(ctx)) return;
      const verb = verbs[0] ?? 'computed verb';
      const method = ctx.resource.logicalId;
      const apiKey = ctx.prop('ApiKeyRequired').some((k) => !k.missing && ctx.bool(k) === 'true');
      for (const v of ctx.prop('AuthorizationType')) {
        const missing = v.missing || ctx.value(v) === null;
        if (!missing && literal(ctx, v)?.toUpperCase() !== 'NONE') continue;
        ctx.report({ at: v, messageId: apiKey ? 'apiKeyOnly' : missing ? 'missing' : 'none', data: { method, verb } });
      }
    },
  },
});

/** True when the method's REST API is in the template and its endpoint type is PRIVATE. */
function privateApi(ctx: ResourceContext): boolean {
  const api = ctx.resolveRef(ctx.resource.properties?.get('RestApiId'));
  if (!api || api.type !== 'AWS::ApiGateway::RestApi') return false;
  const types = ctx.lookup(api.properties, 'EndpointConfiguration.Types.*');
  return types.length > 0 && types.every((t) => !t.missing && isMap(t.node) === false && literal(ctx, t)?.toUpperCase() === 'PRIVATE');
}
