/**
 * The fix renderer, edit by edit, with the exact text expected after applying the edits. Each case
 * also checks that the rendered edits are minimal: nothing outside the edited region changes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonValue } from '../../server/src/documents/parse-json';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { type OffsetEdit, applyEdits, renderEdits } from '../../server/src/documents/render-fix';
import type { Edit } from '../../server/src/engine/fix-types';
import { type MapNode, type Node, type SeqNode, getIn, isMap, isSeq } from '../../server/src/model/nodes';
import { asPolicyNode } from '../../server/src/model/policy';

type Path = Array<string | number>;

interface Doc {
  text: string;
  format: 'yaml' | 'json';
  root: Node;
  map(path: Path): MapNode;
  seq(path: Path): SeqNode;
  node(path: Path): Node;
  key(path: Path): Node;
}

function doc(format: 'yaml' | 'json', text: string): Doc {
  const parsed = format === 'yaml' ? parseYaml(text, { base: 0 }) : parseJsonValue(text, { base: 0 });
  assert.deepEqual(
    parsed.problems.filter((p) => p.severity === 'error'),
    [],
    'input parses',
  );
  const root = parsed.root!;
  const node = (p: Path) => {
    const n = getIn(root, p);
    assert.ok(n, `no node at ${JSON.stringify(p)}`);
    return n;
  };
  return {
    text,
    format,
    root,
    node,
    map: (p) => {
      const n = node(p);
      assert.ok(isMap(n));
      return n;
    },
    seq: (p) => {
      const n = node(p);
      assert.ok(isSeq(n));
      return n;
    },
    key: (p) => {
      const parent = node(p.slice(0, -1));
      assert.ok(isMap(parent));
      return parent.entry(String(p[p.length - 1]))!.keyNode;
    },
  };
}

/** Renders, applies, checks the result parses and that the text outside the edits is untouched. */
function fixText(d: Doc, edits: Edit[]): { out: string; rendered: OffsetEdit[] } {
  const rendered = renderEdits(edits, { text: d.text, format: d.format, root: d.root });
  const out = applyEdits(d.text, rendered);
  const lo = Math.min(...rendered.map((e) => e.offset));
  const hi = Math.max(...rendered.map((e) => e.offset + e.length));
  assert.equal(out.slice(0, lo), d.text.slice(0, lo), 'text before the first edit');
  assert.equal(out.slice(out.length - (d.text.length - hi)), d.text.slice(hi), 'text after the last edit');
  const again = d.format === 'yaml' ? parseYaml(out, { base: 0 }) : parseJsonValue(out, { base: 0 });
  assert.deepEqual(
    again.problems.filter((p) => p.severity === 'error').map((p) => p.message),
    [],
    `output parses:\n${out}`,
  );
  return { out, rendered };
}

const lines = (...l: string[]) => l.join('\n');

describe('render-fix: YAML', () => {
  it('inserts after the last entry, keeping a comment at the end of its line and the comment lines after it', () => {
    const d = doc('yaml', lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties:', '      Size: 10 # GiB', '      # more later', '  Other:', '    Type: X', ''));
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'Vol', 'Properties']), key: 'Encrypted', value: true }]);
    assert.equal(out, lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties:', '      Size: 10 # GiB', '      Encrypted: true', '      # more later', '  Other:', '    Type: X', ''));
  });

  it('inserts a resource-level key below the comment lines that belong to the block above', () => {
    const d = doc('yaml', lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties:', '      Size: 10', '      # Encrypted is not set', '', '  # The next one', '  Other:', '    Type: X', ''));
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'Vol']), key: 'DeletionPolicy', value: 'Snapshot' }]);
    assert.equal(out, lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties:', '      Size: 10', '      # Encrypted is not set', '    DeletionPolicy: Snapshot', '', '  # The next one', '  Other:', '    Type: X', ''));
  });

  it('renames a key and edits its neighbours entry by entry in a flow mapping', () => {
    const d = doc('yaml', lines('Condition: {Bool: {aws:MultiFactorAuthPresent: "false"}, StringEquals: {aws:RequestedRegion: eu-west-1}}', ''));
    const { out, rendered } = fixText(d, [{ op: 'replace', target: d.node(['Condition']), value: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }]);
    assert.equal(out, lines('Condition: {BoolIfExists: {aws:MultiFactorAuthPresent: "false"}, StringEquals: {aws:RequestedRegion: eu-west-1}}', ''));
    assert.equal(rendered.length, 1);
  });

  it('keeps CRLF line endings in a multi-line insertion', () => {
    const d = doc('yaml', 'Resources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      BucketName: b\r\n');
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'B', 'Properties']), key: 'BucketEncryption', value: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }]);
    assert.equal(
      out,
      'Resources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      BucketName: b\r\n      BucketEncryption:\r\n        ServerSideEncryptionConfiguration:\r\n          - ServerSideEncryptionByDefault:\r\n              SSEAlgorithm: AES256\r\n',
    );
  });

  it('adds to a nested flow mapping without touching the outer one', () => {
    const d = doc('yaml', lines('A: {b: {c: 1}, d: [1, [2]]}', ''));
    const { out } = fixText(d, [{ op: 'set', target: d.map(['A', 'b']), key: 'e', value: 'x' }]);
    assert.equal(out, lines('A: {b: {c: 1, e: x}, d: [1, [2]]}', ''));
  });

  it('appends to a nested flow sequence', () => {
    const d = doc('yaml', lines('A: {d: [1, [2]]}', ''));
    const { out } = fixText(d, [{ op: 'append', target: d.seq(['A', 'd', 1]), value: 3 }]);
    assert.equal(out, lines('A: {d: [1, [2, 3]]}', ''));
  });

  it('appends a mapping to a flow sequence of mappings, in flow style', () => {
    const d = doc('yaml', lines('Tags: [{Key: team, Value: web}]', ''));
    const { out } = fixText(d, [{ op: 'append', target: d.seq(['Tags']), value: { Key: 'env', Value: 'prod' } }]);
    assert.equal(out, lines('Tags: [{Key: team, Value: web}, {Key: env, Value: prod}]', ''));
  });

  it('fills an empty flow mapping and an empty flow sequence', () => {
    const d = doc('yaml', lines('P: {}', 'L: []', ''));
    const { out } = fixText(d, [
      { op: 'set', target: d.map(['P']), key: 'Encrypted', value: true },
      { op: 'append', target: d.seq(['L']), value: 'a' },
    ]);
    assert.equal(out, lines('P: {Encrypted: true}', 'L: [a]', ''));
  });

  it('writes into an empty `Properties:` below its key, keeping a comment after the colon', () => {
    const d = doc('yaml', lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties: # to do', '  Next:', '    Type: X', ''));
    const props = d.map(['Resources', 'Vol']);
    const { out } = fixText(d, [{ op: 'set', target: props, key: 'Properties', value: { Encrypted: true, Size: 10 } }]);
    assert.equal(out, lines('Resources:', '  Vol:', '    Type: AWS::EC2::Volume', '    Properties: # to do', '      Encrypted: true', '      Size: 10', '  Next:', '    Type: X', ''));
  });

  it('takes the quoting style of sibling strings', () => {
    const dq = doc('yaml', lines('Props:', '  Name: "web"', '  Team: "core"', ''));
    assert.equal(fixText(dq, [{ op: 'set', target: dq.map(['Props']), key: 'Policy', value: 'redirect-to-https' }]).out, lines('Props:', '  Name: "web"', '  Team: "core"', '  Policy: "redirect-to-https"', ''));
    const sq = doc('yaml', lines('Props:', "  Name: 'web'", ''));
    assert.equal(fixText(sq, [{ op: 'set', target: sq.map(['Props']), key: 'Policy', value: "it's" }]).out, lines('Props:', "  Name: 'web'", "  Policy: 'it''s'", ''));
    // Quotes that are needed (a date, a YAML 1.1 boolean) say nothing about the style in use.
    const need = doc('yaml', lines('Props:', '  Version: "2012-10-17"', '  Mfa: "OFF"', ''));
    assert.equal(fixText(need, [{ op: 'set', target: need.map(['Props']), key: 'Policy', value: 'x' }]).out, lines('Props:', '  Version: "2012-10-17"', '  Mfa: "OFF"', '  Policy: x', ''));
  });

  it('replaces a scalar in place, keeping its chosen quotes, and quotes values YAML 1.1 would not read as strings', () => {
    const d = doc('yaml', lines("ViewerProtocolPolicy: 'allow-all' # legacy", 'Mfa: "OFF"', 'Version: x', ''));
    const { out } = fixText(d, [
      { op: 'replace', target: d.node(['ViewerProtocolPolicy']), value: 'redirect-to-https' },
      { op: 'replace', target: d.node(['Mfa']), value: 'OPTIONAL' },
      { op: 'replace', target: d.node(['Version']), value: '2012-10-17' },
    ]);
    assert.equal(out, lines("ViewerProtocolPolicy: 'redirect-to-https' # legacy", 'Mfa: OPTIONAL', 'Version: "2012-10-17"', ''));
  });

  it('writes intrinsics as short tags when the file uses them, else in long form', () => {
    const short = doc('yaml', lines('R:', '  A: !Ref X', '  B: 0.0.0.0/0', ''));
    assert.equal(fixText(short, [{ op: 'replace', target: short.node(['R', 'B']), value: { Ref: 'AllowedIngressCidr' } }]).out, lines('R:', '  A: !Ref X', '  B: !Ref AllowedIngressCidr', ''));
    const long = doc('yaml', lines('R:', '  A:', '    Ref: X', '  B: 0.0.0.0/0', ''));
    assert.equal(fixText(long, [{ op: 'replace', target: long.node(['R', 'B']), value: { Ref: 'AllowedIngressCidr' } }]).out, lines('R:', '  A:', '    Ref: X', '  B: {Ref: AllowedIngressCidr}', ''));
  });

  it('adds a new section before the section that follows it, above that section\'s comment', () => {
    const d = doc('yaml', lines('AWSTemplateFormatVersion: "2010-09-09"', 'Description: demo', '', '# The stack', 'Resources:', '  B:', '    Type: AWS::S3::Bucket', ''));
    const { out } = fixText(d, [{ op: 'add-top-level', section: 'Parameters', key: 'AllowedIngressCidr', value: { Type: 'String' } }]);
    assert.equal(out, lines('AWSTemplateFormatVersion: "2010-09-09"', 'Description: demo', '', 'Parameters:', '  AllowedIngressCidr:', '    Type: String', '', '# The stack', 'Resources:', '  B:', '    Type: AWS::S3::Bucket', ''));
  });

  it('adds a new section without a blank line where the file packs its sections', () => {
    const d = doc('yaml', lines('Description: demo', 'Resources:', '  B:', '    Type: AWS::S3::Bucket', 'Outputs:', '  O:', '    Value: x', ''));
    const { out } = fixText(d, [{ op: 'add-top-level', section: 'Metadata', key: 'shieldwall', value: { suppress: [{ id: 'SW1001', reason: 'r' }] } }]);
    assert.equal(out, lines('Description: demo', 'Metadata:', '  shieldwall:', '    suppress:', '      - id: SW1001', '        reason: r', 'Resources:', '  B:', '    Type: AWS::S3::Bucket', 'Outputs:', '  O:', '    Value: x', ''));
  });

  it('adds a resource at the end of Resources and a property to the last resource in the right order', () => {
    const d = doc('yaml', lines('Resources:', '  Db:', '    Type: AWS::Redshift::Cluster', '    Properties:', '      NodeType: dc2.large', ''));
    const { out } = fixText(d, [
      { op: 'add-top-level', section: 'Resources', key: 'Params', value: { Type: 'AWS::Redshift::ClusterParameterGroup' } },
      { op: 'set', target: d.map(['Resources', 'Db', 'Properties']), key: 'ClusterParameterGroupName', value: { Ref: 'Params' } },
    ]);
    assert.equal(out, lines('Resources:', '  Db:', '    Type: AWS::Redshift::Cluster', '    Properties:', '      NodeType: dc2.large', '      ClusterParameterGroupName: {Ref: Params}', '  Params:', '    Type: AWS::Redshift::ClusterParameterGroup', ''));
  });

  it('appends a mapping to a block sequence at the dash column, and follows an unindented sequence style', () => {
    const d = doc('yaml', lines('Statement:', '- Sid: A', '  Effect: Allow', 'Other:', '  K: v', ''));
    const { out } = fixText(d, [
      { op: 'append', target: d.seq(['Statement']), value: { Sid: 'B', Effect: 'Deny' } },
      { op: 'set', target: d.map(['Other']), key: 'List', value: ['a', 'b'] },
    ]);
    assert.equal(out, lines('Statement:', '- Sid: A', '  Effect: Allow', '- Sid: B', '  Effect: Deny', 'Other:', '  K: v', '  List:', '  - a', '  - b', ''));
  });

  it('renames a key in place (Bool → BoolIfExists)', () => {
    const d = doc('yaml', lines('Condition:', '  Bool: # MFA', '    aws:MultiFactorAuthPresent: "false"', ''));
    const { out, rendered } = fixText(d, [{ op: 'replace', target: d.key(['Condition', 'Bool']), value: 'BoolIfExists' }]);
    assert.equal(out, lines('Condition:', '  BoolIfExists: # MFA', '    aws:MultiFactorAuthPresent: "false"', ''));
    assert.deepEqual(rendered, [{ offset: 13, length: 4, text: 'BoolIfExists' }]);
  });

  it('narrows a replacement with the same keys to the values that differ', () => {
    const d = doc('yaml', lines('Cfg: # keep', '  A: 1 # one', '  B: x', '  C: [1, 2]', ''));
    const { out, rendered } = fixText(d, [{ op: 'replace', target: d.node(['Cfg']), value: { A: 1, B: 'z', C: [1, 2, 3], D: true } }]);
    assert.equal(out, lines('Cfg: # keep', '  A: 1 # one', '  B: z', '  C: [1, 2, 3]', '  D: true', ''));
    assert.equal(rendered.reduce((n, e) => n + e.length, 0), 1, 'only the old value `x` is deleted');
  });

  it('replaces a block collection in place, without a whitespace-only line', () => {
    const d = doc('yaml', lines('Actions:', '  - Type: forward', '    Target: t', 'Next: 1', ''));
    const { out } = fixText(d, [{ op: 'replace', target: d.node(['Actions']), value: [{ Type: 'redirect', Config: { Port: '443' } }] }]);
    assert.equal(out, lines('Actions:', '  - Type: redirect', '    Config:', '      Port: "443"', 'Next: 1', ''));
  });

  it('replaces a scalar by a block, keeping its trailing comment on the key line', () => {
    const d = doc('yaml', lines('R:', '  Cidr: 0.0.0.0/0 # open', '  Next: 1', ''));
    const { out } = fixText(d, [{ op: 'replace', target: d.node(['R', 'Cidr']), value: { A: 1, B: [2] } }]);
    assert.equal(out, lines('R:', '  Cidr: # open', '    A: 1', '    B:', '      - 2', '  Next: 1', ''));
  });

  it('deletes an entry of a flow mapping and the first key of a sequence item', () => {
    const d = doc('yaml', lines('F: {a: 1, b: 2, c: 3}', 'S:', '  - x: 1', '    y: 2', ''));
    const { out } = fixText(d, [
      { op: 'delete', target: d.node(['F', 'b']) },
      { op: 'delete', target: d.node(['S', 0, 'x']) },
    ]);
    assert.equal(out, lines('F: {a: 1, c: 3}', 'S:', '  - y: 2', ''));
  });

  it('inserts after a block scalar and writes multi-line strings double-quoted', () => {
    const d = doc('yaml', lines('P:', '  Script: |', '    echo hi', '  Other: 1', 'Q:', '  Text: |', '    a', '    b', ''));
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Q']), key: 'Note', value: 'line1\nline2' }]);
    assert.equal(out, lines('P:', '  Script: |', '    echo hi', '  Other: 1', 'Q:', '  Text: |', '    a', '    b', '  Note: "line1\\nline2"', ''));
  });

  it('uses the file\'s indentation unit (4 spaces)', () => {
    const d = doc('yaml', lines('Resources:', '    B:', '        Type: AWS::S3::Bucket', ''));
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'B']), key: 'Properties', value: { VersioningConfiguration: { Status: 'Enabled' } } }]);
    assert.equal(out, lines('Resources:', '    B:', '        Type: AWS::S3::Bucket', '        Properties:', '            VersioningConfiguration:', '                Status: Enabled', ''));
  });

  it('refuses to edit inside a policy written as a JSON string', () => {
    const text = lines('Resources:', '  P:', '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument: \'{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}\'', '');
    const root = doc('yaml', text).root;
    const inner = asPolicyNode(getIn(root, ['Resources', 'P', 'Properties', 'PolicyDocument'])!)!;
    assert.throws(() => renderEdits([{ op: 'set', target: inner, key: 'Id', value: 'x' }], { text, format: 'yaml', root }), /policy written as a string/);
  });
});

describe('render-fix: JSON', () => {
  const j2 = lines('{', '  "Resources": {', '    "B": {', '      "Type": "AWS::S3::Bucket",', '      "Properties": {', '        "Tags": [{"Key": "a", "Value": "b"}]', '      }', '    }', '  }', '}', '');

  it('inserts into a multi-line object at the siblings\' indentation, leaving a one-line sibling alone', () => {
    const d = doc('json', j2);
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'B', 'Properties']), key: 'VersioningConfiguration', value: { Status: 'Enabled' } }]);
    assert.equal(out, lines('{', '  "Resources": {', '    "B": {', '      "Type": "AWS::S3::Bucket",', '      "Properties": {', '        "Tags": [{"Key": "a", "Value": "b"}],', '        "VersioningConfiguration": {', '          "Status": "Enabled"', '        }', '      }', '    }', '  }', '}', ''));
  });

  it('appends to a one-line array on one line', () => {
    const d = doc('json', j2);
    const { out } = fixText(d, [{ op: 'append', target: d.seq(['Resources', 'B', 'Properties', 'Tags']), value: { Key: 'c', Value: 'd' } }]);
    assert.equal(out, j2.replace('[{"Key": "a", "Value": "b"}]', '[{"Key": "a", "Value": "b"}, {"Key": "c", "Value": "d"}]'));
  });

  it('detects 4-space and tab indentation and CRLF', () => {
    const four = doc('json', '{\r\n    "A": {\r\n        "x": 1\r\n    }\r\n}\r\n');
    assert.equal(fixText(four, [{ op: 'set', target: four.map(['A']), key: 'y', value: [true] }]).out, '{\r\n    "A": {\r\n        "x": 1,\r\n        "y": [\r\n            true\r\n        ]\r\n    }\r\n}\r\n');
    const tabs = doc('json', '{\n\t"A": {\n\t\t"x": 1\n\t}\n}\n');
    assert.equal(fixText(tabs, [{ op: 'set', target: tabs.map(['A']), key: 'y', value: { z: 2 } }]).out, '{\n\t"A": {\n\t\t"x": 1,\n\t\t"y": {\n\t\t\t"z": 2\n\t\t}\n\t}\n}\n');
  });

  it('opens an empty object over lines', () => {
    const d = doc('json', lines('{', '  "Properties": {}', '}', ''));
    assert.equal(fixText(d, [{ op: 'set', target: d.map(['Properties']), key: 'Encrypted', value: true }]).out, lines('{', '  "Properties": {', '    "Encrypted": true', '  }', '}', ''));
  });

  it('adds a new section before the section that follows it', () => {
    const d = doc('json', lines('{', '  "Description": "d",', '  "Resources": {', '    "B": {"Type": "AWS::S3::Bucket"}', '  }', '}', ''));
    const { out } = fixText(d, [{ op: 'add-top-level', section: 'Parameters', key: 'Cidr', value: { Type: 'String' } }]);
    assert.equal(out, lines('{', '  "Description": "d",', '  "Parameters": {', '    "Cidr": {', '      "Type": "String"', '    }', '  },', '  "Resources": {', '    "B": {"Type": "AWS::S3::Bucket"}', '  }', '}', ''));
  });

  it('keeps a minified document on one line', () => {
    const d = doc('json', '{"Resources":{"V":{"Type":"AWS::EC2::Volume","Properties":{"Size":1}}}}');
    const { out } = fixText(d, [{ op: 'set', target: d.map(['Resources', 'V', 'Properties']), key: 'Encrypted', value: true }]);
    assert.equal(out, '{"Resources":{"V":{"Type":"AWS::EC2::Volume","Properties":{"Size":1, "Encrypted":true}}}}');
  });

  it('renames a key, replaces a value, deletes an entry', () => {
    const d = doc('json', lines('{', '  "Condition": {', '    "Bool": {"aws:MultiFactorAuthPresent": "false"},', '    "Null": {"x": "true"}', '  },', '  "P": "allow-all"', '}', ''));
    const { out } = fixText(d, [
      { op: 'replace', target: d.key(['Condition', 'Bool']), value: 'BoolIfExists' },
      { op: 'delete', target: d.node(['Condition', 'Null']) },
      { op: 'replace', target: d.node(['P']), value: 'redirect-to-https' },
    ]);
    assert.equal(out, lines('{', '  "Condition": {', '    "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}', '  },', '  "P": "redirect-to-https"', '}', ''));
  });
});
