import { readFileSync } from 'node:fs';
import { nodeSaveFs, saveDocument } from '../document-save';

/**
 * Child process of the kill test: saves two versions of a timeline to one path in turn, for
 * ever, until the test kills it with SIGKILL. Prints "ready" once the texts are in memory so the
 * kill lands during saves, not during start-up. Arguments: target, version A file, version B file.
 */
const [target, aFile, bFile] = process.argv.slice(2) as [string, string, string];
const versions = [readFileSync(aFile, 'utf8'), readFileSync(bFile, 'utf8')];
process.stdout.write('ready\n');
for (let i = 1; ; i++) {
  const outcome = await saveDocument(nodeSaveFs, { path: target, text: versions[i % 2]! });
  if (outcome.status !== 'saved') {
    process.stderr.write(`${JSON.stringify(outcome)}\n`);
    process.exit(1);
  }
}
