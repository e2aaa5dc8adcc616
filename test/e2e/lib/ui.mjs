/* global document */ // used inside page.evaluate callbacks, which run in the browser
// What a person does in VS Code, as Playwright steps against the code-server workbench (VS Code 1.100).
// Every helper waits on a locator or polls the DOM until a deadline: no fixed sleeps.
// Selectors are the workbench's own class names; they were checked against code-server 4.100.3.

const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';

let untilTimeout = 15_000;
/** Sets the default deadline of `until` (the runner shortens it for pending scenarios). */
export function setUntilTimeout(ms) {
  untilTimeout = ms;
}

/** Polls `probe` until it returns a truthy value; throws `what` with the last value seen after `timeout` ms. */
export async function until(what, probe, { timeout = untilTimeout, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last === undefined ? '' : ` (last: ${JSON.stringify(last)})`}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export class Ui {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.editor = page.locator(ACTIVE_EDITOR).first();
  }

  /** Quick Open (Ctrl+P) a workspace file by name and wait until it is the active tab. */
  async openFile(name) {
    const { page } = this;
    await this.quickInput('Control+P', name, name);
    await page.locator('.tab.active', { hasText: name.split('/').pop() }).waitFor();
    await this.editor.locator('.view-lines').waitFor();
  }

  /** Opens a quick input with `keys`, types `text`, waits for a row containing `rowText`, accepts it. */
  async quickInput(keys, text, rowText = text) {
    const { page } = this;
    await page.keyboard.press(keys);
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(keys === 'F1' && !text.startsWith('>') ? `>${text}` : text);
    // click the row that says rowText: the focused (first) row can be another fuzzy match, or a stale entry
    // of the list shown before the filter applied
    await page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().click();
  }

  /** Runs a command from the palette by its title as shown there, e.g. "Shieldwall: Scan Workspace". */
  async runCommand(title) {
    await this.quickInput('F1', title, title);
  }

  /** Moves the cursor with Ctrl+G to a 1-based line and column, and waits until the status bar confirms it. */
  async goTo(line, column = 1) {
    const { page } = this;
    await this.editor.locator('.view-lines').click(); // focus the editor (not the Problems panel)
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** 1-based editor lines that currently carry a squiggle, with the squiggle's severity class. */
  async squiggles() {
    return this.page.evaluate((sel) => {
      const ed = document.querySelector(sel);
      if (!ed) return [];
      const numbers = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].map((e) => ({ n: Number(e.textContent), r: e.getBoundingClientRect() }));
      return [...ed.querySelectorAll('.view-overlays [class*="squiggly-"]')].map((s) => {
        const r = s.getBoundingClientRect();
        const y = r.top + r.height / 2;
        const line = numbers.find((x) => y >= x.r.top && y < x.r.bottom)?.n;
        return { line, severity: /squiggly-(\w+)/.exec(s.className)?.[1] };
      });
    }, ACTIVE_EDITOR);
  }

  /** Waits for a squiggle on `line` (optionally of a severity: error, warning, info). */
  async waitForSquiggle(line, { severity, timeout } = {}) {
    return until(`a ${severity ?? ''} squiggle on line ${line}`, async () => {
      const found = (await this.squiggles()).find((s) => s.line === line && (!severity || s.severity === severity));
      return found ?? undefined;
    }, { timeout });
  }

  /** Waits until no squiggle is left on `line`. */
  async waitForNoSquiggle(line, { timeout } = {}) {
    await until(`no squiggle on line ${line}`, async () => !(await this.squiggles()).some((s) => s.line === line), { timeout });
  }

  /** Opens the Problems panel and returns its rows (file rows and marker rows) as text and aria-label. */
  async problems() {
    const { page } = this;
    // Ctrl+Shift+M toggles: press it only while the panel is hidden
    if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
      rows.map((r) => ({ text: r.innerText.replace(/\s+/g, ' ').trim(), label: r.getAttribute('aria-label') ?? '' })));
  }

  /** Waits until a Problems row matches `re` (in its text or aria-label), and returns it. */
  async waitForProblem(re, { timeout } = {}) {
    return until(`a Problems row matching ${re}`, async () => (await this.problems()).find((p) => re.test(p.text) || re.test(p.label)), { timeout });
  }

  /**
   * Shows the hover at a position with the keyboard (Ctrl+K Ctrl+I) and returns its text once it matches
   * every pattern in `expect` (hover parts arrive one by one: the problem first, providers later).
   */
  async hover(line, column, { expect = [/\S/], timeout } = {}) {
    const { page } = this;
    await this.goTo(line, column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const text = await until(`a hover at ${line}:${column} matching ${expect.join(' and ')}`, async () => {
      const text = (await page.locator('.monaco-hover:not(.hidden)').allInnerTexts()).join('\n');
      return expect.every((re) => re.test(text)) ? text : undefined;
    }, { timeout });
    return text; // left open for the scenario's screenshot; the runner presses Escape afterwards
  }

  /** Opens the code action menu (Ctrl+.) at a position; returns the labels offered. */
  async codeActions(line, column) {
    const { page } = this;
    await this.goTo(line, column);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row.action').first().waitFor();
    return page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
  }

  /** Applies the code action whose label matches `label` (string: exact, RegExp: test) with the keyboard. */
  async quickFix(line, column, label) {
    const { page } = this;
    const matches = (l) => (typeof label === 'string' ? l === label : label.test(l));
    const offered = await this.codeActions(line, column);
    if (!offered.some(matches)) {
      await page.keyboard.press('Escape');
      throw new Error(`no code action ${label} at ${line}:${column}; offered: ${JSON.stringify(offered)}`);
    }
    for (let i = 0; i < offered.length + 1; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label');
      if (focused && matches(focused)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
  }

  /** Waits for the active editor to have unsaved changes (edits may land asynchronously), saves it, waits until saved. */
  async save() {
    const { page } = this;
    await page.locator('.tab.active.dirty').waitFor();
    await page.keyboard.press('Control+S');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** A status bar item whose text or aria-label matches `re`. */
  async statusBarItem(re, { timeout } = {}) {
    return until(`a status bar item matching ${re}`, async () => {
      const items = await this.page.locator('.statusbar-item').evaluateAll((els) =>
        els.map((e) => ({ id: e.id, text: e.innerText.trim(), label: e.getAttribute('aria-label') ?? '' })));
      return items.find((i) => re.test(i.text) || re.test(i.label));
    }, { timeout });
  }

  /** Names of the output channels offered by "Output: Show Output Channels...". */
  async outputChannels() {
    const { page } = this;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Output: Show Output Channels');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Output Channels' }).first().click();
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    const names = await page.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
    await page.keyboard.press('Escape');
    return names;
  }

  /** Notification toasts currently shown (info notifications hide on a timer: read them right away). */
  async notifications() {
    return this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  }

  /** The TextMate scopes VS Code reports for the token at a position ("Developer: Inspect Editor Tokens and Scopes"). */
  async tokenScopes(line, column) {
    const { page } = this;
    await this.goTo(line, column);
    await this.runCommand('Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor();
    const text = await widget.innerText();
    await page.keyboard.press('Escape');
    return text;
  }

  /** Opens a view by its name through "View: Open View..." and returns the rows of its tree. */
  async openView(name) {
    const { page } = this;
    await this.quickInput('F1', 'View: Open View...', 'Open View');
    const input = page.locator('.quick-input-widget input');
    // the palette turns into the "view " quick access in place
    await until('the Open View picker', async () => (await input.inputValue().catch(() => '')).startsWith('view'));
    await input.fill(`view ${name}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: name }) }).first();
    await pane.waitFor();
    return pane;
  }

  async screenshot(file) {
    await this.page.screenshot({ path: file });
  }

  /**
   * Saves a screenshot of the region that holds every locator (the union of their boxes plus `pad`
   * pixels): a crop for the README. Overlays (hovers, menus) inside the region are in it.
   */
  async crop(file, locators, { pad = 6 } = {}) {
    const boxes = (await Promise.all(locators.map((l) => l.first().boundingBox().catch(() => null)))).filter(Boolean);
    if (boxes.length === 0) throw new Error(`nothing to crop for ${file}`);
    const vp = this.page.viewportSize() ?? { width: 1400, height: 900 };
    const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
    const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
    const right = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    const bottom = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
    await this.page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
  }
}
