import { type Node, type ResourceContext, type Variant, defineRule, helpers } from '../api';
import { safeFix, within } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags API Gateway REST API caching that is enabled without `CacheDataEncrypted: true`: in the
 * `MethodSettings` of an `AWS::ApiGateway::Stage`, and in the `StageDescription` (and its
 * `MethodSettings`) of an `AWS::ApiGateway::Deployment`.
 *
 * ## Why it matters
 * The stage cache stores whole API responses, often personal data or tokens, for up to an hour. Cache
 * encryption is off unless requested. Settings without caching are not reported.
 *
 * ## Example
 * ```yaml
 * Prod:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     CacheClusterEnabled: true
 *     MethodSettings:
 *       - ResourcePath: /*
 *         HttpMethod: '*'
 *         CachingEnabled: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Prod:
 *   Type: AWS::ApiGateway::Stage
 *   Properties:
 *     RestApiId: !Ref Api
 *     DeploymentId: !Ref Deployment
 *     CacheClusterEnabled: true
 *     MethodSettings:
 *       - ResourcePath: /*
 *         HttpMethod: '*'
 *         CachingEnabled: true
 *         CacheDataEncrypted: true
 * ```
 *
 * ## Fix safety
 * Safe: turning on cache encryption is an in-place stage update; at worst cached entries are rebuilt.
 *
 * ## References
 * - https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html
 */
export default defineRule({
  meta: {
    id: 'SW5023',
    name: 'apigateway-cache-unencrypted',
    family: 'apigateway',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'API Gateway response cache is enabled without encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      unencrypted: 'API Gateway {{what}} {{resource}} enables caching without CacheDataEncrypted: cached responses are stored unencrypted',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    equivalents: { checkov: ['CKV_AWS_120'], cfnNag: ['W87'], guard: ['API_GW_CACHE_ENABLED_AND_ENCRYPTED'], trivy: ['AVD-AWS-0002'], securityHub: ['APIGateway.5'] },
    cdk: 'deployOptions: { cachingEnabled: true, cacheDataEncrypted: true }',
  },
  resource: {
    types: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment'],
    check(ctx) {
      const isStage = ctx.resource.type === 'AWS::ApiGateway::Stage';
      const data = { what: isStage ? 'stage' : 'deployment', resource: ctx.resource.logicalId };
      const settings: Variant[] = isStage ? ctx.prop('MethodSettings.*') : [...ctx.prop('StageDescription'), ...ctx.prop('StageDescription.MethodSettings.*')];
      for (const s of settings) if (!s.missing) checkSetting(ctx, s.node, data, s);
    },
  },
});

/** Reports a settings map whose CachingEnabled is true and CacheDataEncrypted is not. */
function checkSetting(ctx: ResourceContext, node: Node | undefined, data: Record<string, string>, parent: Variant): void {
  const caching = ctx.lookup(node, 'CachingEnabled');
  if (!caching.some((c) => ctx.bool(c) === 'true')) return;
  for (const e of ctx.lookup(node, 'CacheDataEncrypted')) {
    if (!e.missing && ctx.bool(e) !== 'false') continue;
    const v = within(e, parent.conditions, parent.viaParameter);
    ctx.report({ at: e, messageId: 'unencrypted', data, conditions: parent.conditions, fixes: safeFix(v, 'Set CacheDataEncrypted: true', helpers.setAt(ctx, e, 'CacheDataEncrypted', true)) });
  }
}
