/**
 * Open documents, kept in sync incrementally, with the edits made since each document was last
 * analysed. A single pending edit is handed to the engine as a hint so it can re-parse one chunk.
 */
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EditHint } from '../documents/chunked-parser';

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  /** Edits since the last analysis; undefined after a full-text replacement. */
  private readonly pending = new Map<string, EditHint[] | undefined>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  /** The single edit since the last call for this document, if there was exactly one. */
  takeHint(uri: string): EditHint | undefined {
    const p = this.pending.get(uri);
    this.pending.set(uri, []);
    return p && p.length === 1 ? p[0] : undefined;
  }

  listen(connection: Connection, on: { open(d: TextDocument): void; change(d: TextDocument): void; close(d: TextDocument): void }): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const doc = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.docs.set(t.uri, doc);
      this.pending.set(t.uri, undefined);
      on.open(doc);
    });
    connection.onDidChangeTextDocument(({ textDocument: t, contentChanges }) => {
      const doc = this.docs.get(t.uri);
      if (!doc || t.version === null) return;
      let edits = this.pending.get(t.uri);
      for (const c of contentChanges) {
        if ('range' in c && edits) {
          const offset = doc.offsetAt(c.range.start);
          edits.push({ offset, deleteLength: doc.offsetAt(c.range.end) - offset, insertText: c.text });
        } else {
          edits = undefined;
        }
        TextDocument.update(doc, [c as TextDocumentContentChangeEvent], t.version);
      }
      this.pending.set(t.uri, edits);
      on.change(doc);
    });
    connection.onDidCloseTextDocument(({ textDocument: t }) => {
      const doc = this.docs.get(t.uri);
      this.docs.delete(t.uri);
      this.pending.delete(t.uri);
      if (doc) on.close(doc);
    });
  }
}
