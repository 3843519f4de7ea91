import { validateTimelineText } from '../file-format/validate';
import type { ImportResult } from './report';

/** Chronoscope's own JSON, through the validator every Open uses: nothing is mapped or dropped. */
export function importChronoscope(text: string, file: string): ImportResult {
  const result = validateTimelineText(text, file);
  const problems = result.ok ? result.warnings : result.problems;
  const events = result.ok ? result.file.events : [];
  return {
    timeline: result.ok ? result.file : undefined,
    report: {
      file,
      format: 'chronoscope',
      events: events.length,
      eras: events.filter((e) => e.type === 'era').length,
      mapped: [],
      problems,
      problemCount: problems.length + (!result.ok && result.truncated ? 1 : 0),
    },
  };
}
