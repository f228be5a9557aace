import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tempFolder } from '../helpers.js';
import { auditedBatch, PAYLOAD_REQUEST, type Batch } from './batch.js';

/** Debian's chromium (`apt-get install chromium`, done by .ci/run); playwright never downloads a browser here. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

interface OpenedReport {
  readonly page: Page;
  /** Script errors, console errors, dialogs (an alert() from letter text would be one) and requests outside the file. */
  readonly problems: string[];
}

describe('the HTML report in a real browser (headless Chromium)', () => {
  let context: BrowserContext;
  let batch: Batch;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium (.ci/run does)`);
    batch = await auditedBatch();
    // A fresh profile each run: launchPersistentContext passes it to Chromium as --user-data-dir.
    // Removed after the last test, once the afterAll below has closed the browser.
    context = await chromium.launchPersistentContext(tempFolder('imr-chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(): Promise<OpenedReport> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(join(batch.out, 'audit.html')).href);
    return { page, problems };
  }

  const visibleRows = (page: Page) => page.locator('#items tr.item:visible');
  const itemRow = (page: Page, file: string, index: number) =>
    page.locator('#items tr.item').filter({ has: page.locator(`td:nth-child(1):text-is("${file}")`) }).filter({ has: page.locator(`td:nth-child(2):text-is("${index}")`) });

  test('the summary and both charts are drawn, every item listed, no script error and nothing fetched', async () => {
    const { page, problems } = await open();
    const s = batch.report.summary;
    await expect(page.title()).resolves.toBe('IMR decision-consistency audit');
    expect(await page.locator('#summary .card').count()).toBeGreaterThanOrEqual(8);
    const kinds = Object.keys(s.byKind);
    expect(await page.locator('#chart-verdicts').isVisible()).toBe(true);
    expect(await page.locator('#chart-verdicts g.bar').count()).toBe(kinds.length);
    const medication = page.locator('#chart-verdicts .segment[data-kind="medication"]');
    const medicationTally = s.byKind.medication!;
    const drawn = (['consistent', 'inconsistent', 'undetermined'] as const).filter((verdict) => medicationTally[verdict] > 0);
    expect(drawn).toEqual(expect.arrayContaining(['consistent', 'inconsistent']));
    expect(await medication.evaluateAll((rects) => rects.map((r) => r.getAttribute('data-verdict')))).toEqual(drawn);
    const box = await page.locator('#chart-verdicts .segment[data-kind="medication"][data-verdict="consistent"]').boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    expect(await page.locator('#chart-overturn .rate').count()).toBeGreaterThan(5);
    expect(await page.locator('#chart-overturn').isVisible()).toBe(true);
    expect(await visibleRows(page).count()).toBe(s.items);
    expect(await page.locator('#shown').textContent()).toBe(String(s.items));
    expect(await page.locator('#not-audited li').allTextContents()).toEqual([expect.stringMatching(/^not-a-letter\.txt: not an IMR/), expect.stringMatching(/^notes\.docx: not a letter file/)]);
    expect(problems).toEqual([]);
  });

  test('filtering by verdict and by kind changes the rows a person sees', async () => {
    const { page, problems } = await open();
    const items = batch.report.determinations.flatMap((d) => d.items);
    const inconsistent = items.filter((i) => i.verdict === 'inconsistent').length;
    expect(inconsistent).toBeGreaterThanOrEqual(2);
    await page.selectOption('#filter-verdict', 'inconsistent');
    expect(await visibleRows(page).locator('td:nth-child(8)').allTextContents()).toEqual(Array(inconsistent).fill('inconsistent'));
    expect(await page.locator('#shown').textContent()).toBe(String(inconsistent));
    await page.selectOption('#filter-verdict', '');
    await page.selectOption('#filter-kind', 'imaging');
    expect(await visibleRows(page).count()).toBe(items.filter((i) => i.treatment.kind === 'imaging').length);
    expect(new Set(await visibleRows(page).locator('td:nth-child(4)').allTextContents())).toEqual(new Set(['imaging']));
    await page.selectOption('#filter-kind', 'medication');
    await page.selectOption('#filter-verdict', 'undetermined');
    expect(await visibleRows(page).count()).toBe(items.filter((i) => i.treatment.kind === 'medication' && i.verdict === 'undetermined').length);
    await page.click('#filter-reset');
    await page.fill('#filter-text', 'clonazepam');
    expect(await visibleRows(page).locator('td:nth-child(3)').allTextContents()).toEqual(items.filter((i) => /clonazepam/i.test(i.request)).map((i) => i.request));
    await page.click('#filter-reset');
    await page.selectOption('#filter-specialty', 'Anesthesiology');
    const anesthesiology = batch.report.determinations.filter((d) => d.reviewer?.specialties.includes('Anesthesiology')).flatMap((d) => d.items);
    expect(await visibleRows(page).count()).toBe(anesthesiology.length);
    expect(problems).toEqual([]);
  });

  test('clicking a chart segment filters the table to it', async () => {
    const { page, problems } = await open();
    await page.locator('#chart-verdicts .segment[data-kind="medication"][data-verdict="inconsistent"]').click();
    expect(await page.locator('#filter-kind').inputValue()).toBe('medication');
    expect(await page.locator('#filter-verdict').inputValue()).toBe('inconsistent');
    expect(await visibleRows(page).count()).toBe(2);
    await page.locator('#chart-overturn .rate[data-specialty="Orthopedic Surgery"]').click();
    expect(await page.locator('#filter-specialty').inputValue()).toBe('Orthopedic Surgery');
    expect(await page.locator('#filter-verdict').inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  test('clicking an item expands its explanation trail with the highlighted evidence; clicking again folds it', async () => {
    const { page, problems } = await open();
    const row = itemRow(page, 'flipped-000.txt', 1);
    const detail = page.locator(`#${await row.getAttribute('data-detail')}`);
    expect(await detail.isVisible()).toBe(false);
    await row.click();
    expect(await detail.isVisible()).toBe(true);
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    const text = await detail.innerText();
    expect(text).toMatch(/rationale \(error\): The decision is Overturned but the rationale concludes the request is not medically necessary/);
    expect(text).toMatch(/opioid-efficacy-not-documented — Continued opioids need documented pain relief/);
    expect(text).toMatch(/✔ painRelief in \["absent","unknown"\] — value: unknown/);
    expect(text).toMatch(/✘ painAssessment equal "absent" — value: present/);
    // The words that named the fact are highlighted in the letter sentence quoted as evidence.
    const item = batch.report.determinations.find((d) => d.file === 'flipped-000.txt')!.items[0]!;
    const cues = item.facts.painAssessment!.evidence.map((e) => e.cue!.toLowerCase());
    const marks = detail.locator('.trail mark');
    expect(await marks.first().isVisible()).toBe(true);
    expect((await marks.allTextContents()).map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(cues));
    expect(await detail.locator('.evidence .where').first().textContent()).toMatch(/^line \d+, (summary|rationale|request)$/);
    await row.click();
    expect(await detail.isVisible()).toBe(false);
    await row.focus();
    await page.keyboard.press('Enter');
    expect(await detail.isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('letter text is shown as text: the payload request is visible and ran nothing', async () => {
    const { page, problems } = await open();
    const requests = await page.locator('#items tr.item td:nth-child(3)').allTextContents();
    expect(requests).toContain(PAYLOAD_REQUEST);
    await page.fill('#filter-text', 'evil.example');
    expect(await visibleRows(page).count()).toBe(1);
    await visibleRows(page).click();
    expect(await page.locator('tr.detail:visible script, tr.detail:visible img, tr.detail:visible b:text-is("|")').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  test('sorting by a column orders the rows; the cross-case link opens the item it names', async () => {
    const { page, problems } = await open();
    await page.locator('#items th', { hasText: /^#$/ }).click();
    const indexes = (await visibleRows(page).locator('td:nth-child(2)').allTextContents()).map(Number);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    await page.locator('#items th', { hasText: 'Verdict' }).click();
    const verdicts = await visibleRows(page).locator('td:nth-child(8)').allTextContents();
    expect(verdicts).toEqual([...verdicts].sort());
    expect(await page.locator('#items th', { hasText: 'Verdict' }).getAttribute('aria-sort')).toBe('ascending');

    expect(await page.locator('#cross-case .conflict').count()).toBe(2);
    await page.selectOption('#filter-verdict', 'inconsistent');
    const link = page.locator('#cross-case .side.upheld a', { hasText: 'seeds/000_a9a3b68871ed5773.txt #1' });
    await link.click();
    const target = itemRow(page, 'seeds/000_a9a3b68871ed5773.txt', 1);
    expect(await target.isVisible()).toBe(true);
    expect(await page.locator(`#${await target.getAttribute('data-detail')}`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
