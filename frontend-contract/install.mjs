// `npm ci`, but only when package-lock.json changed since node_modules was last installed from it: every build runs
// this, and a full `npm ci` each time would cost half a minute for nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.installed-from-lock';
const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
  console.log('node_modules is current with package-lock.json');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit' });
  writeFileSync(stamp, lock);
}
