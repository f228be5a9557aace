import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { escapeCsv, escapeHtml, escapeMarkdown, escapeSarifMessage, escapeTerminal, escapeXml, escapeXmlAttribute } from '../../src/report/escape.js';
import { captureIo, casePath, tempFolder } from '../helpers.js';

const PAYLOAD_REQUEST = '<img src=x onerror=alert(1)> [click](http://evil.example) =HYPERLINK("http://evil") Norco 10/325mg #60';

describe('letter text is escaped in every report', () => {
  const folder = tempFolder('imr-escape');
  const letter = readFileSync(casePath('seeds/001_940949130f113873.txt'), 'utf8')
    .replace('NORCO 10/325MG #60', PAYLOAD_REQUEST)
    .replace('The patient is a 60-year-old female', 'The patient <script>alert("x")</script> | is a 60-year-old female');
  writeFileSync(join(folder, 'payload.txt'), letter);
  const out = join(folder, 'reports');

  test('HTML, Markdown and JSON carry the payload inert', async () => {
    const { io } = captureIo(folder);
    expect(await main(['audit', 'payload.txt', '--out', out, '--no-color'], io)).toBe(0);
    const html = readFileSync(join(out, 'audit.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script>alert/);
    const markdown = readFileSync(join(out, 'audit.md'), 'utf8');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('[click](http');
    expect(markdown).toContain('\\[click\\]\\(http');
    const json = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
    expect(json.determinations[0].items[1].request).toBe(PAYLOAD_REQUEST);
  });
});

describe('escape functions', () => {
  test('HTML', () => expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
  test('Markdown', () => {
    expect(escapeMarkdown('*bold* | cell\nnext <b>')).toBe('\\*bold\\* \\| cell next &lt;b&gt;');
  });
  test('CSV defuses formulas and quotes', () => {
    expect(escapeCsv('=1+1')).toBe("'=1+1");
    expect(escapeCsv('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsv('a "quoted", text')).toBe('"a ""quoted"", text"');
    expect(escapeCsv('plain')).toBe('plain');
    expect(escapeCsv('  =cmd')).toBe("'  =cmd");
    expect(escapeCsv('\t=1')).toBe("'\t=1");
    expect(escapeCsv('-5 mg')).toBe("'-5 mg");
    expect(escapeCsv('line\nbreak')).toBe('"line\nbreak"');
  });
  test('XML drops characters XML 1.0 forbids; attributes keep line breaks as references', () => {
    expect(escapeXml('a\u0001b\uffff<c>')).toBe('ab&lt;c&gt;');
    expect(escapeXmlAttribute('a\n"b"\tc')).toBe('a&#10;&quot;b&quot;&#9;c');
  });
  test('SARIF messages: brackets escaped so text never becomes an embedded link', () => {
    expect(escapeSarifMessage('[click](http://x) and [1]')).toBe('\\[click\\](http://x) and \\[1\\]');
  });
  test('terminal: control characters shown, not acted on', () => {
    expect(escapeTerminal('a\nb\u001b[31mred\u009b')).toBe('a\\x0ab\\x1b[31mred\\x9b');
  });
});
