import { type Fix, type Json, type ResourceContext, defineRule, helpers, isSeq } from '../api';
import { fixable, literal } from '../lib/network';

const REQUIRE_SSL: Json = { ParameterName: 'require_ssl', ParameterValue: 'true' };

/**
 * ## What it does
 * Flags Amazon Redshift configurations that accept unencrypted client connections:
 * - an `AWS::Redshift::ClusterParameterGroup` whose `require_ssl` parameter is not `true`, or that
 *   does not set `require_ssl` at all (it defaults to false);
 * - an `AWS::Redshift::Cluster` without `ClusterParameterGroupName`, or naming a `default.redshift-*`
 *   group: the default parameter group has `require_ssl` false and cannot be changed.
 *
 * A cluster whose parameter group is defined in the template is judged through that group; a group
 * named by a parameter or created elsewhere is not reported, since the template cannot show it.
 *
 * ## Why it matters
 * Without `require_ssl`, SQL clients may connect in clear text: queries, result sets and the
 * database password cross the network unencrypted.
 *
 * ## Example
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: single-node
 *     NodeType: ra3.xlplus
 *     DBName: analytics
 * ```
 *
 * ## Use instead
 * ```yaml
 * WarehouseParameters:
 *   Type: AWS::Redshift::ClusterParameterGroup
 *   Properties:
 *     Description: Require SSL
 *     ParameterGroupFamily: redshift-1.0
 *     Parameters:
 *       - ParameterName: require_ssl
 *         ParameterValue: 'true'
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterParameterGroupName: !Ref WarehouseParameters
 * ```
 *
 * ## Fix safety
 * Unsafe: clients that connect without SSL are refused once the cluster reboots with the new value.
 * For a cluster on the default group the fix adds a new parameter group that only sets
 * `require_ssl`, and points the cluster at it.
 *
 * ## References
 * - https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clusterparametergroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5212',
    name: 'redshift-ssl-not-required',
    family: 'redshift',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'Redshift cluster or parameter group does not require SSL connections',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      groupOff: 'Redshift parameter group {{group}} sets require_ssl to {{value}}: clients may connect unencrypted',
      groupMissing: 'Redshift parameter group {{group}} does not set require_ssl (defaults to false)',
      defaultGroup: 'Redshift cluster {{cluster}} uses the default parameter group, where require_ssl is false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html'],
    equivalents: { checkov: ['CKV_AWS_105'], securityHub: ['Redshift.2'], guard: ['REDSHIFT_REQUIRE_TLS_SSL'] },
  },
  resource: {
    types: ['AWS::Redshift::ClusterParameterGroup', 'AWS::Redshift::Cluster'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::Redshift::ClusterParameterGroup') checkGroup(ctx);
      else checkCluster(ctx);
    },
  },
});

function checkGroup(ctx: ResourceContext): void {
  const group = ctx.resource.logicalId;
  for (const params of ctx.prop('Parameters')) {
    if (params.missing) {
      const simple = fixable(params) && !ctx.resource.properties?.has('Parameters');
      ctx.report({ at: params, messageId: 'groupMissing', data: { group }, fixes: simple ? helpers.fix('Add require_ssl = true', 'unsafe', helpers.setProperty(ctx.resource, 'Parameters', [REQUIRE_SSL])) : undefined });
      continue;
    }
    let found = false;
    let unknownName = false;
    for (const item of ctx.lookup(params.node, '*')) {
      if (item.missing || !item.node || item.node === params.node) {
        unknownName = true; // a computed list
        continue;
      }
      const name = literal(ctx, ctx.lookup(item.node, 'ParameterName')[0]);
      if (name === undefined) unknownName = true;
      if (name !== 'require_ssl') continue;
      found = true;
      for (const v of ctx.lookup(item.node, 'ParameterValue')) {
        const value = literal(ctx, v);
        if (value === undefined || value.toLowerCase() === 'true') continue;
        ctx.report({ at: v, messageId: 'groupOff', data: { group, value }, fixes: fixable(v) && fixable(item) ? helpers.fix("Set require_ssl to 'true'", 'unsafe', helpers.setAt(ctx, v, 'ParameterValue', 'true')) : undefined });
      }
    }
    if (found || unknownName) continue;
    const list = params.node;
    ctx.report({
      at: params,
      messageId: 'groupMissing',
      data: { group },
      fixes: isSeq(list) && list.items.length > 0 && fixable(params) ? [{ title: 'Add require_ssl = true', safety: 'unsafe', edits: [{ op: 'append', target: list, value: REQUIRE_SSL }] }] : undefined,
    });
  }
}

function checkCluster(ctx: ResourceContext): void {
  const cluster = ctx.resource.logicalId;
  for (const v of ctx.prop('ClusterParameterGroupName')) {
    if (!v.missing) {
      // A group of this template is judged on its own; a named default group is reported here.
      if (ctx.resolveRef(v.node)) continue;
      const name = literal(ctx, v);
      if (name === undefined || !name.startsWith('default.redshift')) continue;
    }
    const fixes = v.missing && fixable(v) && !ctx.resource.properties?.has('ClusterParameterGroupName') ? newGroupFix(ctx, cluster) : undefined;
    ctx.report({ at: v, messageId: 'defaultGroup', data: { cluster }, fixes });
  }
}

function newGroupFix(ctx: ResourceContext, cluster: string): Fix[] | undefined {
  const key = `${cluster}ParameterGroup`;
  const set = helpers.setProperty(ctx.resource, 'ClusterParameterGroupName', { Ref: key });
  if (!set) return undefined;
  const group: Json = { Type: 'AWS::Redshift::ClusterParameterGroup', Properties: { Description: 'Require SSL for client connections', ParameterGroupFamily: 'redshift-1.0', Parameters: [REQUIRE_SSL] } };
  return [{ title: 'Add a parameter group with require_ssl = true', safety: 'unsafe', edits: [{ op: 'add-top-level', section: 'Resources', key, value: group }, set] }];
}
