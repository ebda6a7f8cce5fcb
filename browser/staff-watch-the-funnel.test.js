// Story: a staff member reads the address list in, opens the monitor on her phone (360 px wide)
// and sees everyone in the file and nobody approached yet. She invites the Taalhuis; Fatima puts
// it on the platform through her personal link. The monitor moves: approached, profile made,
// active, in Utrecht. The CSV for the funders holds the same numbers and no names. Every page
// passes axe, and the monitor never scrolls sideways.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading, latestMail, mailFiles, newPhonePage } =
  require('./support/server');
const { logInAsStaff } = require('./support/login');

const STAFF = 'monitor@example.nl';
const LIST = [
  'Naam initiatief;Contactpersoon;E-mail;Telefoon;Gemeente',
  'Repair Café Zeist;Jan de Vries;jan@repair.example;06-12345678;Zeist',
  'Taalhuis Overvecht;Fatima Amrani;fatima@taalhuis.example;+31 30 123 4567;Utrecht',
  'Kookclub De Pan;Ria Verhoef;ria@depan.example;0031 6 87654321;Houten',
].join('\r\n');

// The cells of the row headed `label` in the table with caption `caption`.
async function rowOf(page, caption, label) {
  const table = page.getByRole('table', { name: caption });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

async function expectNoSidewaysScroll(page, label) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${label}: the page is ${width}px wide on a 360px screen`);
}

describe('staff watch the funnel', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the monitor shows what happened, on a phone, and the CSV matches', async () => {
    const file = path.join(server.dataDir, 'adresbestand.csv');
    fs.writeFileSync(file, LIST);
    runCommand(server, ['import', 'contacts', file]);

    const context = await newContext(browser, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const desk = await context.newPage();
    await logInAsStaff(desk, server, STAFF);

    // From the staff home to the monitor.
    await desk.goto(`${server.baseUrl}/beheer`);
    await desk.getByRole('link', { name: 'Monitor', exact: true }).click();
    await expectHeading(desk, 'Monitor: hoe gaat het?');
    assert.deepEqual(await rowOf(desk, 'De trechter in getallen', 'In het adresbestand'), ['3', '–', '100%']);
    assert.deepEqual(await rowOf(desk, 'De trechter in getallen', 'Benaderd (gemaild of gebeld)'), ['0', '0%', '0%']);
    assert.equal(await desk.getByRole('img', { name: /Trechter: van adresbestand naar actief initiatief/ }).count(), 1);
    await checkAccessibility(desk, 'the monitor at the start');
    await expectNoSidewaysScroll(desk, 'the monitor at the start');

    // An invitation to the Taalhuis; Fatima follows her personal link.
    await desk.goto(`${server.baseUrl}/beheer/adresbestand`);
    await desk.getByRole('link', { name: 'Taalhuis Overvecht' }).first().click();
    await expectHeading(desk, 'Taalhuis Overvecht');
    const before = await mailFiles(server.dataDir);
    await desk.getByRole('button', { name: 'Stuur een uitnodiging' }).click();
    const invitation = await latestMail(server.dataDir,
      (m) => m.to.includes('fatima@taalhuis.example') && !before.includes(m.file));
    const link = /https?:\/\/\S+\/meedoen\?t=[\w-]+/.exec(invitation.text)[0];

    const phone = await newPhonePage(browser);
    await phone.goto(link);
    await phone.getByRole('button', { name: 'Ja, ik doe mee' }).click();
    await expectHeading(phone, 'Welkom!');
    await phone.getByLabel('Je naam').fill('Fatima Amrani');
    await phone.getByRole('button', { name: 'Bewaren' }).click();
    await expectHeading(phone, 'Zet je initiatief erop');
    await phone.getByLabel('Naam van je initiatief').fill('Taalhuis Overvecht');
    await phone.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
    await phone.getByLabel('Taal en integratie').check();
    await phone.getByLabel('Wat doen jullie? In één zin').fill('Samen Nederlands oefenen, elke dinsdag.');
    await phone.getByRole('button', { name: 'Zet het erop' }).click();
    await expectHeading(phone, 'Taalhuis Overvecht');
    await phone.context().close();

    // The monitor moved.
    await desk.goto(`${server.baseUrl}/beheer/monitor`);
    await expectHeading(desk, 'Monitor: hoe gaat het?');
    assert.deepEqual(await rowOf(desk, 'De trechter in getallen', 'Benaderd (gemaild of gebeld)'), ['1', '33%', '33%']);
    assert.deepEqual(await rowOf(desk, 'De trechter in getallen', 'Profiel aangemaakt'), ['1', '100%', '33%']);
    assert.deepEqual(await rowOf(desk, 'De trechter in getallen', 'Actief in de laatste 90 dagen'), ['1', '100%', '33%']);
    assert.deepEqual(await rowOf(desk, 'De trechter per gemeente', 'Utrecht'), ['1', '1', '1', '1', '0', '1']);
    assert.deepEqual(await rowOf(desk, 'De trechter per gemeente', 'Houten'), ['1', '0', '0', '0', '0', '0']);
    assert.deepEqual(await rowOf(desk, 'De trechter per thema', 'Taal en integratie'), ['1', '1', '1', '1', '0', '1']);
    await checkAccessibility(desk, 'the monitor after a profile was made');
    await expectNoSidewaysScroll(desk, 'the monitor after a profile was made');

    // The CSV, as the link downloads it.
    const csv = await (await context.request.get(`${server.baseUrl}/beheer/monitor.csv`)).text();
    assert.match(csv, /Trechter;Alle contacten;Profiel aangemaakt;1\r\n/);
    assert.match(csv, /Per gemeente;Utrecht;Actief in de laatste 90 dagen;1\r\n/);
    assert.doesNotMatch(csv, /Fatima|@/);
    await context.close();
  });
});
