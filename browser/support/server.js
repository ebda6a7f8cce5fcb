// Runs the real omzien program for browser tests, and helpers the stories share: reading the
// mail it "sent", checking a page with axe, and a phone-sized page.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs/promises');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { AxeBuilder } = require('@axe-core/playwright');
const { newContext } = require('./browser');

const ROOT = path.resolve(__dirname, '..', '..');
const PROGRAM = process.env.OMZIEN_BIN || path.join(ROOT, 'build', 'omzien');

// Settings that would point the server elsewhere: mail must land in <data>/mail/ as .eml files.
const FOREIGN_SETTINGS = [
  'OMZIEN_CONFIG', 'OMZIEN_DATA', 'OMZIEN_LISTEN', 'OMZIEN_BASE_URL',
  'OMZIEN_SMTP_URL', 'OMZIEN_SMTP_USER', 'OMZIEN_SMTP_PASSWORD', 'OMZIEN_SMTP_FROM',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A TCP port nobody listens on right now.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts `build/omzien --data <fresh temp dir> serve` on a free loopback port and waits until it
// answers. Returns { baseUrl, dataDir, output(), stop() }; stop() sends SIGTERM, waits for the
// exit and removes the data folder (kept when OMZIEN_KEEP_DATA is set, for looking into).
async function startServer({ env = {}, timeoutMs = 20000 } = {}) {
  await fs.access(PROGRAM).catch(() => {
    throw new Error(`${PROGRAM} does not exist yet: run \`make build\` first.`);
  });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'omzien-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv = { ...process.env };
  for (const name of FOREIGN_SETTINGS) delete childEnv[name];
  Object.assign(childEnv, env);

  const child = spawn(PROGRAM,
    ['--data', dataDir, 'serve', '--listen', `127.0.0.1:${port}`, '--base-url', baseUrl],
    { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk) => { log = (log + chunk.toString()).slice(-20000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));

  const server = {
    baseUrl,
    dataDir,
    output: () => log,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exit, sleep(10000).then(() => null)]);
        if (!stopped) {
          child.kill('SIGKILL');
          await exit;
        }
      }
      if (!process.env.OMZIEN_KEEP_DATA) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await server.stop();
      throw new Error(`omzien stopped before answering (${JSON.stringify(exited)}):\n${log}`);
    }
    try {
      const response = await fetch(`${baseUrl}/`, { redirect: 'manual' });
      await response.arrayBuffer();
      return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`omzien did not answer on ${baseUrl} within ${timeoutMs} ms:\n${log}`);
    }
    await sleep(100);
  }
}

// Runs another command of the program on a running server's data folder, e.g.
// runCommand(server, ['admin', 'grant', 'someone@example.nl']). Returns its standard output.
function runCommand(server, args) {
  return execFileSync(PROGRAM, ['--data', server.dataDir, ...args], { encoding: 'utf8' });
}

// ---- Reading .eml files -------------------------------------------------------------------------

// RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) back to text.
function decodeWords(value) {
  const joined = value.replace(/\?=\s+=\?/g, '?==?'); // spaces between encoded words do not count
  return joined.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, text) => {
    const bytes = encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g,
        (__, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  });
}

// Splits a message or part into { headers: Map(lowercase name → unfolded value), body }.
function splitEntity(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 2);
  const headers = new Map();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parameter(headerValue, name) {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(headerValue || '');
  return match ? (match[1] ?? match[2]) : null;
}

function decodeBody(entity) {
  const encoding = (entity.headers.get('content-transfer-encoding') || '7bit').toLowerCase();
  const charset = parameter(entity.headers.get('content-type'), 'charset') || 'utf-8';
  let bytes;
  if (encoding === 'base64') {
    bytes = Buffer.from(entity.body.replace(/\s+/g, ''), 'base64');
  } else if (encoding === 'quoted-printable') {
    bytes = Buffer.from(entity.body.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g,
      (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  } else {
    bytes = Buffer.from(entity.body, 'utf8');
  }
  return new TextDecoder(charset.toLowerCase()).decode(bytes).replace(/\r\n/g, '\n');
}

// The first part of `type` (e.g. "text/plain"), searching nested multiparts depth first.
function findPart(entity, type) {
  const contentType = (entity.headers.get('content-type') || 'text/plain').toLowerCase();
  if (contentType.startsWith('multipart/')) {
    const boundary = parameter(entity.headers.get('content-type'), 'boundary');
    if (!boundary) return null;
    const pieces = entity.body.split(`--${boundary}`);
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break; // closing delimiter
      const found = findPart(splitEntity(piece.replace(/^\r?\n/, '')), type);
      if (found) return found;
    }
    return null;
  }
  return contentType.startsWith(type) ? entity : null;
}

// Reads one .eml file as { file, subject, to, from, text, html }.
async function readMail(file) {
  const message = splitEntity(await fs.readFile(file, 'utf8'));
  const plain = findPart(message, 'text/plain');
  const html = findPart(message, 'text/html');
  return {
    file,
    subject: decodeWords(message.headers.get('subject') || ''),
    to: decodeWords(message.headers.get('to') || ''),
    from: decodeWords(message.headers.get('from') || ''),
    text: plain ? decodeBody(plain) : '',
    html: html ? decodeBody(html) : '',
  };
}

// The .eml files in <dataDir>/mail/ now, newest first (names start with a time stamp and the outbox
// id; dot files are still being written). Useful to ignore old mail: !before.includes(mail.file).
async function mailFiles(dataDir) {
  const folder = path.join(dataDir, 'mail');
  const names = await fs.readdir(folder).catch(() => []);
  return names.filter((name) => name.endsWith('.eml') && !name.startsWith('.')).sort().reverse()
    .map((name) => path.join(folder, name));
}

// Waits for the newest mail in <dataDir>/mail/ for which predicate(mail) is true, and returns it
// as { subject, to, text, ... }. Mail goes through the server's outbox, so it may take a moment.
async function latestMail(dataDir, predicate = () => true, { timeoutMs = 15000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = await mailFiles(dataDir);
    for (const file of files) {
      const mail = await readMail(file);
      if (predicate(mail)) return mail;
    }
    if (Date.now() > deadline) {
      const names = files.map((file) => path.basename(file)).join(', ') || 'none';
      throw new Error(`No matching mail in ${path.join(dataDir, 'mail')} within ${timeoutMs} ms (found: ${names})`);
    }
    await sleep(100);
  }
}

// ---- Accessibility --------------------------------------------------------------------------------

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describeViolations(violations) {
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 5).map((node) => {
      const summary = (node.failureSummary || '').split('\n').map((line) => `        ${line}`).join('\n');
      return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 300)}\n${summary}`;
    }).join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
  }).join('\n');
}

// Runs axe (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of violations.
async function checkAccessibility(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations;
  assert.equal(violations.length, 0,
    `axe found ${violations.length} accessibility problem(s) on ${label} (${page.url()}):\n` +
    describeViolations(violations));
}

// Waits until the page's h1 matches `expected` (text or RegExp). On a timeout it fails with the
// heading and text that the page shows instead (an error page says what went wrong).
async function expectHeading(page, expected, { timeoutMs = 10000 } = {}) {
  const matches = (text) => (expected instanceof RegExp ? expected.test(text) : text === expected);
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  for (;;) {
    shown = await page.locator('h1').first().innerText({ timeout: 1000 }).then((t) => t.trim()).catch(() => '');
    if (matches(shown)) return shown;
    if (Date.now() > deadline) break;
    await sleep(100);
  }
  const text = await page.locator('main').innerText({ timeout: 1000 }).catch(() => '(no <main>)');
  assert.fail(`expected the heading ${expected} at ${page.url()}, but the page shows "${shown}":\n${text.slice(0, 600)}`);
}

// A page in a fresh context the size of a common phone (390×844 CSS pixels, touch).
async function newPhonePage(browser, options = {}) {
  const context = await newContext(browser, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    ...options,
  });
  return context.newPage();
}

module.exports = {
  startServer,
  runCommand,
  latestMail,
  mailFiles,
  readMail,
  checkAccessibility,
  expectHeading,
  newPhonePage,
  freePort,
  ROOT,
};
