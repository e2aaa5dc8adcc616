import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CFN_TAGS, parseYaml } from '../../server/src/documents/parse-yaml';
import { type MapNode, type Node, getIn, isMap, isScalar, toPlain } from '../../server/src/model/nodes';

const parse = (t: string) => parseYaml(t, { base: 0 });
const slice = (t: string, n: Node | undefined) => (n ? t.slice(n.offset, n.end) : undefined);

describe('YAML parsing', () => {
  it('normalises every short-form tag to its long form', () => {
    for (const [tag, long] of Object.entries(CFN_TAGS)) {
      const text = `X: ${tag} value\n`;
      const { root, problems } = parse(text);
      assert.deepEqual(problems, [], tag);
      assert.deepEqual(toPlain(root!), { X: { [long]: 'value' } }, tag);
    }
  });

  it('keeps sequence and mapping forms of tags', () => {
    const text = ['A: !Sub ["${X}-y", {X: !Ref P}]', 'B: !GetAtt [Res, Arn]', 'C: !GetAtt Res.Arn', 'D: !If', '  - Cond', '  - !Ref AWS::NoValue', '  - {K: v}', 'E: !Transform {Name: AWS::Include}', ''].join('\n');
    const { root, problems } = parse(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(toPlain(root!), {
      A: { 'Fn::Sub': ['${X}-y', { X: { Ref: 'P' } }] },
      B: { 'Fn::GetAtt': ['Res', 'Arn'] },
      C: { 'Fn::GetAtt': 'Res.Arn' },
      D: { 'Fn::If': ['Cond', { Ref: 'AWS::NoValue' }, { K: 'v' }] },
      E: { 'Fn::Transform': { Name: 'AWS::Include' } },
    });
  });

  it('gives the intrinsic key the position of the tag and the value its own', () => {
    const text = 'Resources:\n  B:\n    Properties:\n      Name: !Ref BucketName\n';
    const { root } = parse(text);
    const ref = getIn(root, ['Resources', 'B', 'Properties', 'Name']) as MapNode;
    assert.ok(isMap(ref));
    assert.equal(ref.shortTag, '!Ref');
    assert.equal(slice(text, ref), '!Ref BucketName');
    assert.equal(slice(text, ref.entries[0]!.keyNode), '!Ref');
    assert.equal(slice(text, ref.get('Ref')), 'BucketName');
    assert.deepEqual(ref.get('Ref')!.path, ['Resources', 'B', 'Properties', 'Name', 'Ref']);
    assert.equal(ref.offset, text.indexOf('!Ref'));
  });

  it('positions keys and values exactly, quotes included', () => {
    const text = 'a:\n  "b c": \'x\'\n  d: [1, "two"]\n';
    const { root } = parse(text);
    const a = (root as MapNode).get('a') as MapNode;
    assert.equal(slice(text, a.entries[0]!.keyNode), '"b c"');
    assert.equal(slice(text, a.get('b c')), "'x'");
    assert.equal(slice(text, getIn(root, ['a', 'd', 1])), '"two"');
    assert.equal((getIn(root, ['a', 'd', 0]) as { value: unknown }).value, 1);
  });

  it('reports a syntax error at its position and still returns what parses', () => {
    const text = 'Resources:\n  Good:\n    Type: AWS::S3::Bucket\n  Bad:\n    Type: [unclosed\n';
    const { root, problems } = parse(text);
    assert.ok(problems.length > 0);
    assert.equal(problems[0]!.severity, 'error');
    assert.ok(problems[0]!.offset >= text.indexOf('[unclosed'), `error at ${problems[0]!.offset}`);
    assert.equal((getIn(root, ['Resources', 'Good', 'Type']) as { value: unknown }).value, 'AWS::S3::Bucket');
  });

  it('reports duplicate keys', () => {
    const text = 'a: 1\na: 2\n';
    const { problems } = parse(text);
    assert.deepEqual(
      problems.map((p) => [p.code, p.offset, p.length]),
      [['duplicate-key', 5, 1]],
    );
  });

  it('expands aliases but caps an alias bomb', () => {
    const ok = parse('base: &b {k: v}\nuse: *b\n');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(toPlain(ok.root!), { base: { k: 'v' }, use: { k: 'v' } });
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const t0 = performance.now();
    const bomb = parse(lines.join('\n'));
    assert.ok(performance.now() - t0 < 5000, 'bounded time');
    assert.ok(bomb.problems.some((p) => p.code === 'yaml-alias' && /alias bomb/.test(p.message)));
  });

  it('reports an alias to an undefined anchor', () => {
    const { problems } = parse('a: *nope\n');
    assert.equal(problems[0]?.code, 'yaml-alias');
  });

  it('caps nesting depth without crashing', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const { problems } = parse(deep);
    assert.ok(problems.some((p) => p.code === 'too-deep'));
  });

  it('reports unknown tags as warnings', () => {
    const { problems } = parse('a: !Bogus x\n');
    assert.equal(problems[0]?.code, 'yaml-unknown-tag');
    assert.equal(problems[0]?.severity, 'warning');
  });

  it('marks scalars whose source spells the value verbatim', () => {
    const text = "a: '{\"x\": 1}'\nb: \"esc\\\"aped\"\nc: plain\n";
    const { root } = parse(text);
    const a = getIn(root, ['a']);
    assert.ok(isScalar(a));
    assert.equal(a.verbatim, 1);
    const b = getIn(root, ['b']);
    assert.ok(isScalar(b));
    assert.equal(b.verbatim, undefined);
    assert.equal((getIn(root, ['c']) as { verbatim?: number }).verbatim, 0);
  });
});
