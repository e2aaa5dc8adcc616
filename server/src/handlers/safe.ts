/** Every handler goes through here: catch, log with stack, return a safe fallback. */
import type { Connection } from 'vscode-languageserver';

export function safe<A extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      const err = e as Error;
      connection.console.error(`[${name}] ${err.stack ?? err.message}`);
      return fallback;
    }
  };
}
