/**
 * Commander's own words (usage errors, help headings and its built-in options) in Italian, as
 * the rest of the command line: without this, `premia validate --bogus` answered "error: unknown option" in English
 * to an Italian user. Commander has no catalogue; its messages are matched here by their fixed
 * English forms (commander 14) and rebuilt from ours, keeping the names it quotes.
 */
import type { Command } from 'commander';
import { formatMessage } from '../i18n';

// The command line speaks Italian, as the rest of src/cli.
const t = (key: string, params?: Record<string, string | number>) => formatMessage('it', key, params);

/** Commander's usage errors, by their English form, and the catalogue key of each. */
const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/, 'cli.usage.unknownOption'],
  [/^error: unknown command '([^']*)'/, 'cli.usage.unknownCommand'],
  [/^error: missing required argument '([^']*)'/, 'cli.usage.missingArgument'],
  [/^error: option '([^']*)' argument missing/, 'cli.usage.optionArgumentMissing'],
  [/^error: too many arguments(?: for '([^']*)')?\./, 'cli.usage.tooManyArguments'],
];

/** A usage error of commander in the user's language; an unknown one as commander wrote it. */
export function localizeUsageError(text: string): string {
  for (const [re, key] of ERRORS) {
    const m = re.exec(text);
    if (m === null) continue;
    const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(text);
    const hint = suggestion ? ` ${t('cli.usage.didYouMean', { name: suggestion[1] })}` : '';
    return `${t(key, { name: m[1] ?? '' })}${hint}\n`;
  }
  return text;
}

const TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

/** Sets the words on `program` before its commands are added: they inherit them. */
export function localizeCommander(program: Command): Command {
  return program
    .helpOption('-h, --help', t('cli.help.option'))
    .helpCommand('help [comando]', t('cli.help.command'))
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
      // "validate [opzioni] <cartella.xlsx>" from the command's own usage, not commander's English.
      subcommandTerm: (cmd) => (cmd.name() === 'help' ? 'help [comando]' : `${cmd.name()} ${cmd.usage()}`),
    })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(localizeUsageError(s)),
    });
}
