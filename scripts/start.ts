/**
 * `npm start`: serves the add-in with webpack-dev-server.
 * Office needs https to sideload: a self-signed localhost certificate is made with openssl when
 * possible (trust it once in the system or browser); otherwise the server falls back to http on
 * 127.0.0.1 and says so. Excel desktop is not available on Linux, so this prints the workbench
 * address and how to sideload in Excel on the web.
 */
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
const certDir = path.join(root, '.certs');
const cert = path.join(certDir, 'localhost.crt');
const key = path.join(certDir, 'localhost.key');
const port = process.env.PREMIA_PORT ?? '3000';

function makeCertificate(): boolean {
  if (fs.existsSync(cert) && fs.existsSync(key)) return true;
  fs.mkdirSync(certDir, { recursive: true });
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '365',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return result.status === 0 && fs.existsSync(cert);
}

const https = process.env.PREMIA_HTTP !== '1' && makeCertificate();
const scheme = https ? 'https' : 'http';
const env = { ...process.env, PREMIA_PORT: port };
if (https) Object.assign(env, { PREMIA_HTTPS_CERT: cert, PREMIA_HTTPS_KEY: key, PREMIA_HOST: 'localhost' });

console.log(`Premia: server di sviluppo su ${scheme}://localhost:${port}`);
console.log(`  Riquadro attività: ${scheme}://localhost:${port}/taskpane.html`);
console.log(`  Banco di prova (workbench): ${scheme}://localhost:${port}/workbench.html`);
if (!https) {
  console.log('  Attenzione: certificati non disponibili (openssl assente): servo in http su 127.0.0.1.');
  console.log('  Excel richiede https per il sideload; il banco di prova funziona anche in http.');
} else {
  console.log(`  Certificato autofirmato in ${path.relative(root, cert)}: rendilo attendibile una volta.`);
}
console.log('  Excel desktop non è disponibile su Linux. Per Excel sul web: Home > Componenti aggiuntivi >');
console.log('  Altri componenti aggiuntivi > Carica il componente aggiuntivo personale > manifest.xml.');

const child = spawn(
  process.execPath,
  [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'],
  { cwd: root, env, stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
