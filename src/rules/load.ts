import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectJson } from '../project-files.js';
import { parseYamlSource, problemAt, type SourceProblem, type YamlSource } from '../yaml/source.js';
import { validateAgainstSchema } from '../yaml/validate.js';
import type { Applies, Citation, Condition, RuleTest, TopicDefinition } from './types.js';

interface RuleFileData {
  topic: string;
  title: string;
  description?: string;
  crossCutting?: boolean;
  cites?: { sections?: string[]; pages?: string[] };
  citation?: Citation;
  rules: Array<{
    id: string;
    title: string;
    applies: Applies;
    citation?: Citation;
    when: Condition;
    outcome: 'not-medically-necessary' | 'medically-necessary';
    explain: string;
    tests?: RuleTest[];
  }>;
}

export interface LoadedRules {
  readonly topics: readonly TopicDefinition[];
  /** Syntax and schema problems; a file with problems contributes no topic. */
  readonly problems: readonly SourceProblem[];
  readonly files: readonly string[];
}

/** Turn one rule file's text into a topic, or the problems that stop it. Pure: no file system. */
export function parseRuleFile(file: string, text: string): { topic?: TopicDefinition; problems: SourceProblem[]; source: YamlSource } {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) return { problems, source };
  const data = source.document.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problemAt(source, [], 'a rule file must be a mapping with topic, title and rules')], source };
  }
  const invalid = validateAgainstSchema(source, data, readProjectJson('schema', 'rules.schema.json'));
  if (invalid.length > 0) return { problems: invalid, source };
  const file_ = data as RuleFileData;
  const missingCitation: SourceProblem[] = [];
  const rules = file_.rules.map((rule, i) => {
    const citation = rule.citation ?? file_.citation;
    if (!citation) missingCitation.push(problemAt(source, ['rules', i, 'id'], `rule "${rule.id}" has no citation (give one on the rule or the file)`));
    return {
      id: rule.id,
      title: rule.title,
      topic: file_.topic,
      crossCutting: file_.crossCutting ?? false,
      applies: rule.applies,
      citation: citation ?? { guideline: '' },
      when: rule.when,
      outcome: rule.outcome,
      explain: rule.explain,
      tests: rule.tests ?? [],
      location: { source, path: ['rules', i] },
    };
  });
  const topic: TopicDefinition = {
    topic: file_.topic,
    title: file_.title,
    ...(file_.description ? { description: file_.description } : {}),
    crossCutting: file_.crossCutting ?? false,
    cites: { sections: file_.cites?.sections ?? [], pages: file_.cites?.pages ?? [] },
    file,
    rules,
  };
  return { topic, problems: missingCitation, source };
}

/** Every rule file (*.yaml) directly in a folder; the lexicon/ subfolder is not a rule file. */
export async function loadRuleFiles(folder: string): Promise<LoadedRules> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { topics: [], files: [], problems: [{ file: folder, line: 1, column: 1, message: `cannot read the rules folder (${(error as NodeJS.ErrnoException).code ?? error})` }] };
  }
  const topics: TopicDefinition[] = [];
  const problems: SourceProblem[] = [];
  const files: string[] = [];
  for (const name of names) {
    const file = join(folder, name);
    files.push(file);
    const parsed = parseRuleFile(file, await readFile(file, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.topic) topics.push(parsed.topic);
  }
  if (names.length === 0) problems.push({ file: folder, line: 1, column: 1, message: 'no rule files (*.yaml) in the rules folder' });
  return { topics, problems, files };
}
