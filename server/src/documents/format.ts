/** Which parser a document needs, from its language id, file name and (for .template) content. */
import type { SourceFormat } from './chunked-parser';

export function detectFormat(fileName: string, languageId?: string, text?: string): SourceFormat | undefined {
  if (languageId === 'yaml' || languageId === 'cloudformation-yaml') return 'yaml';
  if (languageId === 'json' || languageId === 'jsonc' || languageId === 'cloudformation-json') return 'json';
  const lower = fileName.toLowerCase();
  if (/\.(ya?ml)$/.test(lower)) return 'yaml';
  if (/\.(json|jsonc)$/.test(lower)) return 'json';
  if (/\.(template|cfn|tmpl)$/.test(lower)) {
    const first = (text ?? '').trimStart().charAt(0);
    return first === '{' ? 'json' : 'yaml';
  }
  return undefined;
}
