import { Command } from 'commander';

const program = new Command('premia');
program.description('Premia da riga di comando').version('0.1.0');
program.parse(process.argv);
