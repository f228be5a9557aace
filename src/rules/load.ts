import { checkDataFile, readYamlFolder, type CheckedFile, type DataFile, type TextFile } from '../yaml/data-file.js';
import { problemAt, type SourceProblem, type YamlSource } from '../yaml/source.js';
import type { Applies, Citation, Condition, RuleTest, TopicDefinition } from './types.js';

/** A rule file's value, as its schema shapes it. */
export interface RuleFileData {
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

/** The rule files of a folder, read, with the problems of the folder itself. */
export interface RuleFolder {
  readonly files: readonly TextFile[];
  /** The folder cannot be read, or holds no rule file. */
  readonly problems: readonly SourceProblem[];
}

/** A rule file's value once its YAML and its schema are checked, or the problems that stop it. Pure: no file system. */
export function checkRuleFile(input: TextFile): CheckedFile<RuleFileData> & { readonly source: YamlSource } {
  return checkDataFile<RuleFileData>(input, {
    schema: 'rules.schema.json',
    shapeProblem: (data) =>
      data === null || typeof data !== 'object' || Array.isArray(data) ? 'a rule file must be a mapping with topic, title and rules' : undefined,
  });
}

/** The topic a checked rule file defines; a rule with no citation (on itself or its file) is a problem. Pure. */
export function topicOf(dataFile: DataFile<RuleFileData>): { topic: TopicDefinition; problems: SourceProblem[] } {
  const file_ = dataFile.data;
  const missingCitation: SourceProblem[] = [];
  const rules = file_.rules.map((rule, i) => {
    const citation = rule.citation ?? file_.citation;
    if (!citation) missingCitation.push(problemAt(dataFile.source(), ['rules', i, 'id'], `rule "${rule.id}" has no citation (give one on the rule or the file)`));
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
      location: { file: dataFile.file, path: ['rules', i], source: dataFile.source },
    };
  });
  const topic: TopicDefinition = {
    topic: file_.topic,
    title: file_.title,
    ...(file_.description ? { description: file_.description } : {}),
    crossCutting: file_.crossCutting ?? false,
    cites: { sections: file_.cites?.sections ?? [], pages: file_.cites?.pages ?? [] },
    file: dataFile.file,
    rules,
  };
  return { topic, problems: missingCitation };
}

/** Turn one rule file's text into a topic, or the problems that stop it. Pure: no file system. */
export function parseRuleFile(file: string, text: string): { topic?: TopicDefinition; problems: SourceProblem[]; source: YamlSource } {
  const checked = checkRuleFile({ file, text });
  if (!checked.dataFile) return { problems: [...checked.problems], source: checked.source };
  return { ...topicOf(checked.dataFile), source: checked.source };
}

/** The topics of checked rule files, and every problem in file order; a file with problems contributes no topic. */
export function topicsOf(checked: ReadonlyArray<CheckedFile<RuleFileData>>): { topics: TopicDefinition[]; problems: SourceProblem[] } {
  const topics: TopicDefinition[] = [];
  const problems: SourceProblem[] = [];
  for (const file of checked) {
    problems.push(...file.problems);
    if (!file.dataFile) continue;
    const made = topicOf(file.dataFile);
    problems.push(...made.problems);
    topics.push(made.topic);
  }
  return { topics, problems };
}

/** Read every rule file (*.yaml) directly in a folder; the lexicon/ subfolder is not a rule file. */
export async function readRuleFolder(folder: string): Promise<RuleFolder> {
  const { files, problem } = await readYamlFolder(folder, 'rules');
  if (problem) return { files, problems: [problem] };
  if (files.length === 0) return { files, problems: [{ file: folder, line: 1, column: 1, message: 'no rule files (*.yaml) in the rules folder' }] };
  return { files, problems: [] };
}
