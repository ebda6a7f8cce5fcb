// Logging in through the pages, as a person would: the e-mail form, then the code from the mail.
'use strict';

const { expectHeading, latestMail, mailFiles, runCommand } = require('./server');
const { totp } = require('./totp');

// The 6-digit code in a login mail's text ("123456" or "123 456").
function codeFromMail(mail) {
  const found = /^\s*(\d{3}\s?\d{3})\s*$/m.exec(mail.text);
  if (!found) throw new Error(`no 6-digit code in the mail "${mail.subject}":\n${mail.text}`);
  return found[1];
}

// Asks for a code for `address` on /inloggen and types the code from the newest mail to that
// address. Leaves the page where the server sends a new login (welcome page, second step, ...).
async function logInWithMailedCode(page, server, address) {
  await page.goto(`${server.baseUrl}/inloggen`);
  const before = await mailFiles(server.dataDir);
  await page.getByLabel('Je e-mailadres').fill(address);
  await page.getByRole('button', { name: 'Stuur mij een code' }).click();
  await expectHeading(page, 'Vul je code in');
  const mail = await latestMail(server.dataDir, (m) => m.to.includes(address) && !before.includes(m.file));
  await page.getByLabel('Code (6 cijfers)').fill(codeFromMail(mail));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

// Makes `address` staff, logs in with the mailed code and sets up the second step (authenticator
// code, then the recovery codes), as a new staff member does the first time.
async function logInAsStaff(page, server, address) {
  runCommand(server, ['admin', 'grant', address]);
  await logInWithMailedCode(page, server, address);
  if (page.url().includes('/account/welkom')) await page.goto(`${server.baseUrl}/beheer`);
  await expectHeading(page, 'Tweede stap');
  const secret = (await page.locator('.omzien-secret').innerText()).trim();
  await page.getByLabel(/^Code uit de app/).fill(totp(secret));
  await page.getByRole('button', { name: 'Verder' }).click();
  await expectHeading(page, 'Je herstelcodes');
  await page.getByRole('link', { name: /Ik heb ze bewaard/ }).click();
}

module.exports = { codeFromMail, logInWithMailedCode, logInAsStaff };
