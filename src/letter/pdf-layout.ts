/** A run of text on a PDF page with its baseline position (PDF units, y grows upwards). */
export interface PositionedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Row {
  y: number;
  height: number;
  items: PositionedText[];
}

/** Items whose baselines differ by less than this share a row (the header table nudges values by ~0.2). */
const SAME_ROW = 2;

function rowsOf(items: readonly PositionedText[]): Row[] {
  const rows: Row[] = [];
  const sorted = [...items].filter((i) => i.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r.y - item.y) < SAME_ROW);
    if (row) {
      row.items.push(item);
      row.height = Math.max(row.height, item.height);
    } else rows.push({ y: item.y, height: item.height, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows;
}

function rowText(row: Row): string {
  const items = [...row.items].sort((a, b) => a.x - b.x);
  let line = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (line !== '' && gap > 1 && !line.endsWith(' ') && !item.text.startsWith(' ')) line += gap > 20 ? '    ' : ' ';
    line += item.text;
    end = item.x + item.width;
  }
  return line.trimEnd();
}

/**
 * Lay out one page's text runs as lines, the way a reader sees them: runs on the same baseline
 * joined left to right, and an empty line wherever the gap to the next line is clearly more than
 * the usual line spacing (a paragraph break).
 */
export function layoutPage(items: readonly PositionedText[]): string {
  const rows = rowsOf(items);
  const gaps = rows.slice(1).map((row, i) => rows[i]!.y - row.y).filter((g) => g > 0);
  const spacing = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : 14;
  const lines: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && rows[i - 1]!.y - row.y > spacing * 1.6) lines.push('');
    lines.push(rowText(row));
  });
  return lines.join('\n');
}
