// Logging in through the pages, as a person would: the e-mail form, then the code from the mail.
'use strict';

const { expectHeading, latestMail, mailFiles } = require('./server');

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

module.exports = { codeFromMail, logInWithMailedCode };
