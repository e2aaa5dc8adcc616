/** The server's rule catalogue (`shieldwall/rules`), fetched once per server start. */
import type { LanguageClient } from 'vscode-languageclient/node';
import { RULES_REQUEST } from '../../../server/src/handlers/protocol';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface RuleInfo {
  id: string;
  name: string;
  category: string;
  severity: Severity;
  description: string;
}

export class RuleCatalog {
  private rules: Promise<Map<string, RuleInfo>> | undefined;
  private loaded: Map<string, RuleInfo> | undefined;

  constructor(private readonly client: LanguageClient) {}

  /** Fetches the catalogue (once; again after reset()). */
  load(): Promise<Map<string, RuleInfo>> {
    this.rules ??= this.client
      .sendRequest<RuleInfo[]>(RULES_REQUEST)
      .then((all) => {
        this.loaded = new Map(all.map((r) => [r.id, r]));
        return this.loaded;
      })
      .catch(() => {
        this.rules = undefined; // try again next time
        return new Map<string, RuleInfo>();
      });
    return this.rules;
  }

  /** A rule by id, if the catalogue is loaded already. */
  get(id: string): RuleInfo | undefined {
    return this.loaded?.get(id);
  }

  reset(): void {
    this.rules = undefined;
    this.loaded = undefined;
  }
}
