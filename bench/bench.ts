/**
 * `npm run bench`: through the real LSP server over stdio, measures first-analysis time,
 * edit-to-diagnostics latency (median and p95) and server RSS on generated templates of 10, 200 and
 * 3,000 resources, in YAML and JSON. Prints a table; no assertions (targets are read by people).
 */
import { stringify } from 'yaml';
import { templateObject } from './generate';
import { LspTestClient } from './lsp-client';

interface Row {
  format: string;
  resources: number;
  bytes: number;
  diagnostics: number;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  rssMiB: number;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function measure(client: LspTestClient, format: 'yaml' | 'json', resources: number, edits: number): Promise<Row> {
  const obj = templateObject(resources);
  const text = format === 'yaml' ? stringify(obj, { lineWidth: 0 }) : JSON.stringify(obj, null, 2);
  const uri = `file:///bench/template-${resources}.${format}`;
  const t0 = performance.now();
  await client.open(uri, format, text, 1);
  const first = await client.diagnostics(uri, 1, 120_000);
  const firstMs = first.at - t0;
  // Edits in the middle of the template: change a bucket name back and forth, as a person typing would.
  const lines = text.split('\n');
  const target = lines.findIndex((l, i) => i > lines.length / 2 && /bucket-\d+/.test(l));
  const col = lines[target]!.indexOf('bucket-') + 'bucket-'.length;
  const latencies: number[] = [];
  let version = 1;
  for (let i = 0; i < edits; i++) {
    version++;
    const insert = i % 2 === 0;
    const start = { line: target, character: col };
    const change = insert ? { range: { start, end: start }, text: 'x' } : { range: { start, end: { line: target, character: col + 1 } }, text: '' };
    const s = performance.now();
    await client.change(uri, version, [change]);
    const e = await client.diagnostics(uri, version, 60_000);
    latencies.push(e.at - s);
    // A pause longer than the server's throttle window between edits: this measures what one edit
    // costs. (During a burst the server coalesces edits and answers within DEBOUNCE_MS + one analysis.)
    await new Promise((r) => setTimeout(r, 120));
  }
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { format, resources, bytes: text.length, diagnostics: first.diagnostics.length, firstMs, medianMs: pct(latencies, 50), p95Ms: pct(latencies, 95), rssMiB: client.rssKiB() / 1024 };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const format of ['yaml', 'json'] as const) {
    for (const n of [10, 200, 3000]) {
      const client = new LspTestClient();
      await client.initialize();
      rows.push(await measure(client, format, n, n >= 3000 ? 60 : 100));
      await client.shutdown();
    }
  }
  console.log('| format | resources | size | diagnostics | first analysis | edit→diagnostics median | p95 | server RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.format} | ${r.resources} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.diagnostics} | ${r.firstMs.toFixed(0)} ms | ${r.medianMs.toFixed(1)} ms | ${r.p95Ms.toFixed(1)} ms | ${r.rssMiB.toFixed(0)} MiB |`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
