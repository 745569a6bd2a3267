/**
 * `premia`: the engine on .xlsx files. Exit codes: 0 done (validate: no errors), 1 errors found
 * or distribution refused, 2 bad usage or unreadable file. With --json, stdout holds one JSON
 * document and nothing else; progress goes to stderr.
 */
import { Command, CommanderError } from 'commander';
import { localizeCommander } from './commanderText';
import {
  runInspect,
  runValidate,
  runScore,
  runDistribute,
  UsageError,
  type CommandOptions,
} from './commands';
import { formatMessage } from '../i18n';
import { terminalText } from './terminal';

const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);

/** `--params` collects every file it is given (see `collect`): more than one is refused. */
type RawOptions = Omit<CommandOptions, 'params'> & { params?: string[] };

/** Commander keeps the last of an option given twice; collecting them lets the CLI refuse it. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function action(run: (book: string, opts: CommandOptions) => Promise<number>) {
  return async (book: string, raw: RawOptions) => {
    try {
      const { params, ...rest } = raw;
      if (params && params.length > 1) throw new UsageError(t('cli.error.paramsTwice'));
      const opts: CommandOptions = params ? { ...rest, params: params[0] } : rest;
      process.exitCode = await run(book, opts);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`premia: ${terminalText(e.message)}\n`);
        process.exitCode = 2;
        return;
      }
      throw e;
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('premia');
  localizeCommander(program)
    .description(t('cli.description'))
    .version('0.1.0', '-V, --version', t('cli.help.version'))
    .usage(t('cli.help.programUsage'))
    .exitOverride()
    .showHelpAfterError();

  program
    .command('inspect')
    .description(t('cli.inspect'))
    .argument('<cartella.xlsx>')
    .usage(t('cli.help.commandUsage'))
    .option('--json', t('cli.option.json'))
    .action(action(runInspect));

  program
    .command('validate')
    .description(t('cli.validate'))
    .argument('<cartella.xlsx>')
    .usage(t('cli.help.commandUsage'))
    .option('--out <copia.xlsx>', t('cli.option.out'))
    .option('--keep-edited', t('trust.cli.option.keepEdited'))
    .option('--json', t('cli.option.json'))
    .action(action(runValidate));

  program
    .command('score')
    .description(t('cli.score'))
    .argument('<cartella.xlsx>')
    .usage(t('cli.help.commandUsage'))
    .option('--out <copia.xlsx>', t('cli.option.out'))
    .option('--keep-edited', t('trust.cli.option.keepEdited'))
    .option('--json', t('cli.option.json'))
    .action(action(runScore));

  program
    .command('distribute')
    .description(t('cli.distribute'))
    .argument('<cartella.xlsx>')
    .usage(t('cli.help.commandUsage'))
    .option('--params <file.json>', t('cli.option.params'), collect)
    .option('--out <copia.xlsx>', t('cli.option.out'))
    .option('--keep-edited', t('trust.cli.option.keepEdited'))
    .option('--json', t('cli.option.json'))
    .action(action(runDistribute));
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; anything else commander rejects is bad usage.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(
      `premia: ${terminalText(t('cli.error.unexpected', { detail: (e as Error).message }))}\n`,
    );
    process.exitCode = 2;
  }
}
