// Launches Debian's Chromium for the browser tests (playwright-core ships no browser of its own).
'use strict';

const { chromium } = require('playwright-core');

const CHROMIUM = process.env.OMZIEN_CHROMIUM || '/usr/bin/chromium';

// Flags: headless without a sandbox (containers), and no network traffic of Chromium's own, so a
// test only ever talks to our server.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Starts a browser. Make pages through browser.newContext(): axe refuses browser.newPage() pages.
async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

// A fresh context (its own cookies) in Dutch. Waits give up after 10 s instead of Playwright's
// 30 s: our pages answer in milliseconds, and a failing story should say so quickly.
async function newContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  context.setDefaultTimeout(10000);
  return context;
}

module.exports = { launchBrowser, newContext, CHROMIUM, ARGS };
