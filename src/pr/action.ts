/**
 * The GitHub Action's entry point (bundled into action/index.mjs): reads the action's inputs from INPUT_* variables and
 * runs `dockerfix pr` in the checkout. The exit code is the command's: 0 done, 1 someone else's commits on the bot's
 * branch, 2 an error.
 */
import { prCommand, type PrOptions } from './command.js';

/** An input as the runner passes it: INPUT_<NAME> with the name upper-cased (hyphens kept). */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = input(env, name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(`input "${name}" must be true or false, not "${value}"`);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let opts: PrOptions;
  try {
    const paths = input(env, 'paths').split(/[\s,]+/).filter(Boolean);
    opts = {
      paths,
      dryRun: flag(env, 'dry-run'),
      measure: flag(env, 'measure'),
      apiUrl: input(env, 'api-url') || undefined,
      cwd: input(env, 'working-directory') || process.cwd(),
    };
  } catch (error) {
    process.stderr.write(`dockerfix pr: ${(error as Error).message}\n`);
    return 2;
  }
  const token = input(env, 'token') || env.GITHUB_TOKEN;
  return prCommand(opts, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: { ...env, GITHUB_TOKEN: token } });
}

process.exitCode = await runAction();
