/** `clausecheck github-comment`: keeps one pull-request comment with the Markdown report up to date. */
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';

/** Builds the `github-comment` command; `done` receives the exit code. The client loads only when run. */
export function githubCommentCommand(done: (code: ExitCode) => void): Command {
  return new Command('github-comment')
    .description('create or update the one pull-request comment that holds the Markdown report (in GitHub Actions)')
    .requiredOption('--markdown <file>', 'the Markdown report (clausecheck check ... --format markdown=FILE)')
    .addHelpText(
      'after',
      `
Reads what GitHub Actions sets: GITHUB_TOKEN (needs pull-requests: write), GITHUB_REPOSITORY,
GITHUB_EVENT_PATH (the pull request number comes from the event payload) and GITHUB_API_URL. The
comment is found by the hidden marker <!-- clausecheck --> on any page of the pull request's
comments and edited in place; it is created only when there is none. Bodies are cut to GitHub's
65,536 characters with a note.

A comment that cannot be posted (no token, not a pull request, a read-only token on a fork's pull
request, GitHub unreachable) is a warning on stderr and exit 0: the check decides the job's result.

Example:
  $ clausecheck check profiles/ --format markdown=report.md; clausecheck github-comment --markdown report.md

Exit codes: 0 posted or skipped with a warning, 2 the Markdown file or the event payload cannot be read.`,
    )
    .action(async (options: { markdown: string }) => {
      const { commentEnv, postComment } = await import('./github-comment.js');
      const io = { out: (t: string) => void process.stdout.write(t), err: (t: string) => void process.stderr.write(t), actions: process.env.GITHUB_ACTIONS === 'true' };
      await postComment(options.markdown, commentEnv(process.env), io);
      done(EXIT.clean);
    });
}
