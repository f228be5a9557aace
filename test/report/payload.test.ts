import { main } from '../../src/cli/main.js';
import { captureIo } from '../helpers.js';
import { auditedBatch, PAYLOAD_FILE, PAYLOAD_REQUEST, PAYLOAD_SUMMARY } from './batch.js';

/** Table separators a Markdown renderer would see: pipes not escaped with a backslash. */
function cellSeparators(row: string): number {
  return (row.match(/(?<!\\)\|/g) ?? []).length;
}

describe('letter text with payloads is inert in every format', () => {
  test('JSON keeps the text exactly as the letter has it', async () => {
    const { report } = await auditedBatch();
    const letter = report.determinations.find((d) => d.file === PAYLOAD_FILE)!;
    expect(letter.items[1]!.request).toBe(PAYLOAD_REQUEST);
  });

  test('HTML: markup shown as text, the only script is the report’s own, no link or resource outside the file', async () => {
    const html = (await auditedBatch()).read('html');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).toContain('&lt;script&gt;alert(&#39;req&#39;)&lt;/script&gt; | &quot;quoted&quot; [click](http://evil.example)');
    expect(html).toContain('=HYPERLINK(&quot;x&quot;)&lt;b&gt;|&quot;q&quot;');
    expect(html).not.toMatch(/\s(src|href|action|xlink:href)="(?!#)/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    // The summary sentence appears only where evidence quotes it, escaped.
    expect(html).not.toContain(PAYLOAD_SUMMARY);
  });

  test('Markdown: no HTML, no link, no table broken by a pipe or a line break', async () => {
    const markdown = (await auditedBatch()).read('markdown');
    expect(markdown).not.toMatch(/<(script|b|img)\b/);
    expect(markdown).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(markdown).toContain('\\[click\\]\\(http\\://evil\\.example\\)');
    const lines = markdown.split('\n');
    const header = lines.indexOf('| file | # | line | request | kind | decision | expected | verdict | findings |');
    const rows = lines.slice(header + 2, lines.indexOf('', header));
    const { report } = await auditedBatch();
    expect(rows).toHaveLength(report.summary.items);
    for (const row of rows) expect(cellSeparators(row)).toBe(10);
    expect(rows.some((row) => row.includes('\\=HYPERLINK\\(') && row.includes('&lt;script&gt;'))).toBe(true);
  });

  test('CSV, SARIF and JUnit carry it as data (their own tests read it back exactly)', async () => {
    const batch = await auditedBatch();
    expect(batch.read('csv')).toContain(`"'=HYPERLINK(""x"")<b>|""q""\nletter.txt"`);
    expect(JSON.parse(batch.read('sarif')).runs[0].results.some((r: { properties: { request: string } }) => r.properties.request === PAYLOAD_REQUEST)).toBe(true);
    expect(batch.read('junit')).toContain('&lt;script&gt;alert(&#39;req&#39;)&lt;/script&gt;');
  });

  test('terminal text: a line break or escape sequence in letter text is shown, not acted on', async () => {
    const { folder } = await auditedBatch();
    const { io, out } = captureIo(folder);
    expect(await main(['audit', '.', '--no-color'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('=HYPERLINK("x")<b>|"q"\\x0aletter.txt:109 item 2');
    expect(text).not.toContain(PAYLOAD_FILE);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
  });
});
