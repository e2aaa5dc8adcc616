// Policies written as JSON strings: positions inside the string are exact where the source spells the
// value predictably (verbatim, standard JSON escapes, YAML '' quoting); rules do not offer fixes there.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import unknownAction from '../../rules/iam/iam-unknown-action';
import { parseJsonValue } from '../../server/src/documents/parse-json';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { DocumentAnalyzer, RuleSet } from '../../server/src/engine/engine';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { type MapNode, type Node, getIn, isMap, isSeq } from '../../server/src/model/nodes';
import { asPolicyNode, stringPolicySource } from '../../server/src/model/policy';

const DOC = ['Resources', 'P', 'Properties', 'PolicyDocument'];

function policyOf(root: Node | undefined): MapNode {
  const scalar = getIn(root, DOC);
  assert.ok(scalar, 'template has the PolicyDocument');
  const doc = asPolicyNode(scalar!);
  assert.ok(doc && isMap(doc), 'the string parses as a policy');
  return doc!;
}

function actionNode(doc: MapNode): Node {
  const st = doc.get('Statement');
  const s0 = isSeq(st) ? st.items[0] : undefined;
  const action = isMap(s0) ? s0.get('Action') : undefined;
  assert.ok(action, 'statement has an Action');
  return action!;
}

const slice = (text: string, n: Node) => text.slice(n.offset, n.end);

describe('asPolicyNode positions', () => {
  test('JSON template, escaped string: the action maps to its escaped source', () => {
    const text = '{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"s3:GetObjects\\", \\"Resource\\": \\"*\\"}]}"}}}}';
    const doc = policyOf(parseJsonValue(text, { base: 0 }).root);
    assert.equal(slice(text, actionNode(doc)), '\\"s3:GetObjects\\"');
    assert.equal(slice(text, doc.entries[0]!.keyNode), '\\"Statement\\"');
  });

  test('JSON escapes that change length (\\n, \\u0041, \\/) still map exactly when standard', () => {
    const text = '{"Resources": {"P": {"Properties": {"PolicyDocument": "{\\n  \\"Statement\\": {\\"Effect\\": \\"Allow\\", \\"Action\\": \\"iam:PassRole\\"}}"}}}}';
    const doc = policyOf(parseJsonValue(text, { base: 0 }).root);
    const st = doc.get('Statement') as MapNode;
    assert.equal(slice(text, st.get('Action')!), '\\"iam:PassRole\\"');
  });

  test('non-standard escapes fall back to the whole string', () => {
    const text = '{"Resources": {"P": {"Properties": {"PolicyDocument": "{\\"Statement\\": [{\\"Action\\": \\"s3:Get\\u004fbject\\"}]}"}}}}';
    const root = parseJsonValue(text, { base: 0 }).root;
    const doc = policyOf(root);
    const whole = getIn(root, DOC)!;
    assert.equal(actionNode(doc).offset, whole.offset);
    assert.equal(actionNode(doc).length, whole.length);
  });

  test('YAML single-quoted string with doubled quotes maps exactly', () => {
    const text = "Resources:\n  P:\n    Properties:\n      PolicyDocument: '{\"Statement\": [{\"Sid\": \"it''s\", \"Action\": \"s3:GetObjects\"}]}'\n";
    const doc = policyOf(parseYaml(text, { base: 0 }).root);
    assert.equal(slice(text, actionNode(doc)), '"s3:GetObjects"');
    const s0 = (doc.get('Statement') as { items: MapNode[] }).items[0]!;
    assert.equal(slice(text, s0.get('Sid')!), '"it\'\'s"');
  });

  test('YAML plain/double-quoted verbatim string maps exactly', () => {
    const text = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: "{\'Statement\': 1}"\n';
    // Not JSON (single quotes): nothing a rule could read.
    assert.equal(asPolicyNode(getIn(parseYaml(text, { base: 0 }).root, DOC)!)?.get('Statement'), undefined);
    const ok = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: {"Statement": [{"Action": "s3:X"}]}\n';
    assert.ok(isMap(getIn(parseYaml(ok, { base: 0 }).root, DOC)));
  });

  test('YAML | block scalar over several lines maps line by line', () => {
    const text = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: |\n        {\n          "Statement": [\n\n            {"Action": "s3:GetObjects"}]\n        }\n';
    const root = parseYaml(text, { base: 0 }).root;
    const doc = policyOf(root);
    assert.equal(slice(text, actionNode(doc)), '"s3:GetObjects"');
    assert.equal(slice(text, doc.entries[0]!.keyNode), '"Statement"');
    assert.equal(stringPolicySource(actionNode(doc)), getIn(root, DOC));
  });

  test('YAML |- block with an indentation indicator still maps (three lines make the layout unique)', () => {
    const text = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: |2-\n          {"Statement":\n          {"Action":\n          "iam:PassRole"}}\n';
    const doc = policyOf(parseYaml(text, { base: 0 }).root);
    const st = doc.get('Statement') as MapNode;
    assert.equal(slice(text, st.get('Action')!), '"iam:PassRole"');
  });

  test('YAML block scalar on one line is ambiguous: nodes point at the whole string', () => {
    const text = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: |\n        {"Statement": [{"Action": "s3:GetObjects"}]}\n';
    const root = parseYaml(text, { base: 0 }).root;
    const doc = policyOf(root);
    assert.equal(actionNode(doc).offset, getIn(root, DOC)!.offset);
  });

  test('YAML folded > block: whole string', () => {
    const text = 'Resources:\n  P:\n    Properties:\n      PolicyDocument: >\n        {"Statement":\n        [{"Action": "s3:GetObjects"}]}\n';
    const root = parseYaml(text, { base: 0 }).root;
    const doc = policyOf(root);
    assert.equal(actionNode(doc).length, getIn(root, DOC)!.length);
  });
});

describe('rules on string policies', () => {
  test('a typo inside an escaped string is reported at the action, without a fix', () => {
    const text = JSON.stringify({
      Resources: {
        P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjects', Resource: '*' }] }) } },
      },
    });
    const a = new DocumentAnalyzer('json', new RuleSet([unknownAction])).analyze(text, 'template.json', DEFAULT_SETTINGS);
    const f = a.findings.filter((x) => x.ruleId === 'SW3002');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0]!.node.offset, f[0]!.node.end), '\\"s3:GetObjects\\"');
    assert.deepEqual(f[0]!.fixes, []);
  });
});
