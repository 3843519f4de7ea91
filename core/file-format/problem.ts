/**
 * A problem found in a timeline file. Every problem names the file and, when it can, the place
 * (JSON path and line/column), so a user can fix a file in a text editor without guessing.
 */
export interface Problem {
  /** File name as shown to the user (usually the base name). */
  readonly file: string;
  /** JSON path such as `$.events[3].start`; absent for whole-file problems (encoding, syntax). */
  readonly path?: string;
  /** 1-based line in the text. */
  readonly line?: number;
  /** 1-based column in the text (UTF-16 code units, as editors count). */
  readonly column?: number;
  /** Why the file is wrong, phrased for a person, without the file name. */
  readonly message: string;
  /** Machine-readable rule id: 'syntax', 'schema', 'unique-id', 'excerpt-not-in-article', ... */
  readonly rule: string;
}

/** Maximum number of problems listed; more than this is noise and costs memory on huge files. */
export const MAX_PROBLEMS = 100;

/**
 * One line per problem, in the `file:line:column: path: message` shape that editors and
 * terminals recognise, so the same text works in a dialog, a log and a CLI.
 */
export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  const path = problem.path && problem.path !== '$' ? ` ${problem.path}:` : '';
  return `${where}:${path} ${problem.message}`;
}
