import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { Unknown, evaluate, lookup, toTri } from '../../server/src/model/evaluate';
import { type MapNode, getIn } from '../../server/src/model/nodes';
import { Template } from '../../server/src/model/template';

const TEMPLATE = `
Parameters:
  Env: {Type: String, Default: prod, AllowedValues: [dev, prod]}
  NoDefault: {Type: String}
  Port: {Type: Number, Default: 22}
Mappings:
  Regions:
    eu-west-1: {Ami: ami-1, Encrypted: "true"}
    us-east-1: {Ami: ami-2, Encrypted: "true"}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      Path: !Sub "/\${Env}/"
  Thing:
    Type: AWS::Test::Thing
    Properties:
      FromParam: !Ref Env
      FromNoDefault: !Ref NoDefault
      Pseudo: !Ref AWS::Region
      Sub: !Sub "\${Env}-\${Port}-x"
      SubVars: !Sub ["\${A}-\${B}", {A: a, B: !Ref Env}]
      SubUnknown: !Sub "\${AWS::AccountId}-x"
      Join: !Join ["-", [a, !Ref Env, b]]
      Select: !Select [1, [x, y, z]]
      Split: !Split [",", "a,b"]
      Map: !FindInMap [Regions, eu-west-1, Ami]
      MapAny: !FindInMap [Regions, !Ref AWS::Region, Encrypted]
      GetAtt: !GetAtt Bucket.Arn
      RefRes: !Ref Bucket
      IfSame: !If [IsProd, same, same]
      IfDiff: !If [IsProd, a, b]
      Equals: !Equals [!Ref Env, prod]
      Nested:
        Flag: !If [IsProd, true, !Ref AWS::NoValue]
      Enc: !If [IsProd, {Encrypted: true}, {Encrypted: false}]
`;

const { root } = parseYaml(TEMPLATE, { base: 0 });
const template = new Template(root as MapNode, 'cloudformation', 't.yaml');
const env = { template };
const prop = (name: string) => evaluate(getIn(root, ['Resources', 'Thing', 'Properties', name]), env);

describe('intrinsic evaluation', () => {
  it('resolves Ref to a parameter Default, and is honest about the rest', () => {
    assert.equal(prop('FromParam'), 'prod');
    assert.ok(prop('FromNoDefault') instanceof Unknown);
    assert.match((prop('FromNoDefault') as Unknown).reason, /no Default/);
    assert.ok(prop('Pseudo') instanceof Unknown);
    const r = prop('RefRes') as Unknown;
    assert.ok(r instanceof Unknown);
    assert.equal(r.resourceRef, 'Bucket');
    assert.equal((prop('GetAtt') as Unknown).resourceRef, 'Bucket');
  });

  it('evaluates Sub, Join, Select, Split and FindInMap', () => {
    assert.equal(prop('Sub'), 'prod-22-x');
    assert.equal(prop('SubVars'), 'a-prod');
    assert.ok(prop('SubUnknown') instanceof Unknown);
    assert.equal(prop('Join'), 'a-prod-b');
    assert.equal(prop('Select'), 'y');
    assert.deepEqual(prop('Split'), ['a', 'b']);
    assert.equal(prop('Map'), 'ami-1');
    assert.equal(prop('MapAny'), 'true', 'same value under every top-level key');
    assert.equal(prop('Equals'), true);
  });

  it('never guesses an Fn::If: equal branches are known, different ones are not', () => {
    assert.equal(prop('IfSame'), 'same');
    assert.ok(prop('IfDiff') instanceof Unknown);
    assert.match((prop('IfDiff') as Unknown).reason, /IsProd/);
  });

  it('lookup explores both branches and tags each with its condition', () => {
    const thing = getIn(root, ['Resources', 'Thing']);
    const flags = lookup(thing, 'Properties.Nested.Flag', env);
    assert.deepEqual(
      flags.map((v) => ({ missing: v.missing, conditions: v.conditions, value: v.node ? evaluate(v.node, env) : undefined })),
      [
        { missing: false, conditions: [{ name: 'IsProd', value: true }], value: true },
        { missing: true, conditions: [{ name: 'IsProd', value: false }], value: undefined },
      ],
    );
    const enc = lookup(thing, ['Properties', 'Enc', 'Encrypted'], env);
    assert.deepEqual(
      enc.map((v) => [toTri(evaluate(v.node, env)), v.conditions.map((c) => `${c.name}=${c.value}`)]),
      [
        ['true', ['IsProd=true']],
        ['false', ['IsProd=false']],
      ],
    );
  });

  it('lookup resolves parameter defaults and remembers the parameter', () => {
    const v = lookup(getIn(root, ['Resources', 'Thing']), 'Properties.FromParam', env);
    assert.equal(v.length, 1);
    assert.equal(v[0]!.viaParameter, 'Env');
    assert.equal(evaluate(v[0]!.node, env), 'prod');
    assert.equal(TEMPLATE.slice(v[0]!.at.offset, v[0]!.at.end), '!Ref Env', 'reported where it is used');
  });

  it('builds the reference index (Ref, GetAtt, Sub)', () => {
    assert.deepEqual(
      (template.referrers.get('Bucket') ?? []).map((r) => r.logicalId),
      ['Thing'],
    );
    assert.deepEqual([...template.resources.get('Role')!.refs], ['Env']);
    assert.equal(template.parameters.get('Env')!.allowedValues!.length, 2);
  });
});
