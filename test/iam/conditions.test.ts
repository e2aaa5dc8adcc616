// Condition semantics: operators, qualifiers, IfExists, case-insensitive keys, and what each MFA
// pattern means for Allow and Deny statements. Tables of literal cases.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseJsonValue } from '../../server/src/documents/parse-json';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { type MapNode, isMap } from '../../server/src/model/nodes';
import { conditionEntries, denyCoversConsole, iamMatch, mfaDeny, mfaRequirement, patternsOverlap } from '../../server/src/model/iam/conditions';

const env = { template: undefined };
function cond(json: string): MapNode {
  const root = parseJsonValue(json, { base: 0 }).root;
  assert.ok(isMap(root));
  return root as MapNode;
}

describe('conditionEntries', () => {
  test('qualifier, base operator and IfExists are split; keys lower-cased; values listed', () => {
    const [e] = conditionEntries(cond('{"ForAnyValue:StringLikeIfExists": {"AWS:PrincipalTag/Team": ["a*", "b"]}}'), env);
    assert.deepEqual({ q: e!.qualifier, base: e!.base, ifExists: e!.ifExists, key: e!.key, values: e!.values }, { q: 'ForAnyValue', base: 'StringLike', ifExists: true, key: 'aws:principaltag/team', values: ['a*', 'b'] });
  });
  test('several keys under several operators are separate (ANDed) entries', () => {
    const es = conditionEntries(cond('{"StringEquals": {"aws:SourceVpc": "vpc-1", "aws:PrincipalOrgID": "o-1"}, "Bool": {"aws:SecureTransport": true}}'), env);
    assert.deepEqual(es.map((e) => [e.base, e.key, e.values]), [['StringEquals', 'aws:sourcevpc', ['vpc-1']], ['StringEquals', 'aws:principalorgid', ['o-1']], ['Bool', 'aws:securetransport', ['true']]]);
  });
  test('Numeric, Date, Arn, IpAddress and Null operators parse', () => {
    const es = conditionEntries(cond('{"NumericLessThanEquals": {"s3:max-keys": "10"}, "DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}, "ArnLike": {"aws:SourceArn": "arn:aws:sns:*"}, "NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}, "Null": {"aws:TokenIssueTime": "true"}, "ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}}'), env);
    assert.deepEqual(es.map((e) => `${e.qualifier ?? ''}|${e.base}`), ['|NumericLessThanEquals', '|DateGreaterThan', '|ArnLike', '|NotIpAddress', '|Null', 'ForAllValues|StringEquals']);
  });
});

describe('mfaRequirement (Allow statements)', () => {
  const table: Array<[string, string]> = [
    ['{"Bool": {"aws:MultiFactorAuthPresent": "true"}}', 'enforced'],
    ['{"Bool": {"AWS:MULTIFACTORAUTHPRESENT": true}}', 'enforced'],
    ['{"Bool": {"aws:MultiFactorAuthPresent": ["false", "true"]}}', 'enforced'],
    ['{"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}', 'if-exists'],
    ['{"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}', 'enforced'],
    ['{"NumericLessThanEqualsIfExists": {"aws:MultiFactorAuthAge": "3600"}}', 'if-exists'],
    ['{"Null": {"aws:MultiFactorAuthAge": "false"}}', 'enforced'],
    ['{"Null": {"aws:MultiFactorAuthPresent": "false"}}', 'none'],
    ['{"Bool": {"aws:MultiFactorAuthPresent": "false"}}', 'none'],
    ['{"NumericGreaterThan": {"aws:MultiFactorAuthAge": "3600"}}', 'none'],
    ['{"StringEquals": {"aws:PrincipalOrgID": "o-1"}}', 'none'],
    ['{"ForAllValues:Bool": {"aws:MultiFactorAuthPresent": "true"}}', 'if-exists'],
    ['{"ForAnyValue:Bool": {"aws:MultiFactorAuthPresent": "true"}}', 'enforced'],
  ];
  for (const [c, want] of table) test(`${c} → ${want}`, () => assert.equal(mfaRequirement(conditionEntries(cond(c), env)).req, want));
});

describe('mfaDeny (Deny statements)', () => {
  const table: Array<[string, string, boolean]> = [
    ['{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}', 'all', true],
    ['{"Bool": {"aws:MultiFactorAuthPresent": "false"}}', 'temporary-only', true],
    ['{"Bool": {"aws:multifactorauthpresent": false}}', 'temporary-only', true],
    ['{"Null": {"aws:MultiFactorAuthPresent": "true"}}', 'long-term-only', false],
    ['{"Null": {"aws:MultiFactorAuthAge": "true"}}', 'all', true],
    ['{"NumericGreaterThanIfExists": {"aws:MultiFactorAuthAge": "3600"}}', 'all', true],
    ['{"NumericGreaterThan": {"aws:MultiFactorAuthAge": "3600"}}', 'no', false],
    ['{"Bool": {"aws:MultiFactorAuthPresent": "true"}}', 'no', false],
    ['{"ForAnyValue:Bool": {"aws:MultiFactorAuthPresent": "false"}}', 'no', false],
  ];
  for (const [c, want, console] of table) {
    test(`${c} → ${want}`, () => {
      const d = mfaDeny(conditionEntries(cond(c), env)).deny;
      assert.equal(d, want);
      assert.equal(denyCoversConsole(d), console);
    });
  }
});

describe('iamMatch and patternsOverlap', () => {
  const table: Array<[string, string, boolean]> = [
    ['s3:Get*', 'S3:GETOBJECT', true],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['*', 'anything', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/key', true],
  ];
  for (const [p, v, want] of table) test(`${p} ~ ${v} → ${want}`, () => assert.equal(iamMatch(p, v), want));
  test('patterns overlap within a service', () => {
    assert.equal(patternsOverlap('iam:*', 'iam:Create*'), true);
    assert.equal(patternsOverlap('iam:Get*', 's3:Get*'), false);
  });
});

describe('YAML details', () => {
  test('an unquoted Null: key (YAML null) is still the Null operator', () => {
    const root = parseYaml('Null:\n  aws:MultiFactorAuthAge: "true"\n', { base: 0 }).root;
    assert.ok(isMap(root));
    const [e] = conditionEntries(root as MapNode, env);
    assert.equal(e?.base, 'Null');
    assert.equal(mfaDeny(conditionEntries(root as MapNode, env)).deny, 'all');
  });
});
