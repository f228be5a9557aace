/** A Markdown table and the blank line after it: header cells are the caller's, body cells are escaped by the caller. */
export function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ];
}
