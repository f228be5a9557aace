import type { Tally } from '../audit/summary.js';
import type { Verdict } from '../audit/types.js';
import { escapeHtml as h } from './escape.js';
import { percent } from './items.js';

/** Inline SVG charts for the HTML report: no script, no network, every label escaped. */

const VERDICTS: readonly Verdict[] = ['consistent', 'inconsistent', 'undetermined'];
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = { consistent: '#1b7f3b', inconsistent: '#b00020', undetermined: '#c9a227' };

const LABEL_WIDTH = 200;
const BAR_WIDTH = 380;
const VALUE_WIDTH = 150;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 15;
const TOP = 28;

function label(text: string, y: number): string {
  const shown = text.length > 30 ? `${text.slice(0, 29)}…` : text;
  return `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 3}" text-anchor="end">${h(shown)}<title>${h(text)}</title></text>`;
}

function svg(id: string, title: string, rows: number, body: string): string {
  const height = TOP + rows * ROW_HEIGHT + 6;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  return `<svg id="${id}" class="chart" role="img" aria-label="${h(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${h(title)}</title>${body}</svg>`;
}

function legend(): string {
  return VERDICTS.map((verdict, i) => {
    const x = LABEL_WIDTH + i * 120;
    return `<rect x="${x}" y="6" width="12" height="12" fill="${VERDICT_COLOURS[verdict]}"/><text x="${x + 17}" y="16">${verdict}</text>`;
  }).join('');
}

/** Verdicts by treatment kind as stacked horizontal bars; each segment filters the item table when clicked. */
export function verdictsByKindChart(byKind: Readonly<Record<string, Tally>>): string {
  const kinds = Object.entries(byKind);
  const max = Math.max(1, ...kinds.map(([, t]) => t.items));
  const rows = kinds.map(([kind, tally], row) => {
    const y = TOP + row * ROW_HEIGHT;
    let x = LABEL_WIDTH;
    const segments = VERDICTS.filter((v) => tally[v] > 0).map((verdict) => {
      const width = (tally[verdict] / max) * BAR_WIDTH;
      const rect = `<rect class="segment" data-kind="${h(kind)}" data-verdict="${verdict}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${VERDICT_COLOURS[verdict]}"><title>${h(kind)}: ${tally[verdict]} ${verdict} of ${tally.items}</title></rect>`;
      x += width;
      return rect;
    });
    return `<g class="bar" data-kind="${h(kind)}">${label(kind, y)}${segments.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + BAR_HEIGHT - 3}">${tally.items} items</text></g>`;
  });
  return svg('chart-verdicts', 'Verdicts by treatment kind', kinds.length, `${legend()}${rows.join('')}`);
}

export interface RateBar {
  readonly key: string;
  readonly part: number;
  readonly whole: number;
}

/** Overturn rate by reviewer specialty: one bar per specialty, as long as its share of overturned items. */
export function overturnRateChart(bars: readonly RateBar[]): string {
  const rows = bars.map((bar, row) => {
    const y = TOP + row * ROW_HEIGHT;
    const width = bar.whole === 0 ? 0 : (bar.part / bar.whole) * BAR_WIDTH;
    return (
      `<g class="bar" data-specialty="${h(bar.key)}">${label(bar.key, y)}` +
      `<rect class="track" x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#eee"/>` +
      `<rect class="rate" data-specialty="${h(bar.key)}" x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="#3355cc"><title>${h(bar.key)}: ${bar.part} of ${bar.whole} items overturned</title></rect>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + BAR_HEIGHT - 3}">${percent(bar.part, bar.whole)} (${bar.part}/${bar.whole})</text></g>`
    );
  });
  const axis = `<text x="${LABEL_WIDTH}" y="16">0 %</text><text x="${LABEL_WIDTH + BAR_WIDTH}" y="16" text-anchor="end">100 % overturned</text>`;
  return svg('chart-overturn', 'Overturn rate by reviewer specialty', bars.length, `${axis}${rows.join('')}`);
}
