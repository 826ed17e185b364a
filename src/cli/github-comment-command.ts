/** `clausecheck github-comment`: keeps one pull-request comment with the Markdown report up to date. */
import { Command } from 'commander';
import { EXIT, type ExitCode } from '../engine/exit-codes.js';
import { say } from './lang.js';
import { COMMANDS_TEXT } from './text/commands.js';

/** Builds the `github-comment` command; `done` receives the exit code. The client loads only when run. */
export function githubCommentCommand(done: (code: ExitCode) => void): Command {
  const text = say(COMMANDS_TEXT);
  return new Command('github-comment')
    .description(text.comment)
    .requiredOption('--markdown <file>', text.markdown)
    .addHelpText('after', text.commentAfter)
    .action(async (options: { markdown: string }) => {
      const { commentEnv, postComment } = await import('./github-comment.js');
      const io = { out: (t: string) => void process.stdout.write(t), err: (t: string) => void process.stderr.write(t), actions: process.env.GITHUB_ACTIONS === 'true' };
      await postComment(options.markdown, commentEnv(process.env), io);
      done(EXIT.clean);
    });
}
